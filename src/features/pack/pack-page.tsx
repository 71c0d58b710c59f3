import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useAsAt, useScorecard, useView, useWorkspace } from '@/read/hooks';
import { useIndicatorViews } from '@/read/indicator';
import { ViewHeading } from '@/components/view-heading';
import { emptyWorkspace } from '@/domain/workspace';
import { scorecardCsvFileName, scorecardToCsv } from '@/domain/csv-export';
import { formatMonthLong } from '@/domain/periods';
import { formatDay } from '@/domain/dates';
import { StatusPanel } from '@/components/status-panel';
import {
  chosenRows,
  chosenScorecard,
  chosenSections,
  sectionToggled,
  type ExcludedSections,
} from './section-choice';
import { DotKey } from '@/components/dot-key';
import { PackScorecardTable } from './pack-scorecard-table';
import { PackIndicator } from './pack-indicator';
import { KeyMessagesSummary } from '@/components/key-messages-summary';
import { downloadText } from './download-text';
import './pack.css';

const NONE: ExcludedSections = new Set();
const DEFAULT_LABEL = emptyWorkspace().label;

/**
 * The committee pack: a title block like a committee paper, the Performance Summary of the chosen
 * sections, then one page per indicator. On screen it shows the choice of sections, a Print button
 * and the CSV download; on paper (src/styles/print.css) only the pack. The month is the
 * scorecard's "As at month end".
 */
export default function PackPage() {
  const workspace = useWorkspace();
  const { asAt } = useAsAt();
  const scorecard = useScorecard();
  const chosenView = useView();
  const [excluded, setExcluded] = useState<ExcludedSections>(NONE);
  const [downloaded, setDownloaded] = useState('');
  const legendId = useId();

  const rows = useMemo(
    () => (scorecard ? chosenRows(scorecard, excluded) : []),
    [scorecard, excluded],
  );
  const views = useIndicatorViews(useMemo(() => rows.map((r) => r.indicator.id), [rows]));

  if (scorecard === null || asAt === null) {
    return (
      <>
        <title>Print pack – Children's services performance</title>
        <h1>Print pack</h1>
        <StatusPanel
          state="empty"
          title="No monthly values yet"
          action={
            <Link className="button" to="/import">
              Import your files
            </Link>
          }
        >
          <p>The committee pack is made from your scorecard, once you have imported your data.</p>
        </StatusPanel>
      </>
    );
  }

  const sections = chosenSections(scorecard, excluded);
  const month = formatMonthLong(asAt);
  const download = () => {
    const chosen = chosenScorecard(scorecard, excluded);
    const file = scorecardCsvFileName(asAt);
    downloadText(scorecardToCsv(chosen), file);
    setDownloaded(`Downloaded ${file}: ${chosen.rows.length} indicators.`);
  };

  return (
    <>
      <title>{`Print pack, ${month} – Children's services performance`}</title>
      <div className="pack-controls">
        <h1>Print pack</h1>
        <p>
          The pack prints on A4 landscape: the performance summary of the sections you choose, then
          one page per indicator with its headline, chart, data and commentary. It uses the
          scorecard's month, {month}.
        </p>
        <fieldset className="pack-sections" aria-describedby={legendId}>
          <legend>Sections to include</legend>
          <p id={legendId} className="hint">
            {rows.length} of {scorecard.rows.length} indicators chosen.
          </p>
          <div className="button-group">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setExcluded(NONE)}
            >
              Select all sections
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setExcluded(new Set(scorecard.sections))}
            >
              Clear all sections
            </button>
          </div>
          <ul className="pack-sections__list">
            {scorecard.sections.map((section) => {
              const n = scorecard.rows.filter((r) => r.indicator.section === section).length;
              return (
                <li key={section}>
                  <label>
                    <input
                      type="checkbox"
                      checked={!excluded.has(section)}
                      onChange={(e) =>
                        setExcluded((was) => sectionToggled(was, section, e.target.checked))
                      }
                    />{' '}
                    {section} ({n} {n === 1 ? 'indicator' : 'indicators'})
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
        <div className="button-group">
          <button
            type="button"
            className="button"
            disabled={rows.length === 0}
            onClick={() => window.print()}
          >
            Print pack
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={rows.length === 0}
            onClick={download}
          >
            Download scorecard CSV
          </button>
        </div>
        <p role="status" className="hint">
          {rows.length === 0 ? 'Choose at least one section to print.' : downloaded}
        </p>
        <p className="hint">
          The CSV has the columns of a scorecard sheet, so it opens in a spreadsheet and can be
          imported again. Cells that a spreadsheet could run as a formula (starting with =, +, -, @)
          begin with an apostrophe.
        </p>
        <h2 className="pack-controls__preview">Preview</h2>
      </div>

      <div className="pack">
        <header className="pack-title">
          <p className="pack-title__name">Children's services performance report</p>
          <p className="pack-title__month">As at month end {month}</p>
          <ViewHeading chosen={chosenView} />
          {/* Committee papers say when they were produced: figures are re-run retrospectively. */}
          <p className="pack-title__produced">
            Produced {formatDay(new Date().toISOString())}, from the data imported up to then.
          </p>
          {/* The example names its source; a council's own data has only the default label,
              which says nothing on a committee paper. */}
          {workspace.isExample || workspace.label !== DEFAULT_LABEL ? (
            <p className="pack-title__source">{workspace.label}</p>
          ) : null}
        </header>
        <KeyMessagesSummary />
        {rows.length > 0 ? (
          <section className="pack-summary" aria-label="Performance summary">
            <DotKey className="pack-key" />
            <PackScorecardTable scorecard={scorecard} sections={sections} rows={rows} />
          </section>
        ) : null}
        {views.map((view) => (
          <PackIndicator key={view.indicator.id} view={view} />
        ))}
      </div>
    </>
  );
}
