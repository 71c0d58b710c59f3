import type { CSSProperties, Ref } from 'react';
import type { IndicatorView } from '@/domain/indicator-view';
import { indicatorHeadline } from '@/domain/headline';
import { formatNumber } from '@/domain/format';
import { formatMonthLong } from '@/domain/periods';
import { RagTag } from '@/components/rag-tag';
import { DotArrow } from '@/components/dot-arrow';
import { IndicatorTrendChart } from '@/components/indicator-charts';

/**
 * The chart's drawing size in meeting mode. The stylesheet scales the drawing to the space left on
 * the screen (keeping this shape), so its labels grow with the projector's resolution.
 */
export const MEETING_CHART = { width: 700, height: 380 } as const;
const CHART_SHAPE = {
  '--meeting-chart-ratio': `${MEETING_CHART.width} / ${MEETING_CHART.height}`,
} as CSSProperties;

/**
 * One indicator on the projector: its name, the plain-English headline, the month's value, DOT,
 * RAG with its reason, year to date and target, the commentary, and the trend chart.
 */
export function MeetingSlide({
  view,
  headingRef,
}: {
  view: IndicatorView;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { indicator: ind, row } = view;
  const month = formatMonthLong(view.asAt);
  const value = row.current?.value ?? null;
  const shown = (v: number | null) =>
    v === null
      ? 'No value'
      : formatNumber(v, ind.unit, ind.decimals ?? row.current?.decimals ?? null);
  // The target as written ("23%", "16-22", "+/-5 of 158.8"); nothing when there is none ("n/a").
  const target = ind.target.form === 'none' ? '' : ind.targetCells.green.trim();
  return (
    <article className="meeting__slide" aria-labelledby="meeting-heading">
      <p className="meeting__section">{ind.section}</p>
      <h1 id="meeting-heading" ref={headingRef} tabIndex={-1}>
        {ind.id} {ind.name}
      </h1>
      <p className="meeting__headline">{indicatorHeadline(view)}</p>
      <div className="meeting__body">
        <div className="meeting__text">
          <dl className="meeting__facts">
            <dt>{month}</dt>
            <dd>{value === null ? 'No value' : shown(value)}</dd>
            {ind.dot ? (
              <>
                <dt>Direction</dt>
                <dd>
                  <DotArrow label={row.dot.label} />
                </dd>
              </>
            ) : null}
            <dt>RAG</dt>
            <dd>
              {/* The reason says "(year to date)" itself when the rating is on the YTD. */}
              <RagTag status={row.rag.status} />
              <span className="meeting__reason">{row.rag.reason}</span>
            </dd>
            {ind.ytd !== 'none' ? (
              <>
                <dt>Year to date</dt>
                <dd>{shown(row.ytd.value)}</dd>
              </>
            ) : null}
            {target !== '' ? (
              <>
                <dt>Target</dt>
                <dd>{target}</dd>
              </>
            ) : null}
          </dl>
          <section className="meeting__commentary" aria-labelledby="meeting-commentary">
            <h2 id="meeting-commentary">Performance analysis, {month}</h2>
            {view.commentary ? (
              <p>{view.commentary.text}</p>
            ) : (
              <p className="meeting__none">No commentary has been written for {month}.</p>
            )}
          </section>
        </div>
        <div className="meeting__chart" style={CHART_SHAPE}>
          <IndicatorTrendChart view={view} exportable={false} withTable {...MEETING_CHART} />
        </div>
      </div>
    </article>
  );
}
