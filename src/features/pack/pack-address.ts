import type { PackChoice, PackScope } from '@/domain/pack';
import type { MonthKey } from '@/domain/types';

/**
 * The pack's choices, kept in the address so a pack can be bookmarked or sent round and opens as
 * it was chosen: `?show=exceptions&leave=CASELOAD&compare=2015-09&marking=OFFICIAL-SENSITIVE`
 * (with the chosen `view`), and `only=2.8` for one indicator ("Print this indicator").
 */
export const PACK_PARAMS = {
  show: 'show',
  leave: 'leave',
  compare: 'compare',
  marking: 'marking',
  council: 'council',
  only: 'only',
  print: 'print',
} as const;

/** The protective markings a council may print (Government Security Classifications). */
export const MARKINGS = ['OFFICIAL', 'OFFICIAL-SENSITIVE'] as const;
export type Marking = (typeof MARKINGS)[number];

export interface PackAddress {
  choice: PackChoice;
  compare: MonthKey | null;
  marking: Marking | null;
  council: string;
  /** Open the print dialog once the page is drawn ("Print this indicator"). */
  print: boolean;
}

export function readPackAddress(params: URLSearchParams): PackAddress {
  const scope: PackScope = params.get(PACK_PARAMS.show) === 'exceptions' ? 'exceptions' : 'all';
  const marking = params.get(PACK_PARAMS.marking);
  const compare = params.get(PACK_PARAMS.compare);
  return {
    choice: {
      scope,
      leftOut: new Set(params.getAll(PACK_PARAMS.leave)),
      only: params.get(PACK_PARAMS.only) || null,
    },
    compare: compare && /^\d{4}-\d{2}$/.test(compare) ? compare : null,
    marking: (MARKINGS as readonly string[]).includes(marking ?? '') ? (marking as Marking) : null,
    council: params.get(PACK_PARAMS.council) ?? '',
    print: params.get(PACK_PARAMS.print) === '1',
  };
}

/** The address with one choice changed (null or '' removes it); other parameters kept. */
export function withParam(
  params: URLSearchParams,
  name: string,
  value: string | readonly string[] | null,
): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(name);
  if (typeof value === 'string') {
    if (value !== '') next.set(name, value);
  } else if (value !== null) {
    for (const v of value) next.append(name, v);
  }
  return next;
}

/** The address of one indicator's page of the pack, opening the print dialog. */
export function printOneHref(params: URLSearchParams, id: string): string {
  const next = withParam(withParam(params, PACK_PARAMS.only, id), PACK_PARAMS.print, '1');
  return `/pack?${next.toString()}`;
}

/** A CSS string literal for `content:` (the running header is text from the user's data). */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/</g, '\\3c ')
    .replace(/[\r\n]+/g, ' ')}"`;
}
