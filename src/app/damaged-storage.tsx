import { useId, useState, type ChangeEvent } from 'react';
import type { WorkspaceData } from '@/domain/types';
import { openExample } from '@/data/workspace-query';
import { setDamagedAside, storedRecordsText } from '@/data/persistence';
import { downloadText, readWorkspaceFile } from '@/data/workspace-file';
import { isoDay } from '@/domain/dates';
import { StatusPanel } from '@/components/status-panel';

/**
 * The stored workspace could not be read. Says why, offers it as a download, and saves nothing
 * until the user chooses: start again with the example, or restore from a workspace file. Either
 * way the unreadable records are first set aside (kept, never overwritten).
 */
export function DamagedStorage({
  reason,
  onChosen,
}: {
  reason: string;
  onChosen: (workspace: WorkspaceData, note: string) => void;
}) {
  const inputId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const download = async () => {
    const text = await storedRecordsText();
    if (!text.ok) return setProblem(text.reason);
    downloadText(text.data, `unreadable-workspace-${isoDay(new Date())}.json`);
  };

  const choose = async (workspace: WorkspaceData, note: string) => {
    const aside = await setDamagedAside(reason);
    if (!aside.ok) {
      setBusy(false);
      return setProblem(aside.reason);
    }
    onChosen(workspace, note);
  };

  const startAgain = async () => {
    setBusy(true);
    await choose(
      await openExample(),
      'The unreadable workspace is kept aside in this browser; the example is open.',
    );
  };

  const restore = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    const result = readWorkspaceFile(text);
    if (!result.ok) return setProblem(`${file.name} was not restored. ${result.reason}`);
    setBusy(true);
    await choose(
      result.data,
      `Restored ${file.name}. The unreadable workspace is kept aside in this browser.`,
    );
  };

  return (
    <StatusPanel state="error" title="Your saved workspace could not be read">
      <p>{reason}</p>
      <p>
        It has been left exactly as it was: nothing will be saved over it until you choose what to
        do. Download it to keep a copy (or to send to whoever looks after this app).
      </p>
      <div className="button-group">
        <button type="button" className="button" onClick={() => void download()}>
          Download the unreadable workspace
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => void startAgain()}
        >
          Start again with the example
        </button>
        <div className="field field--file">
          <label htmlFor={inputId}>Restore from a workspace file</label>
          <input
            id={inputId}
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => void restore(e)}
          />
        </div>
      </div>
      <div role="alert">{problem ? <p className="error-text">{problem}</p> : null}</div>
    </StatusPanel>
  );
}
