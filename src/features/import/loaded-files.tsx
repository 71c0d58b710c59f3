import { formatDayTime } from '@/domain/dates';
import { importRemoved, importUndone, useWorkspaceStore } from '@/state/workspace-store';
import { KIND_WORDS } from '@/domain/import/recognise';

const when = formatDayTime;

/**
 * The files in the workspace, newest first, each removable (its values go, the values it replaced
 * come back), and the undo of the last step. `onAnnounce` receives a sentence for the live region.
 */
export function LoadedFiles({ onAnnounce }: { onAnnounce: (message: string) => void }) {
  const imports = useWorkspaceStore((s) => s.workspace.imports);
  const isExample = useWorkspaceStore((s) => s.workspace.isExample);
  const history = useWorkspaceStore((s) => s.history);
  const last = history[history.length - 1];
  return (
    <section aria-labelledby="loaded-heading" className="loaded">
      <h2 id="loaded-heading">Loaded files</h2>
      {last ? (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              importUndone();
              onAnnounce(`Undone: ${last.description}.`);
            }}
          >
            Undo: {last.description}
          </button>
        </p>
      ) : null}
      {imports.length === 0 ? (
        <p>
          {isExample
            ? 'The example is open: no files of yours are loaded yet.'
            : 'No files loaded yet.'}
        </p>
      ) : (
        <>
          {isExample ? (
            <p>
              The example is open: these are its files. Importing your own files replaces the
              example (you can undo that).
            </p>
          ) : null}
          <ul className="loaded-files">
            {[...imports].reverse().map((r) => (
              <li key={r.id}>
                <span>
                  <strong>{r.file}</strong> – {KIND_WORDS[r.kind]},{' '}
                  {r.rowsAccepted.toLocaleString('en-GB')} {r.rowsAccepted === 1 ? 'row' : 'rows'},
                  imported {when(r.importedAt)}
                </span>{' '}
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => {
                    importRemoved(r.id);
                    onAnnounce(
                      `Removed ${r.file}. Its values are gone and any values it replaced are back.`,
                    );
                  }}
                  aria-label={`Remove ${r.file}`}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
