/**
 * Deterministic synthetic data for the browser benchmark (`npm run bench`): long-form monthly
 * CSVs in the layout the app imports (README, "Monthly values"), and a catalogue, so every run on
 * every machine reads the same bytes. No randomness: values come from the row's position.
 */

const LONG_HEADER = 'indicator_id,period,value,numerator,denominator,note';
const CATALOGUE_HEADER =
  'id,section,name,polarity,unit,decimals,ytd,rag_basis,red,amber,green,dot,definition,source';

/** The month `offset` months after April of `firstYear`, as `YYYY-MM`. */
export function monthAt(firstYear: number, offset: number): string {
  const m = 3 + offset; // April is month index 3
  const year = firstYear + Math.floor(m / 12);
  return `${year}-${String((m % 12) + 1).padStart(2, '0')}`;
}

/** Indicator ids as councils number them: section.number ("12.7"). */
export const indicatorId = (i: number, perSection: number): string =>
  `${Math.floor(i / perSection) + 1}.${(i % perSection) + 1}`;

/**
 * One long-form row: every third indicator is a percentage with numerator and denominator, the
 * others counts. Values wander within a band so DOT and RAG change from month to month.
 */
function longRow(id: string, i: number, m: number, period: string): string {
  const wave = (i * 37 + m * 11) % 41;
  if (i % 3 === 0) {
    const den = 200 + ((i * 13 + m * 7) % 157);
    const num = Math.round((den * (55 + wave)) / 100);
    const value = Math.round((num / den) * 1000) / 10;
    return `${id},${period},${value},${num},${den},`;
  }
  return `${id},${period},${100 + ((i * 53 + wave * 17) % 900)},,,`;
}

/**
 * A long-form extract of `indicators` x `months` rows (indicator-major, months from April of
 * `firstYear`). Returned as lines so a caller can stream a large file to disk.
 */
export function* longFormLines(
  indicators: number,
  months: number,
  firstYear: number,
  perSection = 25,
): Generator<string> {
  yield LONG_HEADER;
  for (let i = 0; i < indicators; i += 1) {
    const id = indicatorId(i, perSection);
    for (let m = 0; m < months; m += 1) yield longRow(id, i, m, monthAt(firstYear, m));
  }
}

/**
 * A catalogue for `indicators` indicators matching `longFormLines` (same ids and units), with the
 * target kinds real sheets use: thresholds both ways, a band, and no target.
 */
export function catalogueLines(indicators: number, perSection = 25): string[] {
  const lines = [CATALOGUE_HEADER];
  for (let i = 0; i < indicators; i += 1) {
    const id = indicatorId(i, perSection);
    const section = `SECTION ${Math.floor(i / perSection) + 1}`;
    if (i % 3 === 0) {
      const [polarity, red, amber, green] =
        i % 2 === 0 ? ['high', '<70%', '70%>', '80%'] : ['low', '85%+', '85%<', '75%'];
      lines.push(
        `${id},${section},Percentage measure ${id} of children seen in time,${polarity},percent,1,ratio,month,${red},${amber},${green},on,,bench`,
      );
    } else if (i % 3 === 1) {
      lines.push(
        `${id},${section},Number of children in measure ${id},neutral,count,,sum,month,more than +/-150,+/-150,+/-100 of 550,on,,bench`,
      );
    } else {
      lines.push(
        `${id},${section},Number of open cases for measure ${id},low,count,,latest,month,,,n/a,on,,bench`,
      );
    }
  }
  return lines;
}

/** The data sets the benchmark uses: file names and how they are made. */
export const BENCH_DATA = {
  /** 1,000,000 rows (5,000 indicators x 200 months from April 2009), about 25 MB. */
  million: { file: 'million-rows.csv', lines: () => longFormLines(5000, 200, 2009) },
  /** The 500 indicators x 60 months workspace (April 2020 to March 2025): catalogue + values. */
  largeCatalogue: { file: 'catalogue-500.csv', lines: () => catalogueLines(500) },
  largeMonthly: { file: 'monthly-500x60.csv', lines: () => longFormLines(500, 60, 2020) },
} as const;
