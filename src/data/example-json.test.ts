import { describe, expect, it } from 'vitest';
import { buildExampleWorkspace } from '@/data/demo';
import { computeScorecard } from '@/domain/scorecard';
import { EXAMPLE_BUILT_AT, exampleFromJson } from './example-json';

// What the build ships (vite.config.ts, plugin `example-workspace`) and what opening it gives.
const shipped = JSON.stringify(buildExampleWorkspace(EXAMPLE_BUILT_AT));
const opened = '2026-12-07T09:30:00.000Z';

describe('the example shipped ready as JSON', () => {
  it('is the workspace the fixtures build, opened at the time the user opens it', () => {
    expect(shipped).not.toContain(opened);
    const workspace = exampleFromJson(shipped, opened);
    expect(workspace).toEqual(buildExampleWorkspace(opened));
    expect(JSON.stringify(workspace)).not.toContain(EXAMPLE_BUILT_AT);
  });

  it('gives the same 75-row December 2015 scorecard', () => {
    const card = computeScorecard(exampleFromJson(shipped, opened), '2015-12');
    expect(card.rows).toHaveLength(75);
    expect(card).toEqual(computeScorecard(buildExampleWorkspace(opened), '2015-12'));
  });
});
