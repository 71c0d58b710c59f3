import { Link, useParams, useSearchParams } from 'react-router-dom';
import { monthSelected } from '@/state/workspace-store';
import { useAsAt, useWorkspace, VIEW_PARAM } from '@/read/hooks';
import { useIndicatorView } from '@/read/indicator';
import { useFollowUp, useToday } from '@/read/looking-ahead';
import { ProjectionSummary, TrajectorySummary } from '@/components/outlook';
import { FollowUpEditor } from './follow-up-editor';
import { MonthPicker } from '@/components/month-picker';
import { addMonths } from '@/domain/periods';
import { idFromPathSegment } from '@/domain/ids';
import { polarityInWords } from '@/domain/target-words';
import { AfterFirstPaint } from '@/components/after-first-paint';
import { StatusPanel } from '@/components/status-panel';
import { IndicatorHeadline } from '@/components/indicator-headline';
import { BenchmarkList } from '@/components/benchmark-list';
import {
  IndicatorAnnualChart,
  IndicatorTrendChart,
  RelatedMeasuresChart,
} from '@/components/indicator-charts';
import { IndicatorSpc } from '@/components/indicator-spc';
import { CommentaryEditor } from './commentary-editor';
import { IndicatorNeighbours } from './indicator-neighbours';
import { NationalSection } from './national-section';
import { RevisionList } from './revision-list';
import { SignalSettings } from './signal-settings';
import { BreakdownSection } from './breakdown-section';
import { AwaitingDataText } from '@/components/awaiting-data';
import './indicator-page.css';

const SERVICE = "Children's services performance";

/** The pack's page of one indicator, opening the print dialog ("Print this indicator"). */
function printHref(id: string, viewId: string | null): string {
  const params = new URLSearchParams({ only: id, print: '1' });
  if (viewId) params.set(VIEW_PARAM, viewId);
  return `/pack?${params.toString()}`;
}

/**
 * One indicator's page (/indicator/:id): what it measures, the headline for the selected month,
 * benchmarks and gaps, the charts each with its data table, related measures, commentary and
 * revisions. Everything shown is computed by the domain (computeIndicatorView).
 */
export default function IndicatorPage() {
  const id = idFromPathSegment(useParams().id ?? '');
  const workspace = useWorkspace();
  const { months, asAt } = useAsAt();
  const view = useIndicatorView(id);
  const followUp = useFollowUp(id);
  const today = useToday();
  const viewId = useSearchParams()[0].get(VIEW_PARAM);
  const exists = workspace.indicators.some((i) => i.id === id);

  if (!exists || view === null || asAt === null) {
    return (
      <>
        <title>{`Indicator not found – ${SERVICE}`}</title>
        <StatusPanel
          state="empty"
          title={exists ? 'No monthly values yet' : 'Indicator not found'}
          action={<Link to="/">Back to the scorecard</Link>}
        >
          <p>
            {exists
              ? `Indicator ${id} has no monthly values yet. Import a scorecard sheet or monthly values.`
              : `There is no indicator ${id} in your data.`}
          </p>
        </StatusPanel>
      </>
    );
  }

  const ind = view.indicator;
  return (
    <article className="indicator-page">
      <title>{`${ind.id} ${ind.name} – ${SERVICE}`}</title>
      <IndicatorNeighbours
        previousId={view.previousId}
        nextId={view.nextId}
        indicators={workspace.indicators}
      />
      <header className="indicator-page__header">
        <p className="indicator-page__caption">
          {ind.section} · Indicator {ind.id}
        </p>
        <h1>
          {ind.id} {ind.name}
        </h1>
        <dl className="indicator-page__about">
          <div>
            <dt>Good performance is</dt>
            <dd>{polarityInWords(ind)}</dd>
          </div>
          {ind.dataNote ? (
            <div>
              <dt>Data note</dt>
              <dd>{ind.dataNote}</dd>
            </div>
          ) : null}
          {ind.source ? (
            <div>
              <dt>Source</dt>
              <dd>{ind.source}</dd>
            </div>
          ) : null}
        </dl>
        <h2 className="visually-hidden">Definition</h2>
        <p className="indicator-page__definition">
          {ind.definition || 'No definition has been imported for this indicator.'}
        </p>
      </header>

      <MonthPicker className="field as-at" months={months} value={asAt} onChange={monthSelected} />
      {/* The pack's page for this indicator alone, with the print dialog (in the chosen view). */}
      <p className="indicator-page__print">
        <Link to={printHref(ind.id, viewId)}>Print this indicator</Link>
      </p>

      <IndicatorHeadline view={view} />
      {view.row.awaiting ? (
        <p>
          <AwaitingDataText awaiting={view.row.awaiting} />
        </p>
      ) : null}

      <section aria-labelledby="benchmarks-heading">
        <h2 id="benchmarks-heading">How we compare</h2>
        <BenchmarkList view={view} />
      </section>

      {(workspace.national ?? []).length > 0 ? (
        <section aria-labelledby="national-heading">
          <h2 id="national-heading">Compared with published national data</h2>
          <NationalSection
            key={`${ind.id}|${asAt}`}
            workspace={workspace}
            indicator={ind}
            asAt={asAt}
          />
        </section>
      ) : null}

      <section aria-labelledby="trend-heading">
        <h2 id="trend-heading">Month by month</h2>
        <IndicatorTrendChart view={view} />
      </section>

      <section aria-labelledby="heading-heading">
        <h2 id="heading-heading">Where it is heading</h2>
        <ProjectionSummary view={view} />
      </section>

      {view.trajectory ? (
        <section aria-labelledby="trajectory-heading">
          <h2 id="trajectory-heading">Target by a date</h2>
          <TrajectorySummary view={view} />
        </section>
      ) : null}

      <section aria-labelledby="signal-heading">
        <h2 id="signal-heading">Signal or noise</h2>
        <AfterFirstPaint>
          <IndicatorSpc view={view} />
        </AfterFirstPaint>
        <SignalSettings indicatorId={ind.id} />
      </section>

      <BreakdownSection indicator={ind} />

      {view.annual.length > 0 ? (
        <section aria-labelledby="annual-heading">
          <h2 id="annual-heading">Year on year</h2>
          <AfterFirstPaint>
            <IndicatorAnnualChart view={view} />
          </AfterFirstPaint>
        </section>
      ) : null}

      {view.related ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">Related measures</h2>
          <AfterFirstPaint>
            <RelatedMeasuresChart view={view} />
          </AfterFirstPaint>
        </section>
      ) : null}

      <section aria-labelledby="commentary-heading">
        <h2 id="commentary-heading">Commentary</h2>
        <CommentaryEditor
          key={`${ind.id}|${asAt}`}
          indicatorId={ind.id}
          month={asAt}
          previousMonth={addMonths(asAt, -1)}
          note={view.commentary}
          previousNote={view.previousCommentary}
        />
      </section>

      <section aria-labelledby="follow-up-heading">
        <h2 id="follow-up-heading">Actions and questions</h2>
        <FollowUpEditor indicatorId={ind.id} followUp={followUp} today={today} />
      </section>

      <section aria-labelledby="revisions-heading">
        <h2 id="revisions-heading">Revisions</h2>
        <RevisionList revisions={view.revisions} />
      </section>

      <IndicatorNeighbours
        previousId={view.previousId}
        nextId={view.nextId}
        indicators={workspace.indicators}
        label="Other indicators (end of page)"
        withBack={false}
      />
    </article>
  );
}
