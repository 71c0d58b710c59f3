/**
 * Views (themed scorecards): a named, ordered set of indicators with a title, an audience and an
 * issue status, made from catalogue tags or by picking rows (docs/rules.md, "Views"). The same
 * figures as the full scorecard: a view only chooses and orders rows, it never recomputes them.
 */
import type {
  Indicator,
  MonthKey,
  Scorecard,
  ScorecardRow,
  ScorecardView,
  ViewStatus,
} from '@/domain/types';
import { emptyCounts } from '@/domain/scorecard';

export type { ScorecardView, ViewStatus } from '@/domain/types';

const tagKey = (tag: string): string => tag.trim().toLowerCase().replace(/\s+/g, ' ');

/** The catalogue's `tags` cell: `;`-separated labels, blanks and repeats dropped, as written. */
export function readTags(cell: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const part of cell.split(';')) {
    const tag = part.trim().replace(/\s+/g, ' ');
    if (tag && !seen.has(tagKey(tag))) {
      seen.add(tagKey(tag));
      out.push(tag);
    }
  }
  return out;
}

/** Every tag in the catalogue, as first written, in the order first met. */
export function catalogueTags(indicators: readonly Indicator[]): string[] {
  const out = new Map<string, string>();
  for (const ind of indicators)
    for (const tag of ind.tags ?? []) if (!out.has(tagKey(tag))) out.set(tagKey(tag), tag);
  return [...out.values()];
}

/** A URL-safe id from a title: lower case words joined by '-', made unique against `taken`. */
export function viewId(title: string, taken: readonly string[]): string {
  const base =
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'view';
  let id = base;
  for (let n = 2; taken.includes(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** A new draft view. */
export function newView(
  title: string,
  audience: string,
  tags: readonly string[],
  indicatorIds: readonly string[],
  taken: readonly string[],
): ScorecardView {
  return {
    id: viewId(title, taken),
    title: title.trim() || 'Untitled view',
    audience: audience.trim(),
    tags: [...tags],
    indicatorIds: [...indicatorIds],
    status: { kind: 'draft' },
  };
}

/**
 * The view's indicators in its order: the picked ones first, in the order picked, then those
 * tagged, in `ordered` (scorecard) order. Ids no longer in the workspace are left out.
 */
export function viewIndicatorIds(view: ScorecardView, ordered: readonly Indicator[]): string[] {
  const present = new Set(ordered.map((i) => i.id));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const id of view.indicatorIds)
    if (present.has(id) && !seen.has(id)) {
      seen.add(id);
      out.push(id);
    }
  const wanted = new Set(view.tags.map(tagKey));
  if (wanted.size > 0)
    for (const ind of ordered)
      if (!seen.has(ind.id) && (ind.tags ?? []).some((t) => wanted.has(tagKey(t)))) {
        seen.add(ind.id);
        out.push(ind.id);
      }
  return out;
}

/**
 * The scorecard restricted to a view: its rows in the view's order, sections in the order their
 * first row comes, RAG counts of those rows only. The rows themselves are the full scorecard's.
 */
export function scorecardForView(card: Scorecard, ids: readonly string[]): Scorecard {
  const byId = new Map<string, ScorecardRow>(card.rows.map((r) => [r.indicator.id, r]));
  const rows = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
  // Rows of a section stay together, sections in the order the view first reaches them.
  const sections: string[] = [];
  for (const r of rows)
    if (!sections.includes(r.indicator.section)) sections.push(r.indicator.section);
  const grouped = sections.flatMap((s) => rows.filter((r) => r.indicator.section === s));
  const counts = emptyCounts();
  for (const r of grouped) counts[r.rag.status] += 1;
  return { ...card, rows: grouped, sections, counts };
}

/** The next issue of a view, as it stands for `asAt`, produced at `now` (ISO). */
export function issueView(view: ScorecardView, asAt: MonthKey, now: string): ScorecardView {
  const issue = view.status.kind === 'issued' ? view.status.issue + 1 : 1;
  return { ...view, status: { kind: 'issued', issue, asAt, producedAt: now } };
}

/** "Draft" or "Issue 2, as at December 2015, produced 3 February 2016" (month and day formatted by the caller). */
export function viewStatusWords(
  status: ViewStatus,
  formatMonth: (m: MonthKey) => string,
  formatDay: (iso: string) => string,
): string {
  return status.kind === 'draft'
    ? 'Draft'
    : `Issue ${status.issue}, as at ${formatMonth(status.asAt)}, produced ${formatDay(status.producedAt)}`;
}
