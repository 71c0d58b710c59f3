/**
 * Benchmarks (not timed tests): `npm run bench`. Figures are recorded in docs/performance.md.
 * A synthetic extract the size of a large council's history: 150 indicators x 10 years of months.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bench, describe } from 'vitest';
import { parseText } from '@/domain/import/parse-file';
import { emptyWorkspace, mergeImport } from '@/domain/workspace';
import { computeScorecard } from '@/domain/scorecard';

function longForm(indicators: number, months: number): string {
  const lines = ['indicator_id,period,value,numerator,denominator,note'];
  for (let i = 0; i < indicators; i += 1) {
    for (let m = 0; m < months; m += 1) {
      const year = 2010 + Math.floor(m / 12);
      const month = String((m % 12) + 1).padStart(2, '0');
      const den = 400 + ((i * 7 + m * 13) % 97);
      const num = Math.floor(den * (0.6 + ((i + m) % 30) / 100));
      lines.push(`${Math.floor(i / 10) + 2}.${i % 10},${year}-${month},,${num},${den},`);
    }
  }
  return lines.join('\n');
}

const at = '2024-01-01T00:00:00.000Z';
const big = longForm(150, 120); // 18,000 rows, ~0.5 MB
const huge = longForm(500, 240); // 120,000 rows, ~3.5 MB
const sheetText = readFileSync(resolve(process.cwd(), 'fixtures', 'scorecard-2015-12.csv'), 'utf8');
const bigWs = mergeImport(emptyWorkspace(), [parseText('big.csv', big, at)], at);

describe('import', () => {
  bench('parse the 75-row December 2015 scorecard sheet', () => {
    parseText('scorecard-2015-12.csv', sheetText, at);
  });
  bench('parse 18,000 long-form rows (0.5 MB)', () => {
    parseText('big.csv', big, at);
  });
  bench(
    'parse 120,000 long-form rows (3.5 MB)',
    () => {
      parseText('huge.csv', huge, at);
    },
    { iterations: 3 },
  );
});

const bigParsed = parseText('big.csv', big, at);

describe('merge', () => {
  bench('merge 18,000 values into an empty workspace', () => {
    mergeImport(emptyWorkspace(), [bigParsed], at);
  });
  bench('re-import the same 18,000 values (all compared, none revised)', () => {
    mergeImport(bigWs, [bigParsed], at);
  });
});

describe('scorecard', () => {
  bench('compute a 150-indicator scorecard over 18,000 values', () => {
    computeScorecard(bigWs, '2019-12');
  });
});

/** Published national data (SPEC 2.5): the real DfE referrals file and the 2025 neighbour list. */
const nationalDir = resolve(process.cwd(), 'fixtures', 'national');
const c1Name = 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv';
const c1Text = readFileSync(resolve(nationalDir, c1Name), 'utf8');
const snText = readFileSync(resolve(nationalDir, 'sn_model_2025_wide.csv'), 'utf8');
const demoSheet = parseText('scorecard-2015-12.csv', sheetText, at);
const nationalWs = (() => {
  let ws = mergeImport(emptyWorkspace(), [demoSheet], at);
  ws = mergeImport(ws, [parseText(c1Name, c1Text, at), parseText('sn.csv', snText, at)], at);
  return {
    ...ws,
    ownLa: '372',
    // Ten indicators compared with published measures: the scorecard derives their benchmarks.
    nationalMappings: ws.indicators.slice(0, 10).map((i) => ({
      indicatorId: i.id,
      measure: 'rereferral_percent',
      filters: [{ column: 'category', value: 'Referrals and Re-referrals' }],
    })),
  };
})();

describe('published national data', () => {
  bench('parse the DfE referrals file (2,132 rows, 370 KB)', () => {
    parseText(c1Name, c1Text, at);
  });
  bench('compute the 75-row scorecard with 10 indicators compared nationally', () => {
    // A new workspace object, as after any change: the national comparisons are computed afresh.
    computeScorecard({ ...nationalWs }, '2016-03');
  });
  bench('the same, choosing another month of an unchanged workspace (comparisons kept)', () => {
    computeScorecard(nationalWs, '2016-02');
  });
});
