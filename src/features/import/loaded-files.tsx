import { importRemoved, importUndone, useWorkspaceStore } from '@/state/workspace-store';
import { KIND_WORDS } from '@/domain/import/recognise';

const when = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
};

/** The files in the workspace, each removable, and the undo of the last step. */
export function LoadedFiles() {
  const imports = useWorkspaceStore((s) => s.workspace.imports);
  const history = useWorkspaceStore((s) => s.history);
  const last = history[history.length - 1];
  return (
    <section aria-labelledby="loaded-heading">
      <h2 id="loaded-heading">Loaded files</h2>
      {last ? (
        <p>
          <button type="button" className="button button--secondary" onClick={importUndone}>
            Undo: {last.description}
          </button>
        </p>
      ) : null}
      {imports.length === 0 ? (
        <p>No files loaded yet.</p>
      ) : (
        <ul className="loaded-files">
          {[...imports].reverse().map((r) => (
            <li key={r.id}>
              <span>
                <strong>{r.file}</strong> – {KIND_WORDS[r.kind]}, {r.rowsAccepted} rows, imported {when(r.importedAt)}
              </span>{' '}
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => importRemoved(r.id)}
                aria-label={`Remove ${r.file}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
