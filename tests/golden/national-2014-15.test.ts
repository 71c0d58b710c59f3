/**
 * The national comparison checked against an independent oracle: the December 2015 report printed
 * Rotherham's 2014/15 benchmarks for re-referrals (2.8): SN average 23.6%, best SN 15.4%, England
 * 24.0%, top-quartile threshold 16.5%. Computed from the DfE files of today (fixtures/national),
 * with the April 2021 neighbour groups, we must come within what revisions and a newer neighbour
 * model explain: the best neighbour's value is the same, England was revised from 24.0 to 24.2 in
 * the published file, and the neighbour groups of 2021 are not those of 2015.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '@/domain/import/parse-file';
import { emptyWorkspace, mergeImport, placeholderIndicator } from '@/domain/workspace';
import { nationalComparison } from '@/domain/national';
import type { Indicator, WorkspaceData } from '@/domain/types';

const at = '2024-01-01T00:00:00.000Z';
const read = (name: string) =>
  readFileSync(resolve(process.cwd(), 'fixtures', 'national', name), 'utf8');

let ws: WorkspaceData = emptyWorkspace();
for (const f of [
  'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv',
  'New_Statistical_Neighbour_Groupings_April_2021.csv',
]) {
  ws = mergeImport(ws, [parseText(f, read(f), at)], at);
}
const reReferrals: Indicator = {
  ...placeholderIndicator('2.8', 0),
  name: '% re-referral rate in the last 12 months (rolling year)',
  polarity: 'low',
  unit: 'percent',
};
ws = {
  ...ws,
  indicators: [reReferrals],
  ownLa: '372',
  nationalMappings: [
    {
      indicatorId: '2.8',
      measure: 'rereferral_percent',
      filters: [{ column: 'category', value: 'Referrals and Re-referrals' }],
    },
  ],
};
const c = nationalComparison(ws, reReferrals, '2014/15')!;

describe("Rotherham's 2014/15 re-referrals against the printed report's benchmarks", () => {
  it('finds Rotherham and its ten neighbours', () => {
    expect(c.own?.name).toBe('Rotherham');
    expect(c.neighbours).toHaveLength(10);
    expect(c.snCount).toBe(10);
  });

  it.each([
    ['best statistical neighbour', () => c.bestSn?.value, 15.4, 0],
    [
      'statistical-neighbour average (neighbour model of 2021, not 2015)',
      () => c.snAverage,
      23.6,
      0.15,
    ],
    ['England (revised after publication: 24.0 printed, 24.2 now)', () => c.england, 24.0, 0.25],
    ['top-quartile threshold', () => c.topQuartile, 16.5, 0.5],
  ])('%s: printed %s', (_what, value, printed, tolerance) => {
    expect(Math.abs((value() ?? NaN) - printed)).toBeLessThanOrEqual(tolerance + 1e-9);
  });

  it('ranks Rotherham among all LAs with a value, and says its quartile', () => {
    expect(c.rank?.of).toBeGreaterThan(140);
    expect(c.quartile).toBe(Math.ceil((4 * c.rank!.position) / c.rank!.of));
  });
});
