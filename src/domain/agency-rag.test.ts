import { describe, expect, it } from 'vitest';
import { ragByAgency } from '@/domain/agency-rag';
import type { RagStatus, ScorecardRow } from '@/domain/types';
import { placeholderIndicator } from '@/domain/workspace';

const row = (id: string, agency: string | undefined, status: RagStatus) =>
  ({
    indicator: { ...placeholderIndicator(id, 0), ...(agency ? { agency } : {}) },
    rag: { status, reason: '', basis: 'month', valueUsed: null },
  }) as unknown as ScorecardRow;

describe('how each agency is doing', () => {
  it('groups rows by agency, the council first, and counts their RAG', () => {
    const out = ragByAgency([
      row('P1', 'police', 'red'),
      row('2.1', undefined, 'green'),
      row('H1', 'health', 'no-data'),
      row('P2', 'police', 'amber'),
      row('2.8', undefined, 'red'),
    ]);
    expect(
      out.map((a) => [a.name, a.counts.red, a.counts.amber, a.counts.green, a.rows.length]),
    ).toEqual([
      ["Children's social care", 1, 0, 1, 2],
      ['Health', 0, 0, 0, 1],
      ['Police', 1, 1, 0, 2],
    ]);
  });
});
