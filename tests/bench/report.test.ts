/**
 * The browser benchmark's arithmetic (scripts/bench): medians, targets met or missed, the printed
 * table, and the reading of a CPU profile. The benchmark itself runs with `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { METRICS, median, resultTable, rounded, verdict } from '../../scripts/bench/report';
import { topFunctions } from '../../scripts/bench/profile';

const metric = (key: string) => {
  const m = METRICS.find((x) => x.key === key);
  if (!m) throw new Error(key);
  return m;
};

describe('median', () => {
  it.each([
    [[5], 5],
    [[310, 290, 950], 310],
    [[4, 1, 3, 2], 2.5],
    [[], Number.NaN],
  ])('of %j is %d', (samples, expected) => {
    expect(median(samples)).toBe(expected);
  });
});

describe('verdict against the issue-9 targets', () => {
  it.each([
    ['monthSwitchMs', 50, 'met'], // at most 50 ms: the boundary meets it
    ['monthSwitchMs', 50.1, 'MISSED'],
    ['importThroughputRatioToPapaParse', 0.5, 'met'], // at least 0.5x
    ['importThroughputRatioToPapaParse', 0.18, 'MISSED'],
    ['heapAfterMillionRowsMB', 420, 'MISSED'],
    ['totalJsGzipKB', 400, 'no target'],
    ['indicatorChartMs', Number.NaN, 'not measured'],
  ])('%s = %d is %s', (key, value, expected) => {
    expect(verdict(metric(key), value)).toBe(expected);
  });
});

describe('the printed table', () => {
  it('puts each figure beside its target, with every metric in the issue order', () => {
    const table = resultTable({ monthSwitchMs: 310, importThroughputRatioToPapaParse: 0.18 });
    const lines = table.split('\n');
    expect(lines).toHaveLength(METRICS.length + 1);
    expect(lines.find((l) => l.startsWith('monthSwitchMs '))).toMatch(
      /^monthSwitchMs\s+310\.0 ms\s+<= 50 ms\s+MISSED$/,
    );
    expect(lines.find((l) => l.startsWith('importThroughput'))).toMatch(
      /0\.18x\s+>= 0\.5x\s+MISSED$/,
    );
    expect(lines.find((l) => l.startsWith('heapAfter'))).toMatch(/-\s+<= 200 MB\s+not measured$/);
  });

  it('rounds ratios to two places and times to one', () => {
    expect(rounded('importThroughputRatioToPapaParse', 0.1849)).toBe(0.18);
    expect(rounded('monthSwitchMs', 309.96)).toBe(310);
  });
});

describe('topFunctions', () => {
  it('adds up self time per function from the samples and their time deltas', () => {
    // Samples hit indexWorkspace, indexWorkspace, formatNumber, indexWorkspace. A sample lasts
    // until the next one: its time is the next delta (microseconds), the last one's its own.
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 } },
        {
          id: 2,
          callFrame: { functionName: 'indexWorkspace', url: 'http://x/assets/a.js', lineNumber: 9 },
        },
        {
          id: 3,
          callFrame: { functionName: 'formatNumber', url: 'http://x/assets/b.js', lineNumber: 0 },
        },
      ],
      samples: [2, 2, 3, 2],
      timeDeltas: [0, 1000, 2000, 1000, 1000],
    };
    // indexWorkspace: 1 + 2 + 1 = 4 ms of 5 (80%); formatNumber: 1 ms (20%).
    const lines = topFunctions(profile, 5).split('\n');
    expect(lines[0]).toMatch(/^\s+4\.0 ms\s+80\.0%\s+indexWorkspace\s+a\.js:10$/);
    expect(lines[1]).toMatch(/^\s+1\.0 ms\s+20\.0%\s+formatNumber\s+b\.js:1$/);
  });
});
