import '@/components/indicator-components.css';
import type { IndicatorView } from '@/domain/indicator-view';
import { indicatorHeadline } from '@/domain/headline';
import { formatNumber } from '@/domain/format';
import { formatMonthLong } from '@/domain/periods';
import { DotArrow } from '@/components/dot-arrow';
import { RagTag } from '@/components/rag-tag';
import { ObservationText } from '@/components/data-table';
import { TargetText } from '@/components/target-text';

/**
 * The headline of an indicator for its month: the sentence, then the value, direction of travel
 * (word and arrow), RAG with its reason, year to date and the target as written.
 * `large` for meeting mode.
 */
export function IndicatorHeadline({
  view,
  large = false,
}: {
  view: IndicatorView;
  large?: boolean;
}) {
  const { indicator: ind, row } = view;
  const ytd = row.ytd;
  return (
    <section className={large ? 'headline headline--large' : 'headline'} aria-label="Headline">
      <p className="headline__sentence">{indicatorHeadline(view)}</p>
      <dl className="headline__facts">
        <div>
          <dt>{formatMonthLong(view.asAt)}</dt>
          <dd className="headline__value">
            <ObservationText observation={row.current} unit={ind.unit} decimals={ind.decimals} />
            {row.current?.numerator != null && row.current.denominator != null ? (
              <span className="headline__fraction">
                {' '}
                ({formatNumber(row.current.numerator, 'count', 0)} of{' '}
                {formatNumber(row.current.denominator, 'count', 0)})
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Direction of travel</dt>
          <dd>
            <DotArrow label={row.dot.label} />
          </dd>
        </div>
        <div>
          <dt>RAG{row.rag.basis === 'ytd' ? ' (year to date)' : ''}</dt>
          <dd>
            <RagTag status={row.rag.status} />
            <span className="headline__reason">{row.rag.reason}</span>
          </dd>
        </div>
        <div>
          <dt>Year to date{ind.ytdNote ? ` (${ind.ytdNote})` : ''}</dt>
          <dd>
            {ytd.value === null
              ? 'Not applicable'
              : formatNumber(ytd.value, ind.unit, ind.decimals)}
            {ytd.numerator !== null && ytd.denominator !== null
              ? ` (${formatNumber(ytd.numerator, 'count', 0)} of ${formatNumber(ytd.denominator, 'count', 0)})`
              : ''}
            {ytd.warning ? <span className="headline__warning"> {ytd.warning}</span> : null}
          </dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd>
            <TargetText indicator={ind} />
          </dd>
        </div>
      </dl>
    </section>
  );
}
