import { rankWords } from '@/components/national-comparison';
import { useLayoutEffect, useRef, useState, type Ref } from 'react';
import type { IndicatorView } from '@/domain/indicator-view';
import { indicatorHeadline } from '@/domain/headline';
import { formatNumber } from '@/domain/format';
import { formatMonthLong } from '@/domain/periods';
import { RagTag } from '@/components/rag-tag';
import { AwaitingDataText } from '@/components/awaiting-data';
import { DotArrow } from '@/components/dot-arrow';
import { AssuranceTag, VariationTag } from '@/components/signal-verdict';
import { axisTick, IndicatorTrendChart, trendChartValues } from '@/components/indicator-charts';
import { fittedScale } from '@/charts/scale';
import { TargetText } from '@/components/target-text';
import { DotKey } from '@/components/dot-key';

/** The chart's size until its box has been measured (and where it cannot be: tests). */
export const MEETING_CHART = { width: 700, height: 380, fontSize: 19 } as const;

/** Chart text as a share of the slide's text, which grows with the screen (24px at 1280x720). */
const CHART_TEXT_SHARE = 0.8;

/** The smallest chart text: axis labels read from the back of a room. */
const MIN_CHART_TEXT = 18;

export interface ChartBox {
  width: number;
  height: number;
  fontSize: number;
}

/** The drawing size and text size for a chart box of `width` x `height` on a slide of `type` px text. */
export function meetingChartSize(width: number, height: number, type: number): ChartBox {
  return {
    width: Math.floor(width),
    height: Math.floor(height),
    fontSize: Math.max(MIN_CHART_TEXT, Math.round(type * CHART_TEXT_SHARE)),
  };
}

/**
 * The size of the chart's box, which the stylesheet gives the space left under the headline
 * (the box never takes its size from the chart, so measuring it cannot loop). The chart is then
 * drawn at that size, with text that grows with the slide's, rather than scaled as a picture.
 */
function useChartBox(): [Ref<HTMLDivElement>, ChartBox] {
  const ref = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<ChartBox>(MEETING_CHART);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      if (width < 100 || height < 100) return;
      const next = meetingChartSize(width, height, parseFloat(getComputedStyle(element).fontSize));
      setBox((b) =>
        b.width === next.width && b.height === next.height && b.fontSize === next.fontSize
          ? b
          : next,
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, box];
}

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
  const [chartRef, chart] = useChartBox();
  // The value axis runs over the lines, target, band and benchmarks only (not from 0), so lines a
  // point apart can be told apart; the scale is then said in words under the chart.
  const scale = fittedScale(trendChartValues(view), {
    cap: ind.unit === 'percent' ? 100 : undefined,
  });
  const tick = axisTick(ind.unit);
  return (
    <article className="meeting__slide" aria-labelledby="meeting-heading">
      <p className="meeting__section">{ind.section}</p>
      <h1 id="meeting-heading" ref={headingRef} tabIndex={-1}>
        {ind.id} {ind.name}
      </h1>
      <p className="meeting__headline">{indicatorHeadline(view)}</p>
      <div className="meeting__body">
        {/* It scrolls when the commentary is long, so it takes focus for keyboard scrolling. */}
        <div
          className="meeting__text"
          tabIndex={0}
          role="region"
          aria-label={`${ind.id}: figures and commentary`}
        >
          <dl className="meeting__facts">
            <dt>{month}</dt>
            <dd>
              <AwaitingDataText awaiting={row.awaiting}>
                {value === null ? 'No value' : shown(value)}
              </AwaitingDataText>
            </dd>
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
            <dt>Variation</dt>
            <dd>
              <VariationTag verdict={row.signal.variation.verdict} />
              <span className="meeting__reason">{row.signal.variation.sentence}</span>
            </dd>
            <dt>Assurance</dt>
            <dd>
              <AssuranceTag verdict={row.signal.assurance.verdict} />
            </dd>
            {ind.ytd !== 'none' ? (
              <>
                <dt>Year to date</dt>
                <dd>{shown(row.ytd.value)}</dd>
              </>
            ) : null}
            {ind.target.form !== 'none' ? (
              <>
                <dt>Target</dt>
                <dd>
                  <TargetText indicator={ind} />
                </dd>
              </>
            ) : null}
            {view.national?.rank ? (
              <>
                <dt>Nationally</dt>
                <dd>
                  {rankWords(view.national, ind)} ({view.national.year})
                </dd>
              </>
            ) : null}
          </dl>
          <DotKey className="meeting__key" />
          <section className="meeting__commentary" aria-labelledby="meeting-commentary">
            <h2 id="meeting-commentary">Performance analysis, {month}</h2>
            {view.commentary ? (
              <p>{view.commentary.text}</p>
            ) : (
              <p className="meeting__none">No commentary has been written for {month}.</p>
            )}
          </section>
        </div>
        <div className="meeting__figure">
          <div className="meeting__chart" ref={chartRef}>
            <div className="meeting__drawing">
              <IndicatorTrendChart
                view={view}
                exportable={false}
                withTable
                scale={scale}
                everyMonth
                {...chart}
              />
            </div>
          </div>
          <p className="meeting__scale">
            Scale: {tick(scale.min)} to {tick(scale.max)}
            {scale.min === 0 ? '' : ', not from zero'}
          </p>
        </div>
      </div>
    </article>
  );
}
