import { describe, expect, it } from 'vitest';
import { agencyName, readAgency, readExpected } from '@/domain/agency';

describe('agencies (SPEC 2.2 `agency`)', () => {
  it.each([
    ['Police', 'police', 'Police'],
    ['  health ', 'health', 'Health'],
    ['NHS', 'health', 'Health'],
    ['LADO', 'lado', 'LADO'],
    ['LSCB', 'board', 'Safeguarding board'],
    ["Children's social care", 'csc', "Children's social care"],
    ['', 'csc', "Children's social care"],
    ['Youth  Offending Service', 'youth offending service', 'Youth offending service'],
  ])('%j is %s, shown as %s', (raw, key, name) => {
    expect(readAgency(raw)).toBe(key);
    expect(agencyName(readAgency(raw))).toBe(name);
  });
});

describe('when a figure is expected (SPEC 2.2 `expected`)', () => {
  it.each([
    ['monthly+20', { frequency: 'monthly', dueDays: 20 }],
    ['quarterly + 45', { frequency: 'quarterly', dueDays: 45 }],
    ['Annual+90 days', { frequency: 'annual', dueDays: 90 }],
    // No days given: the default, 20 (docs/decisions.md).
    ['quarterly', { frequency: 'quarterly', dueDays: 20 }],
    ['', { frequency: 'monthly', dueDays: 20 }],
    ['fortnightly', null],
    ['monthly-5', null],
  ])('%j', (raw, expected) => {
    expect(readExpected(raw)).toEqual(expected);
  });
});
