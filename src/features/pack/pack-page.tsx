import { useEffect, useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useAsAt, useScorecard, useView, useWorkspace } from '@/read/hooks';
import { useIndicatorViews } from '@/read/indicator';
import { useCouncilName, usePack } from '@/read/pack';
import { ViewHeading } from '@/components/view-heading';
import { MonthPicker } from '@/components/month-picker';
import { emptyWorkspace } from '@/domain/workspace';
import { scorecardCsvFileName, scorecardToCsv } from '@/domain/csv-export';
import { scopeWords, sectionsOf } from '@/domain/pack';
import { formatMonthLong } from '@/domain/periods';
import { formatDay } from '@/domain/dates';
import { StatusPanel } from '@/components/status-panel';
import { DotKey } from '@/components/dot-key';
import { PackScorecardTable } from './pack-scorecard-table';
import { PackIndicator } from './pack-indicator';
import { KeyMessagesSummary } from '@/components/key-messages-summary';
import { PackContents, PackCover, PackSummary, PACK_TITLE, Sheet } from './pack-sheets';
import {
  cssString,
  MARKINGS,
  PACK_PARAMS,
  printOneHref,
  readPackAddress,
  withParam,
} from './pack-address';
import { downloadText } from './download-text';
import './pack.css';

const DEFAULT_LABEL = emptyWorkspace().label;

/**
 * The running header and footer of every printed page, as CSS page-margin boxes (Chromium 131+):
 * the title, view and month top left, the protective marking top right and bottom left, and
 * "Page n of m" bottom right. Written from the pack's own choices, so it is a style element of
 * the pack page (the CSP allows inline styles).
 */
function RunningHeader({ header, marking }: { header: string; marking: string | null }) {
  const box = (content: string, bold = false) =>
    `content: ${content}; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; font-size: 8pt; color: #0b0c0c;${bold ? ' font-weight: 700;' : ''}`;
  const css = `@media print { @page {
  @top-left { ${box(cssString(header))} }
  ${marking ? `@top-right { ${box(cssString(marking), true)} } @bottom-left { ${box(cssString(marking), true)} }` : ''}
  @bottom-right { ${box(`'Page ' counter(page) ' of ' counter(pages)`)} }
} }`;
  return <style>{css}</style>;
}

/**
 * The committee pack (issue 10): a cover, contents with page numbers, the RAG summary against the
 * month the committee last saw, the Performance Summary, then one page per indicator; a running
 * header and "Page n of m" on every page. On screen: the choices (all indicators or exceptions
 * only, sections, compared with, protective marking, council), kept in the address, and a
 * preview that says on which page each sheet prints. The month is the scorecard's "As at".
 */
export default function PackPage() {
  const workspace = useWorkspace();
  const { asAt, months } = useAsAt();
  const scorecard = useScorecard();
  const chosenView = useView();
  const [routerParams, setParams] = useSearchParams();
  // A choice shows at once: the router applies the new address in a transition (and the pack
  // takes a moment to draw), so until it has, the page reads the address it asked for.
  const [asked, setAsked] = useState<URLSearchParams | null>(null);
  if (asked !== null && asked.toString() === routerParams.toString()) setAsked(null);
  const params = asked ?? routerParams;
  const address = readPackAddress(params);
  const { choice } = address;
  const pack = usePack(choice, address.compare);
  const ownCouncil = useCouncilName();
  const council = address.council || ownCouncil || '';
  const [downloaded, setDownloaded] = useState('');
  const legendId = useId();
  const markingId = useId();
  const councilId = useId();

  const ids = useMemo(() => (pack ? pack.rows.map((r) => r.indicator.id) : []), [pack]);
  const views = useIndicatorViews(ids);
  const setParam = (name: string, value: string | readonly string[] | null) => {
    const next = withParam(params, name, value);
    setAsked(next);
    setParams(next, { replace: true });
  };

  // "Print this indicator": the page opens with print=1; print once it is drawn, then forget it.
  const printNow = address.print && views.length > 0;
  useEffect(() => {
    if (!printNow) return;
    window.print();
    setParams((p) => withParam(p, PACK_PARAMS.print, null), { replace: true });
  }, [printNow, setParams]);

  if (scorecard === null || asAt === null || pack === null) {
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

  const month = formatMonthLong(asAt);
  const { layout } = pack;
  const one = choice.only !== null;
  const total = one ? views.length : layout.total;
  const header = [PACK_TITLE, chosenView ? chosenView.view.title : 'All indicators', month].join(
    ' · ',
  );
  const earlier = months.filter((m) => m < asAt);
  const compareMonths = earlier.includes(pack.compareWith)
    ? earlier
    : [...earlier, pack.compareWith].sort();
  const download = () => {
    const chosen = {
      ...scorecard,
      sections: sectionsOf(pack.rows),
      rows: pack.rows,
    };
    const file = scorecardCsvFileName(asAt);
    downloadText(scorecardToCsv(chosen), file);
    setDownloaded(`Downloaded ${file}: ${chosen.rows.length} indicators.`);
  };
  const allParams = withParam(withParam(params, PACK_PARAMS.only, null), PACK_PARAMS.print, null);

  return (
    <>
      <title>{`Print pack, ${month} – Children's services performance`}</title>
      <RunningHeader header={header} marking={address.marking} />
      <div className="pack-controls">
        <h1>Print pack</h1>
        {one ? (
          <>
            <p>
              {views.length === 0
                ? `There is no indicator ${choice.only} in this scorecard.`
                : `This prints one indicator's page: ${choice.only}, ${month}.`}
            </p>
            <div className="button-group">
              <button
                type="button"
                className="button"
                disabled={views.length === 0}
                onClick={() => window.print()}
              >
                Print this indicator
              </button>
              <Link className="button button--secondary" to={`/pack?${allParams.toString()}`}>
                Back to the whole pack
              </Link>
            </div>
          </>
        ) : (
          <>
            <p>
              The pack prints on A4 landscape: a cover, the contents, a summary of RAG ratings, the
              performance summary, then one page per indicator with its headline, chart, data and
              commentary. It uses the scorecard's month, {month}
              {chosenView ? ', and the chosen view' : ''}.
            </p>
            <ViewHeading chosen={chosenView} />
            <fieldset className="pack-choice">
              <legend>Indicators to include</legend>
              <div className="radios">
                <label>
                  <input
                    type="radio"
                    name="pack-scope"
                    checked={choice.scope === 'all'}
                    onChange={() => setParam(PACK_PARAMS.show, null)}
                  />{' '}
                  All indicators{chosenView ? ' of the view' : ''}
                </label>
                <label>
                  <input
                    type="radio"
                    name="pack-scope"
                    checked={choice.scope === 'exceptions'}
                    onChange={() => setParam(PACK_PARAMS.show, 'exceptions')}
                  />{' '}
                  Exceptions only: Red, Amber or worsening
                </label>
              </div>
            </fieldset>
            <fieldset className="pack-sections" aria-describedby={legendId}>
              <legend>Sections to include</legend>
              <p id={legendId} className="hint">
                {pack.rows.length} of {scorecard.rows.length} indicators chosen.
              </p>
              <div className="button-group">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setParam(PACK_PARAMS.leave, null)}
                >
                  Select all sections
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setParam(PACK_PARAMS.leave, scorecard.sections)}
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
                          checked={!choice.leftOut.has(section)}
                          onChange={(e) =>
                            setParam(
                              PACK_PARAMS.leave,
                              e.target.checked
                                ? [...choice.leftOut].filter((s) => s !== section)
                                : [...choice.leftOut, section],
                            )
                          }
                        />{' '}
                        {section} ({n} {n === 1 ? 'indicator' : 'indicators'})
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
            <div className="pack-options">
              {compareMonths.length > 0 ? (
                <MonthPicker
                  label="Compared with (the month the committee last saw)"
                  months={compareMonths}
                  value={pack.compareWith}
                  onChange={(m) => setParam(PACK_PARAMS.compare, m)}
                />
              ) : null}
              <div className="field">
                <label htmlFor={markingId}>Protective marking</label>
                <select
                  id={markingId}
                  value={address.marking ?? ''}
                  onChange={(e) => setParam(PACK_PARAMS.marking, e.target.value)}
                >
                  <option value="">None</option>
                  {MARKINGS.map((m) => (
                    <option key={m} value={m}>
                      {m}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={councilId}>Council (on the cover)</label>
                <input
                  id={councilId}
                  type="text"
                  value={council}
                  onChange={(e) => setParam(PACK_PARAMS.council, e.target.value)}
                />
              </div>
            </div>
            <div className="button-group">
              <button
                type="button"
                className="button"
                disabled={pack.rows.length === 0}
                onClick={() => window.print()}
              >
                Print pack
              </button>
              <button
                type="button"
                className="button button--secondary"
                disabled={pack.rows.length === 0}
                onClick={download}
              >
                Download scorecard CSV
              </button>
            </div>
            <p role="status" className="hint">
              {pack.rows.length === 0 ? 'Choose at least one section to print.' : downloaded}
            </p>
            <p className="hint">
              The CSV has the columns of a scorecard sheet, so it opens in a spreadsheet and can be
              imported again. Cells that a spreadsheet could run as a formula (starting with =, +,
              -, @) begin with an apostrophe.
            </p>
          </>
        )}
        <h2 className="pack-controls__preview">Preview</h2>
      </div>

      <div className="pack">
        {!one && pack.rows.length > 0 ? (
          <>
            <PackCover
              council={council}
              chosen={chosenView}
              asAt={asAt}
              marking={address.marking}
              scope={scopeWords(choice.scope, pack.rows.length, scorecard.rows.length)}
              produced={formatDay(new Date().toISOString())}
              source={
                // The example names its source; a council's own data has only the default
                // label, which says nothing on a committee paper.
                workspace.isExample || workspace.label !== DEFAULT_LABEL ? workspace.label : null
              }
              total={total}
            />
            <PackContents pack={pack} />
            {/* The month's key messages: a page of their own, counted by the layout. */}
            <KeyMessagesSummary />
            {/* Key messages for the committee (written on another screen) go in keyMessages. */}
            <PackSummary pack={pack} asAt={asAt} keyMessages={null} />
            {layout.scorecard.map((page, i) => (
              <Sheet
                key={i}
                page={layout.scorecardFirstPage + i}
                total={total}
                className="pack-summary"
                label={i === 0 ? 'Performance summary' : 'Performance summary, continued'}
              >
                {i === 0 ? <DotKey className="pack-key" /> : null}
                <PackScorecardTable
                  scorecard={scorecard}
                  page={page}
                  caption={`Performance summary as at month end ${month}: ${pack.rows.length} indicators${i > 0 ? ' (continued)' : ''}`}
                />
              </Sheet>
            ))}
          </>
        ) : null}
        {views.map((view, i) => (
          <PackIndicator
            key={view.indicator.id}
            view={view}
            page={one ? i + 1 : (layout.indicatorPages.get(view.indicator.id) ?? 0)}
            total={total}
            printHref={one ? null : printOneHref(allParams, view.indicator.id)}
          />
        ))}
      </div>
    </>
  );
}
