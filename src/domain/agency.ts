import type { Expected, Frequency, Indicator } from '@/domain/types';

/** The council's own children's social care: the agency of an indicator that names none. */
export const COUNCIL_AGENCY = 'csc';

/**
 * Days after a period's end that a figure is due when the catalogue's `expected` gives no `+N`
 * (docs/decisions.md, "Partner agencies"): the board's papers ask for returns by the 20th.
 */
export const DEFAULT_DUE_DAYS = 20;

/** The agencies SPEC 2.2 names, in words; any other is shown as the council wrote it. */
const AGENCY_WORDS: Record<string, string> = {
  csc: "Children's social care",
  police: 'Police',
  health: 'Health',
  education: 'Education',
  lado: 'LADO',
  board: 'Safeguarding board',
};

/** Spellings of the named agencies seen in catalogues and returns (letters and digits only). */
const ALIASES: Record<string, string> = {
  csc: 'csc',
  childrenssocialcare: 'csc',
  socialcare: 'csc',
  council: 'csc',
  police: 'police',
  health: 'health',
  nhs: 'health',
  education: 'education',
  schools: 'education',
  lado: 'lado',
  board: 'board',
  lscb: 'board',
  safeguardingboard: 'board',
};

/**
 * An `agency` cell as a key: a named agency by any of its spellings ("Police", "LSCB"); any other
 * name lower-cased with its spaces collapsed ("Youth Offending Service" -> "youth offending
 * service"). Blank: the council's children's social care.
 */
export function readAgency(raw: string): string {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text === '') return COUNCIL_AGENCY;
  const alias = ALIASES[text.toLowerCase().replace(/[^a-z0-9]/g, '')];
  return alias ?? text.toLowerCase();
}

/** An agency key in words: "Health", "LADO", or another name with its first letter capitalised. */
export function agencyName(agency: string): string {
  return AGENCY_WORDS[agency] ?? agency.charAt(0).toUpperCase() + agency.slice(1);
}

/** The agency of an indicator (the council's when the catalogue names none). */
export const agencyOf = (ind: Pick<Indicator, 'agency'>): string => ind.agency ?? COUNCIL_AGENCY;

const FREQUENCIES: Record<string, Frequency> = {
  monthly: 'monthly',
  month: 'monthly',
  quarterly: 'quarterly',
  quarter: 'quarterly',
  annual: 'annual',
  annually: 'annual',
  yearly: 'annual',
};

/**
 * An `expected` cell (SPEC 2.2): `monthly` | `quarterly` | `annual`, optionally `+N` days after
 * the period's end (`monthly+20`, `quarterly + 45`). Blank: monthly, due after the default days.
 * Null when it cannot be read (the catalogue reports it).
 */
export function readExpected(raw: string): Expected | null {
  const text = raw.trim().toLowerCase();
  if (text === '') return { frequency: 'monthly', dueDays: DEFAULT_DUE_DAYS };
  const m = /^([a-z]+)\s*(?:\+\s*(\d{1,3})\s*(?:days?)?)?$/.exec(text);
  const frequency = m ? FREQUENCIES[m[1]!] : undefined;
  if (!m || !frequency) return null;
  return { frequency, dueDays: m[2] === undefined ? DEFAULT_DUE_DAYS : Number(m[2]) };
}

/** `expected` in words: "monthly, due 20 days after the month's end". */
export function expectedWords(e: Expected): string {
  const period = { monthly: 'month', quarterly: 'quarter', annual: 'financial year' }[e.frequency];
  return `${e.frequency}, due ${e.dueDays} ${e.dueDays === 1 ? 'day' : 'days'} after the ${period}'s end`;
}
