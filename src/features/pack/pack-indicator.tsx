import { Link } from 'react-router-dom';
import { rankWords } from '@/components/national-comparison';
import { packAnchor } from './pack-sheets';
import type { CSSProperties } from 'react';
import type { IndicatorView } from '@/domain/indicator-view';
import { indicatorHeadline } from '@/domain/headline';
import { formatNumber } from '@/domain/format';
import { formatMonthLong } from '@/domain/periods';
import { RagTag } from '@/components/rag-tag';
import { DotArrow } from '@/components/dot-arrow';
import { AssuranceTag, VariationTag } from '@/components/signal-verdict';
import { IndicatorTrendChart } from '@/components/indicator-charts';
import { TargetText } from '@/components/target-text';
import { PackOutlook } from '@/components/pack-outlook';

/**
 * The chart's drawing size on paper. The stylesheet scales the drawing to the width its data table
 * leaves on A4 landscape, keeping this shape.
 */
export const PACK_CHART = { width: 740, height: 340 } as const;
/**
 * The data table's months on paper: a year and the same month last year. More (6.5 has 21) and
 * the table, beside the chart, commentary and outlook, runs the page onto a second sheet.
 */
export const PACK_TABLE_MONTHS = 13;
const CHART_SHAPE = {
  '--pack-chart-ratio': `${PACK_CHART.width} / ${PACK_CHART.height}`,
} as CSSProperties;

/**
 * One indicator's page of the pack: name, the plain-English headline, the month's figures (value,
 * DOT, RAG with its reason, YTD, target), the trend chart with its data table, and the commentary.
 * The print stylesheet starts each on a new page.
 */
export function PackIndicator({
  view,
  page,
  total,
  printHref,
}: {
  view: IndicatorView;
  /** Where it prints, for the screen's "Page n of m". */
  page: number;
  total: number;
  /** The address that prints this page alone; none when it is printed alone already. */
  printHref: string | null;
}) {
  const { indicator: ind, row } = view;
  const month = formatMonthLong(view.asAt);
  const shown = (v: number | null) =>
    v === null
      ? 'No value'
      : formatNumber(v, ind.unit, ind.decimals ?? row.current?.decimals ?? null);
  const headingId = packAnchor(ind.id);
  return (
    <article className="pack-indicator" aria-labelledby={headingId} style={CHART_SHAPE}>
      <div className="pack-indicator__top">
        <div className="pack-indicator__screen">
          <p className="pack-sheet__page">
            Page {page} of {total}
          </p>
          {printHref ? (
            <Link className="pack-indicator__print" to={printHref}>
              Print this indicator ({ind.id})
            </Link>
          ) : null}
        </div>
        <p className="pack-indicator__section">{ind.section}</p>
        <h2 id={headingId}>
          {ind.id} {ind.name}
        </h2>
        <p className="pack-indicator__headline">{indicatorHeadline(view)}</p>
        <ul className="pack-indicator__facts">
          <li>
            <strong>{month}:</strong> {shown(row.current?.value ?? null)}
          </li>
          {ind.dot ? (
            <li>
              <strong>DOT:</strong> <DotArrow label={row.dot.label} />
            </li>
          ) : null}
          <li>
            {/* The reason says "(year to date)" itself when the rating is on the YTD. */}
            <strong>RAG:</strong> <RagTag status={row.rag.status} /> {row.rag.reason}
          </li>
          <li>
            <strong>Variation:</strong> <VariationTag verdict={row.signal.variation.verdict} />{' '}
            {row.signal.variation.sentence}
          </li>
          <li>
            <strong>Assurance:</strong> <AssuranceTag verdict={row.signal.assurance.verdict} />
          </li>
          {ind.ytd !== 'none' ? (
            <li>
              <strong>Year to date:</strong> {shown(row.ytd.value)}
            </li>
          ) : null}
          {ind.target.form !== 'none' ? (
            <li>
              <strong>Target:</strong> <TargetText indicator={ind} />
            </li>
          ) : null}
          {view.national?.rank ? (
            <li>
              <strong>Nationally ({view.national.year}):</strong> {rankWords(view.national, ind)}
            </li>
          ) : null}
        </ul>
        {ind.definition ? <p className="pack-indicator__definition">{ind.definition}</p> : null}
      </div>
      <IndicatorTrendChart
        view={view}
        exportable={false}
        withTable
        paperMonths={PACK_TABLE_MONTHS}
        {...PACK_CHART}
      />
      <section
        className="pack-indicator__commentary"
        aria-label={`Performance analysis for ${ind.id}`}
      >
        <h3>Performance analysis, {month}</h3>
        <p>
          {view.commentary ? view.commentary.text : `No commentary has been written for ${month}.`}
        </p>
      </section>
      <PackOutlook view={view} />
    </article>
  );
}
