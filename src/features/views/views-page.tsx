import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { ScorecardView } from '@/domain/types';
import { issueView, newView, viewStatusWords } from '@/domain/views';
import { formatMonthLong } from '@/domain/periods';
import { formatDay } from '@/domain/dates';
import { viewRemoved, viewSaved } from '@/state/workspace-store';
import {
  useAsAt,
  useCatalogueTags,
  useOrderedIndicators,
  useViews,
  VIEW_PARAM,
} from '@/read/hooks';
import { StatusPanel } from '@/components/status-panel';
import './views.css';

const TITLE = "Views – Children's services performance";

interface Draft {
  id: string | null;
  title: string;
  audience: string;
  tags: string[];
  picked: string[];
  /** Rate every row on the board's two tests (SPEC 3.7). */
  twoTest: boolean;
}

const blank: Draft = { id: null, title: '', audience: '', tags: [], picked: [], twoTest: false };

/** The view with the board's two-test rule set, or without any rule (the target rule). */
function withRagRule(view: ScorecardView, twoTest: boolean): ScorecardView {
  const rest = { ...view };
  delete rest.ragRule;
  return twoTest ? { ...rest, ragRule: 'two_test' } : rest;
}

const toggle = (list: string[], item: string): string[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

/**
 * Views (themed scorecards): named, ordered sets of indicators for an audience, made from the
 * catalogue's tags or by picking rows, each issued "as it currently stands" with a number, its
 * month and the date produced. Every screen works on the view chosen in the address.
 */
export default function ViewsPage() {
  const { asAt } = useAsAt();
  const listed = useViews();
  const views = listed.map((c) => c.view);
  const tags = useCatalogueTags();
  const indicators = useOrderedIndicators();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState('');
  const formId = useId();

  const save = (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    const others = views.filter((v) => v.id !== draft.id).map((v) => v.id);
    const base =
      draft.id === null
        ? newView(draft.title, draft.audience, draft.tags, draft.picked, others)
        : {
            ...views.find((v) => v.id === draft.id)!,
            title: draft.title.trim() || 'Untitled view',
            audience: draft.audience.trim(),
            tags: draft.tags,
            indicatorIds: draft.picked,
          };
    viewSaved(withRagRule(base, draft.twoTest));
    setMessage(`Saved the view "${base.title}".`);
    setDraft(null);
  };

  const issue = (view: ScorecardView) => {
    if (asAt === null) return;
    const issued = issueView(view, asAt, new Date().toISOString());
    viewSaved(issued);
    setMessage(`"${view.title}": ${viewStatusWords(issued.status, formatMonthLong, formatDay)}.`);
  };

  return (
    <>
      <title>{TITLE}</title>
      <h1>Views</h1>
      <p className="lede">
        A view is a scorecard for one audience: the board&apos;s key indicators, a child sexual
        exploitation scorecard, the corporate parenting panel&apos;s. It shows the same figures as
        the full scorecard, for its own indicators, on every screen: the scorecard, the RAG
        overview, meeting mode, the pack and the CSV.
      </p>
      <p role="status" className="views__message">
        {message}
      </p>
      {views.length === 0 ? (
        <StatusPanel state="empty" title="No views yet">
          <p>
            Make one from the catalogue&apos;s tags
            {tags.length > 0 ? ` (${tags.join(', ')})` : ' (a catalogue with a tags column)'}, or by
            picking indicators.
          </p>
        </StatusPanel>
      ) : (
        <table className="views__table">
          <caption className="visually-hidden">Your views</caption>
          <thead>
            <tr>
              <th scope="col">View</th>
              <th scope="col">For</th>
              <th scope="col">Indicators</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {listed.map(({ view: v, ids }) => {
              const count = ids.length;
              const open = `/?${new URLSearchParams({ [VIEW_PARAM]: v.id })}`;
              return (
                <tr key={v.id}>
                  <th scope="row">
                    <Link to={open}>{v.title}</Link>
                  </th>
                  <td>{v.audience || '–'}</td>
                  <td>{count}</td>
                  <td>{viewStatusWords(v.status, formatMonthLong, formatDay)}</td>
                  <td className="views__actions">
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={asAt === null}
                      onClick={() => issue(v)}
                    >
                      Issue as it stands{asAt ? ` (${formatMonthLong(asAt)})` : ''}
                      <span className="visually-hidden">: {v.title}</span>
                    </button>
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() =>
                        setDraft({
                          id: v.id,
                          title: v.title,
                          audience: v.audience,
                          tags: v.tags,
                          picked: v.indicatorIds,
                          twoTest: v.ragRule === 'two_test',
                        })
                      }
                    >
                      Change<span className="visually-hidden"> {v.title}</span>
                    </button>
                    <button
                      type="button"
                      className="button button--warning"
                      onClick={() => {
                        viewRemoved(v.id);
                        setMessage(`Deleted the view "${v.title}". Its indicators are untouched.`);
                      }}
                    >
                      Delete<span className="visually-hidden"> {v.title}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {draft === null ? (
        <button type="button" className="button" onClick={() => setDraft(blank)}>
          Make a view
        </button>
      ) : (
        <form className="views__form" aria-labelledby={`${formId}-h`} onSubmit={save}>
          <h2 id={`${formId}-h`}>{draft.id === null ? 'Make a view' : 'Change the view'}</h2>
          <div className="field">
            <label htmlFor={`${formId}-title`}>Title</label>
            <input
              id={`${formId}-title`}
              required
              value={draft.title}
              onChange={(e) => setDraft({ ...draft, title: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${formId}-aud`}>For (audience)</label>
            <input
              id={`${formId}-aud`}
              value={draft.audience}
              onChange={(e) => setDraft({ ...draft, audience: e.target.value })}
            />
          </div>
          <div className="field field--checkbox">
            <input
              id={`${formId}-rule`}
              type="checkbox"
              checked={draft.twoTest}
              onChange={(e) => setDraft({ ...draft, twoTest: e.target.checked })}
            />
            <label htmlFor={`${formId}-rule`}>
              Rate on the board&apos;s two tests: Green when a figure meets both its local target
              and England&apos;s average, Amber when it meets one, Red when neither
            </label>
          </div>
          {tags.length > 0 ? (
            <fieldset>
              <legend>Indicators tagged</legend>
              {tags.map((t) => (
                <label key={t} className="checkbox">
                  <input
                    type="checkbox"
                    checked={draft.tags.includes(t)}
                    onChange={() => setDraft({ ...draft, tags: toggle(draft.tags, t) })}
                  />{' '}
                  {t}
                </label>
              ))}
            </fieldset>
          ) : null}
          <fieldset className="views__pick">
            <legend>Indicators picked (in the order you tick them)</legend>
            {indicators.map((i) => (
              <label key={i.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={draft.picked.includes(i.id)}
                  onChange={() => setDraft({ ...draft, picked: toggle(draft.picked, i.id) })}
                />{' '}
                {i.id} {i.name}
              </label>
            ))}
          </fieldset>
          <div className="button-group">
            <button type="submit" className="button">
              Save the view
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setDraft(null)}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
    </>
  );
}
