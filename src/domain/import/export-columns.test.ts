import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '@/domain/import/parse-file';
import { computeScorecard } from '@/domain/scorecard';
import { scorecardToCsv } from '@/domain/csv-export';
import { emptyWorkspace, mergeImport } from '@/domain/workspace';

const fixture = (name: string) => readFileSync(resolve(process.cwd(), 'fixtures', name), 'utf8');
const at = '2016-01-18T09:00:00.000Z';

describe("re-importing the app's own scorecard CSV export", () => {
  let ws = emptyWorkspace();
  for (const f of [
    'catalogue-2015.csv',
    'detail-monthly-2015.csv',
    'scorecard-2015-12.csv',
    'benchmarks-2015.csv',
  ])
    ws = mergeImport(ws, [parseText(f, fixture(f), at, ws.indicators)], at);
  const csv = scorecardToCsv(computeScorecard(ws, '2015-12'));
  const parsed = parseText('scorecard-export.csv', csv, at, ws.indicators);

  it('is read as a scorecard sheet, all 75 rows', () => {
    expect(parsed.kind).toBe('scorecard');
    expect(parsed.rowsAccepted).toBe(75);
  });

  it('its worked-out columns (gaps, verdicts) are no "unknown column" warnings, but one information line', () => {
    expect(parsed.problems.filter((p) => p.code === 'unknown-column')).toEqual([]);
    expect(parsed.notes).toEqual([
      'The columns Compared with benchmarks, Gap to SN average, Gap to England, Variation and Assurance were written by this app and are worked out again from the data, so they were not read.',
    ]);
  });
});
