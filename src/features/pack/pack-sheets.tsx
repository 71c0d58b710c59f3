import type { ReactNode } from 'react';
import type { ChosenView } from '@/read/hooks';
import type { Pack } from '@/read/pack';
import type { MonthKey } from '@/domain/types';
import { CONTENTS_ENTRIES_PER_PAGE, pageRange, type ContentsEntry } from '@/domain/pack';
import { ViewHeading } from '@/components/view-heading';
import { formatMonthLong } from '@/domain/periods';
import { RagTag } from '@/components/rag-tag';
import { RagCountsTable } from '@/components/rag-counts-table';
import type { Marking } from './pack-address';

export const PACK_TITLE = "Children's services performance report";

/** The anchor of an indicator's page in the pack (the contents link to it on screen). */
export const packAnchor = (id: string) => `pack-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/**
 * One sheet of paper: the print stylesheet starts each on a new page. On screen a small "Page n"
 * says where it will print, so the preview matches the contents.
 */
export function Sheet({
  page,
  total,
  className,
  label,
  children,
}: {
  page: number;
  total: number;
  className: string;
  label: string;
  children: ReactNode;
}) {
  return (
    <section className={`pack-sheet ${className}`} aria-label={label}>
      <p className="pack-sheet__page">
        Page {page} of {total}
      </p>
      {children}
    </section>
  );
}

export function PackCover({
  council,
  chosen,
  asAt,
  marking,
  scope,
  produced,
  source,
  total,
}: {
  council: string;
  chosen: ChosenView | null;
  asAt: MonthKey;
  marking: Marking | null;
  scope: string;
  produced: string;
  source: string | null;
  total: number;
}) {
  return (
    <Sheet page={1} total={total} className="pack-cover" label="Cover">
      {marking ? <p className="pack-cover__marking">{marking}</p> : null}
      {council ? <p className="pack-cover__council">{council}</p> : null}
      <h2 className="pack-cover__title">{PACK_TITLE}</h2>
      <p className="pack-cover__view">{chosen ? chosen.view.title : 'All indicators'}</p>
      <p className="pack-cover__month">As at month end {formatMonthLong(asAt)}</p>
      {/* The view's title, audience and issue, as every screen that shows a view says them. */}
      <div className="pack-title">
        <ViewHeading chosen={chosen} />
      </div>
      <dl className="pack-cover__facts">
        {chosen ? (
          <>
            <dt>Status</dt>
            <dd>
              {chosen.view.status.kind === 'draft' ? 'Draft' : `Issue ${chosen.view.status.issue}`}
            </dd>
          </>
        ) : null}
        <dt>Date produced</dt>
        <dd>{produced}, from the data imported up to then</dd>
        <dt>Indicators</dt>
        <dd>{scope}</dd>
        {marking ? (
          <>
            <dt>Protective marking</dt>
            <dd>{marking}</dd>
          </>
        ) : null}
        {source ? (
          <>
            <dt>Source</dt>
            <dd>{source}</dd>
          </>
        ) : null}
      </dl>
    </Sheet>
  );
}

function ContentsLine({ entry }: { entry: ContentsEntry }) {
  const range = pageRange(entry);
  const words =
    entry.kind === 'indicator' ? (
      <a href={`#${packAnchor(entry.label)}`}>
        {entry.label} {entry.name}
      </a>
    ) : (
      entry.label
    );
  return (
    <li className={`pack-contents__entry pack-contents__entry--${entry.kind}`}>
      <span className="pack-contents__words">{words}</span>{' '}
      <span className="pack-contents__page">
        <span className="visually-hidden">page </span>
        {range}
      </span>
    </li>
  );
}

/** The contents: each block and indicator with its page, as many pages as they take. */
export function PackContents({ pack }: { pack: Pack }) {
  const { layout } = pack;
  const chunks: ContentsEntry[][] = [];
  for (let i = 0; i < layout.contents.length; i += CONTENTS_ENTRIES_PER_PAGE)
    chunks.push(layout.contents.slice(i, i + CONTENTS_ENTRIES_PER_PAGE));
  return chunks.map((entries, i) => (
    <Sheet
      key={i}
      page={2 + i}
      total={layout.total}
      className="pack-contents"
      label={i === 0 ? 'Contents' : 'Contents, continued'}
    >
      <h2>{i === 0 ? 'Contents' : 'Contents (continued)'}</h2>
      <ol className="pack-contents__list">
        {entries.map((e) => (
          <ContentsLine key={`${e.kind}-${e.label}`} entry={e} />
        ))}
      </ol>
    </Sheet>
  ));
}

/**
 * The RAG summary: counts by section and what changed since the month the committee last saw,
 * with a place for the key messages (`keyMessages`, written for the committee) above them. RAG
 * changes beyond what fits continue on pages of their own (the layout counts them).
 */
export function PackSummary({
  pack,
  asAt,
  keyMessages,
}: {
  pack: Pack;
  asAt: MonthKey;
  /** Key messages for the committee, when there are any: shown first on the summary page. */
  keyMessages?: ReactNode;
}) {
  const { layout, countsBySection, changes, compareWith } = pack;
  const month = formatMonthLong(asAt);
  const since = formatMonthLong(compareWith);
  let from = 0;
  return layout.changeChunks.map((size, i) => {
    const slice = changes.slice(from, from + size);
    from += size;
    const changeTable = (
      <table className="compact pack-changes">
        <caption>
          RAG changes from {since} to {month}
          {i > 0 ? ' (continued)' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col">Indicator</th>
            <th scope="col">{since}</th>
            <th scope="col">{month}</th>
          </tr>
        </thead>
        <tbody>
          {slice.map((c) => (
            <tr key={c.row.indicator.id}>
              <td>{c.row.indicator.id}</td>
              <th scope="row">{c.row.indicator.name}</th>
              <td>
                <RagTag status={c.from} />
              </td>
              <td>
                <RagTag status={c.to} />
                {c.newRed ? <strong> New red</strong> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
    return (
      <Sheet
        key={i}
        page={layout.summaryPage + i}
        total={layout.total}
        className="pack-summary-page"
        label={i === 0 ? 'Summary of RAG ratings' : 'Summary of RAG ratings, continued'}
      >
        <h2>
          Summary of RAG ratings, {month}
          {i > 0 ? ' (continued)' : ''}
        </h2>
        {i === 0 ? (
          <>
            {keyMessages ? <div className="pack-key-messages">{keyMessages}</div> : null}
            <div className="pack-summary__grid">
              <RagCountsTable
                counts={countsBySection}
                caption={`RAG ratings by section, ${month}`}
                className="compact pack-counts"
                onlyStatusesPresent
                withTotals
              />
              <div>
                <h3>What changed since {since}</h3>
                {changes.length === 0 ? (
                  <p>
                    No RAG rating changed between {since} and {month}.
                  </p>
                ) : (
                  changeTable
                )}
              </div>
            </div>
          </>
        ) : (
          changeTable
        )}
      </Sheet>
    );
  });
}
