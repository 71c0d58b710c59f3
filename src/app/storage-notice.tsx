import { useWorkspaceStore } from '@/state/workspace-store';

/** Says when this browser could not save or read the workspace, and what to do. */
export function StorageNotice() {
  const problem = useWorkspaceStore((s) => s.storageProblem);
  if (!problem) return null;
  return (
    <div className="banner banner--problem" role="alert">
      <p>{problem}</p>
    </div>
  );
}
