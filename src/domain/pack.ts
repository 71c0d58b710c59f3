/**
 * The committee pack (SPEC 4, issue 10): which indicators it prints and on which page each block
 * falls. Pages are counted, not measured: the scorecard prints a fixed number of lines per page
 * and the contents a fixed number of entries, and the print stylesheet breaks the paper at those
 * same places, so the contents' page numbers and "Page n of m" are true on paper.
 */
import type { ScorecardRow } from '@/domain/types';

/** All the indicators (of the view, when one is chosen) or only the exceptions. */
export type PackScope = 'all' | 'exceptions';

/**
 * Why a row is an exception, in words ("Red", "Amber", "Worsening", "Red, worsening"), or null
 * when it is not one. Exceptions are the rows a committee is asked to look at: rated Red or
 * Amber, or worsening (direction of travel) whatever their rating.
 */
export function exceptionReason(row: ScorecardRow): string | null {
  const rag = row.rag.status === 'red' ? 'Red' : row.rag.status === 'amber' ? 'Amber' : null;
  const worsening = row.dot.label === 'worsening';
  if (rag && worsening) return `${rag}, worsening`;
  if (rag) return rag;
  return worsening ? 'Worsening' : null;
}

export const isException = (row: ScorecardRow): boolean => exceptionReason(row) !== null;

/**
 * What the pack holds, in words, for its cover: "All 75 indicators", "Exceptions only (Red, Amber
 * or worsening): 42 of 75 indicators", "60 of 75 indicators".
 */
export function scopeWords(scope: PackScope, shown: number, all: number): string {
  if (scope === 'exceptions')
    return `Exceptions only (Red, Amber or worsening): ${shown} of ${all} indicators`;
  return shown === all ? `All ${all} indicators` : `${shown} of ${all} indicators`;
}

export interface PackChoice {
  scope: PackScope;
  /** Sections left out (every section is in unless left out, new ones too). */
  leftOut: ReadonlySet<string>;
  /** One indicator only ("Print this indicator"); null for the whole pack. */
  only: string | null;
}

/** The rows the pack prints, in scorecard order: the chosen sections, all or exceptions only. */
export function packRows(rows: readonly ScorecardRow[], choice: PackChoice): ScorecardRow[] {
  if (choice.only !== null) return rows.filter((r) => r.indicator.id === choice.only);
  return rows.filter(
    (r) => !choice.leftOut.has(r.indicator.section) && (choice.scope === 'all' || isException(r)),
  );
}

/** The sections of `rows`, in the order their first row comes. */
export function sectionsOf(rows: readonly ScorecardRow[]): string[] {
  const out: string[] = [];
  for (const r of rows) if (!out.includes(r.indicator.section)) out.push(r.indicator.section);
  return out;
}

/** Lines the scorecard prints per A4 landscape page (a section's title line counts as one). */
export const SCORECARD_LINES_PER_PAGE = 14;
/** Entries the contents print per page (three columns of 32 one-line entries). */
export const CONTENTS_ENTRIES_PER_PAGE = 96;
/** RAG changes listed on the summary page itself; more continue on pages of their own. */
export const CHANGES_ON_SUMMARY_PAGE = 24;
export const CHANGES_PER_CONTINUATION_PAGE = 60;

/** One printed page of the scorecard: its sections, each with its rows. */
export type ScorecardPage = { section: string; continued: boolean; rows: ScorecardRow[] }[];

/**
 * The scorecard cut into pages of `linesPerPage` lines. A section's title takes a line; a title
 * never ends a page (it moves to the next with its first row), and a section that runs over a
 * page break repeats its title there ("continued").
 */
export function scorecardPages(
  rows: readonly ScorecardRow[],
  linesPerPage = SCORECARD_LINES_PER_PAGE,
): ScorecardPage[] {
  const pages: ScorecardPage[] = [];
  let page: ScorecardPage = [];
  let used = 0;
  const newPage = () => {
    if (page.length > 0) pages.push(page);
    page = [];
    used = 0;
  };
  for (const section of sectionsOf(rows)) {
    let group: ScorecardPage[number] | null = null;
    for (const row of rows.filter((r) => r.indicator.section === section)) {
      if (group === null) {
        // The title and its first row must fit together.
        if (used + 2 > linesPerPage) newPage();
        group = { section, continued: false, rows: [] };
        page.push(group);
        used += 1;
      } else if (used + 1 > linesPerPage) {
        newPage();
        group = { section, continued: true, rows: [] };
        page.push(group);
        used += 1;
      }
      group.rows.push(row);
      used += 1;
    }
  }
  newPage();
  return pages;
}

/** One line of the contents. */
export interface ContentsEntry {
  kind: 'block' | 'section' | 'indicator';
  /** e.g. "Summary of RAG ratings", "CONTACT & REFERRAL (MASH)", "2.8". */
  label: string;
  /** The indicator's name (indicator entries only). */
  name?: string;
  /** First page, and last when the block runs over several ("4" or "4–9"). */
  page: number;
  lastPage: number;
}

export interface PackLayout {
  /** Page numbers, all counted from the cover (page 1). */
  contentsPages: number;
  summaryPage: number;
  /** Pages the summary takes (more when the RAG changes run over). */
  summaryPages: number;
  /** The RAG changes, cut as printed: the summary page's share first, then one chunk a page. */
  changeChunks: number[];
  scorecardFirstPage: number;
  scorecard: ScorecardPage[];
  /** Each indicator's page, by id, in pack order. */
  indicatorPages: Map<string, number>;
  contents: ContentsEntry[];
  total: number;
}

/** Sizes of `n` items cut into a first chunk of `first` and then chunks of `rest` (at least one). */
export function chunkSizes(n: number, first: number, rest: number): number[] {
  const sizes = [Math.min(n, first)];
  for (let left = n - first; left > 0; left -= rest) sizes.push(Math.min(left, rest));
  return sizes;
}

/**
 * Where everything falls in the whole pack: cover (1), contents, the RAG summary, the scorecard's
 * pages, then one page per indicator. `changes` is the number of RAG changes the summary lists.
 */
export function packLayout(
  rows: readonly ScorecardRow[],
  changes: number,
  sizes: { linesPerPage?: number; contentsPerPage?: number; keyMessagesPages?: number } = {},
): PackLayout {
  const scorecard = scorecardPages(rows, sizes.linesPerPage ?? SCORECARD_LINES_PER_PAGE);
  const sections = sectionsOf(rows);
  const entries = 2 + (sizes.keyMessagesPages ? 1 : 0) + sections.length + rows.length;
  const contentsPages = Math.max(
    1,
    Math.ceil(entries / (sizes.contentsPerPage ?? CONTENTS_ENTRIES_PER_PAGE)),
  );
  const changeChunks = chunkSizes(changes, CHANGES_ON_SUMMARY_PAGE, CHANGES_PER_CONTINUATION_PAGE);
  // The month's key messages, when printed, take a page of their own before the summary.
  const keyMessagesPages = sizes.keyMessagesPages ?? 0;
  const summaryPage = 2 + contentsPages + keyMessagesPages;
  const scorecardFirstPage = summaryPage + changeChunks.length;
  let next = scorecardFirstPage + scorecard.length;
  const indicatorPages = new Map<string, number>();
  for (const r of rows) indicatorPages.set(r.indicator.id, next++);
  const contents: ContentsEntry[] = [
    ...(keyMessagesPages > 0
      ? [
          {
            kind: 'block' as const,
            label: 'Key messages',
            page: 2 + contentsPages,
            lastPage: 1 + contentsPages + keyMessagesPages,
          },
        ]
      : []),
    {
      kind: 'block',
      label: 'Summary of RAG ratings',
      page: summaryPage,
      lastPage: scorecardFirstPage - 1,
    },
    {
      kind: 'block',
      label: 'Performance summary (scorecard)',
      page: scorecardFirstPage,
      lastPage: scorecardFirstPage + Math.max(scorecard.length, 1) - 1,
    },
  ];
  for (const section of sections) {
    const ids = rows.filter((r) => r.indicator.section === section);
    const first = indicatorPages.get(ids[0]!.indicator.id)!;
    contents.push({
      kind: 'section',
      label: section,
      page: first,
      lastPage: first + ids.length - 1,
    });
    for (const r of ids) {
      const page = indicatorPages.get(r.indicator.id)!;
      contents.push({
        kind: 'indicator',
        label: r.indicator.id,
        name: r.indicator.name,
        page,
        lastPage: page,
      });
    }
  }
  return {
    contentsPages,
    summaryPage,
    summaryPages: changeChunks.length,
    changeChunks,
    scorecardFirstPage,
    scorecard,
    indicatorPages,
    contents,
    total: next - 1,
  };
}

/** "4" or "4–9". */
export const pageRange = (e: Pick<ContentsEntry, 'page' | 'lastPage'>): string =>
  e.lastPage > e.page ? `${e.page}–${e.lastPage}` : String(e.page);
