import type { Target, TargetCells } from '@/domain/types';

const TBC =
  /^(tbc|tba|to be (set|confirmed)|range to be set|awaiting national benchmarking|awaiting.*)$/i;
const NONE = /^(n\/?a|-|–|none|no target|)$/i;
const NUMBER = /[-+]?\d+(?:\.\d+)?/;

const numberIn = (s: string): number | null => {
  const m = NUMBER.exec(s.replace(/,/g, ''));
  return m ? Number(m[0]) : null;
};

/** "+/-5 of 158.8", "upto +/-2 of 73.5", "±5 of 158.8". */
const BAND_GREEN =
  /^(?:up\s*to\s*)?(?:\+\/-|±)\s*(\d+(?:\.\d+)?)\s*%?\s*of\s*(-?\d+(?:\.\d+)?)\s*%?$/i;
const BAND_TOL = /(?:\+\/-|±)\s*(\d+(?:\.\d+)?)/;
/** "16-22", "16 - 22", "16 to 22". */
const RANGE = /^(\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(\d+(?:\.\d+)?)$/i;
/** "over 1% above range", "1% above range", "1+ above range", "1 above range". */
const RANGE_TOL = /(\d+(?:\.\d+)?)\s*(%)?\s*\+?\s*above\s+range/i;
/** A threshold cell: a number with optional <, >, =, %, + around it. */
const THRESHOLD = /^[<>=≤≥\s]*(\d+(?:\.\d+)?)\s*%?\s*(\+)?\s*[<>=≤≥]*\s*$/;

function invalid(cells: TargetCells, what: string): { target: Target; ytdBasis: boolean } {
  const text = [cells.red, cells.amber, cells.green].filter((c) => c.trim() !== '').join(' / ');
  return {
    target: {
      form: 'invalid',
      text,
      reason: `The target "${what}" could not be read: write a number such as 83% or <83%, a band such as +/-5 of 158.8, or a range such as 16-22.`,
    },
    ytdBasis: false,
  };
}

/**
 * Reads the Red / Amber / Green cells as real sheets write them (SPEC 3.3). The direction of a
 * threshold comes from the numbers (green above red means higher is better), never from the
 * `<` and `>` symbols, which real sheets put the wrong way round. A Red cell starting with "YTD"
 * means the indicator is rated on its year-to-date value (`ytdBasis`).
 */
export function parseTarget(cells: TargetCells): { target: Target; ytdBasis: boolean } {
  let red = cells.red.trim();
  const amber = cells.amber.trim();
  const green = cells.green.trim();
  const ytdBasis = /^ytd\b/i.test(red);
  if (ytdBasis) red = red.replace(/^ytd\s*/i, '');
  const all = [red, amber, green];

  const tbc = all.find((c) => TBC.test(c));
  if (tbc) return { target: { form: 'tbc', text: tbc }, ytdBasis };
  if (all.every((c) => NONE.test(c))) return { target: { form: 'none' }, ytdBasis };

  const band = BAND_GREEN.exec(green);
  if (band) {
    const g = Number(band[1]);
    const a =
      numberIn(BAND_TOL.exec(amber)?.[1] ?? '') ?? numberIn(BAND_TOL.exec(red)?.[1] ?? '') ?? g;
    return {
      target: { form: 'band', centre: Number(band[2]), green: g, amber: Math.max(a, g) },
      ytdBasis,
    };
  }

  const range = RANGE.exec(green);
  if (range) {
    const tol = RANGE_TOL.exec(amber) ?? RANGE_TOL.exec(red);
    return {
      target: {
        form: 'range',
        low: Number(range[1]),
        high: Number(range[2]),
        tolerance: tol ? Number(tol[1]) : 0,
        tolerancePercent: tol ? tol[2] === '%' : false,
      },
      ytdBasis,
    };
  }

  const g = THRESHOLD.exec(green);
  if (!g) return invalid(cells, green || amber || red);
  const greenValue = Number(g[1]);
  if (NONE.test(red)) {
    return { target: { form: 'target-only', green: greenValue }, ytdBasis };
  }
  const r = THRESHOLD.exec(red);
  if (!r) return invalid(cells, red);
  const redValue = Number(r[1]);
  if (amber !== '' && !NONE.test(amber) && !THRESHOLD.test(amber)) return invalid(cells, amber);
  if (redValue === greenValue)
    return { target: { form: 'target-only', green: greenValue }, ytdBasis };
  return {
    target: {
      form: 'threshold',
      red: redValue,
      green: greenValue,
      higherIsBetter: greenValue > redValue,
      redInclusive: r[2] === '+',
    },
    ytdBasis,
  };
}

/** The cells as written, for display: "Red <83% · Amber 83%> · Green 86%". */
export function describeTarget(cells: TargetCells): string {
  return (
    [
      ['Red', cells.red],
      ['Amber', cells.amber],
      ['Green', cells.green],
    ] as const
  )
    .filter(([, c]) => c.trim() !== '')
    .map(([label, c]) => `${label} ${c.trim()}`)
    .join(' · ');
}
