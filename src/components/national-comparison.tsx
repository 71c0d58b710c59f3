import type { NationalComparison } from '@/domain/national';
import type { Indicator, Polarity, YearKey } from '@/domain/types';
import { formatNumber } from '@/domain/format';
import { NoValue } from '@/components/data-table';

/** "1st", "2nd", "3rd", "4th", "11th", "22nd", "152nd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** Quartile 1 is the best quarter of local authorities. */
export const QUARTILE_WORDS: Record<1 | 2 | 3 | 4, string> = {
  1: 'top quartile',
  2: 'second quartile',
  3: 'third quartile',
  4: 'bottom quartile',
};

/** Only measures with a good direction have a rank, a best neighbour and a top quartile. */
export const hasDirection = (polarity: Polarity) => polarity === 'high' || polarity === 'low';

export const INFORMATION_ONLY = 'information only: no better or worse';

/**
 * The year of published figures to show as at a financial year: the latest with figures that is
 * not after it; null when every year with figures is later.
 */
export function yearToShow(years: readonly YearKey[], asAtYear: YearKey): YearKey | null {
  return years.filter((y) => y <= asAtYear).at(-1) ?? null;
}

/** "4th of 152 local authorities, second quartile", or the information-only words. */
export function rankWords(c: NationalComparison, indicator: Indicator): string {
  if (!hasDirection(indicator.polarity)) return INFORMATION_ONLY;
  if (!c.rank) return 'no rank: no published figure';
  const quartile = c.quartile ? `, ${QUARTILE_WORDS[c.quartile]}` : '';
  const joint = c.rank.tied ? 'joint ' : '';
  return `${joint}${ordinal(c.rank.position)} of ${c.rank.of} local authorities${quartile}`;
}

/**
 * One sentence for the comparison, e.g. "In 2014/15 Rotherham's published figure was 22.8%: 4th
 * of 152 local authorities, second quartile; statistical-neighbour average 22.5%, England 24.0%."
 */
export function comparisonSentence(
  c: NationalComparison,
  indicator: Indicator,
  laName: string,
): string {
  const fmt = (v: number) => formatNumber(v, indicator.unit, indicator.decimals);
  const name = c.own?.name ?? laName;
  const own = c.own?.value ?? null;
  const start =
    own === null
      ? `In ${c.year} there is no published figure for ${name} (suppressed or not published)`
      : hasDirection(indicator.polarity)
        ? `In ${c.year} ${name}'s published figure was ${fmt(own)}: ${rankWords(c, indicator)}`
        : `In ${c.year} ${name}'s published figure was ${fmt(own)} (${INFORMATION_ONLY})`;
  const others = [
    c.snAverage !== null ? `statistical-neighbour average ${fmt(c.snAverage)}` : null,
    c.england !== null ? `England ${fmt(c.england)}` : null,
  ].filter((s): s is string => s !== null);
  return others.length > 0 ? `${start}; ${others.join(', ')}.` : `${start}.`;
}

function Value({ value, indicator }: { value: number | null; indicator: Indicator }) {
  if (value === null) return <NoValue text="No published figure" />;
  return <>{formatNumber(value, indicator.unit, indicator.decimals)}</>;
}

/**
 * The council, its statistical neighbours (closest first, the best marked in words), their
 * average, England, the region and the top-quartile threshold, as one table.
 */
export function NationalComparisonTable({
  comparison: c,
  indicator,
  laName,
}: {
  comparison: NationalComparison;
  indicator: Indicator;
  laName: string;
}) {
  const directed = hasDirection(indicator.polarity);
  const name = c.own?.name ?? laName;
  return (
    <div className="table-scroll">
      <table className="compact national-table">
        <caption>
          {name} and its statistical neighbours, {c.year}
        </caption>
        <thead>
          <tr>
            <th scope="col">Local authority</th>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          <tr className="national-table__own">
            <th scope="row">{name} (your local authority)</th>
            <td className="num">
              <Value value={c.own?.value ?? null} indicator={indicator} />
            </td>
            <td>{c.own?.value == null ? 'No published figure' : rankWords(c, indicator)}</td>
          </tr>
          {c.neighbours.map((n, i) => (
            <tr key={n.code} className={i === 0 ? 'national-table__first' : undefined}>
              <th scope="row">{n.name}</th>
              <td className="num">
                <Value value={n.value} indicator={indicator} />
              </td>
              <td>
                {c.bestCodes.includes(n.code) ? (
                  <strong className="national-best">Best statistical neighbour</strong>
                ) : n.value === null ? (
                  'No published figure'
                ) : null}
              </td>
            </tr>
          ))}
          <tr className="national-table__first">
            <th scope="row">Statistical-neighbour average</th>
            <td className="num">
              <Value value={c.snAverage} indicator={indicator} />
            </td>
            <td>
              {c.snCount} of {c.neighbours.length} neighbours with a figure
            </td>
          </tr>
          <tr>
            <th scope="row">England</th>
            <td className="num">
              <Value value={c.england} indicator={indicator} />
            </td>
            <td />
          </tr>
          {c.region ? (
            <tr>
              <th scope="row">{c.region.name} (region)</th>
              <td className="num">
                <Value value={c.region.value} indicator={indicator} />
              </td>
              <td />
            </tr>
          ) : null}
          {directed ? (
            <tr>
              <th scope="row">England top-quartile threshold</th>
              <td className="num">
                <Value value={c.topQuartile} indicator={indicator} />
              </td>
              <td>the figure needed to be in the best quarter of local authorities</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
