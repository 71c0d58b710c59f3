import { useId, useState, type ChangeEvent } from 'react';
import { importUndone, useWorkspaceStore, workspaceRestored } from '@/state/workspace-store';

type Message = { kind: 'done' | 'problem'; text: string } | null;

/** Export and restore load their code when first used: a first visit needs neither. */
const workspaceFile = () => import('@/data/workspace-file');

/**
 * Export the whole workspace to one JSON file, and restore it from such a file. A file that is not
 * a valid export is refused with a sentence saying why; a restore can be undone.
 */
export function WorkspaceFileControls() {
  const inputId = useId();
  const [message, setMessage] = useState<Message>(null);
  const [canUndo, setCanUndo] = useState(false);

  const onExport = async () => {
    const { downloadWorkspace } = await workspaceFile();
    downloadWorkspace(useWorkspaceStore.getState().workspace);
    setCanUndo(false);
    setMessage({ kind: 'done', text: 'The workspace file has been offered for download.' });
  };

  const onRestore = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const [text, { readWorkspaceFile }] = await Promise.all([file.text(), workspaceFile()]);
    input.value = '';
    const result = readWorkspaceFile(text);
    if (!result.ok) {
      setCanUndo(false);
      setMessage({ kind: 'problem', text: `${file.name} was not restored. ${result.reason}` });
      return;
    }
    workspaceRestored(result.data);
    setCanUndo(true);
    setMessage({
      kind: 'done',
      text: `Restored ${file.name}: ${result.data.indicators.length} indicators, ${result.data.observations.length} values.`,
    });
  };

  return (
    <section className="workspace-file" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>Keep a copy of your workspace</h2>
      <p>
        Your data is saved in this browser only. Export it to one file to keep a copy or move it to
        another computer, and restore it from that file later.
      </p>
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={() => void onExport()}>
          Export workspace
        </button>
        <div className="field field--file">
          <label htmlFor={inputId}>Restore from a workspace file</label>
          <input
            id={inputId}
            type="file"
            accept=".json,application/json"
            onChange={(e) => void onRestore(e)}
          />
        </div>
      </div>
      <div
        role={message?.kind === 'problem' ? 'alert' : 'status'}
        className="workspace-file__message"
      >
        {message ? (
          <p className={message.kind === 'problem' ? 'error-text' : undefined}>{message.text}</p>
        ) : null}
        {message && canUndo ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              importUndone();
              setCanUndo(false);
              setMessage({ kind: 'done', text: 'The restore was undone.' });
            }}
          >
            Undo the restore
          </button>
        ) : null}
      </div>
    </section>
  );
}
