import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveResult } from '@/data/persistence';
import { emptyWorkspace } from '@/domain/workspace';
import {
  commentarySaved,
  useWorkspaceStore,
  workspaceLoaded,
  workspaceStoreReset,
} from '@/state/workspace-store';
import { startPersistence } from '@/app/persist-workspace';

/** Each save the app starts, in order; the test says when each one ends. */
const saves: { commentary: number; finish: (result: SaveResult) => void }[] = [];

vi.mock('@/data/persistence', () => ({
  saveWorkspaceState: vi.fn(
    (workspace: { commentary: unknown[] }) =>
      new Promise<SaveResult>((finish) => {
        saves.push({ commentary: workspace.commentary.length, finish });
      }),
  ),
  loadSavedWorkspace: vi.fn(() => Promise.resolve({ kind: 'empty' })),
  onSavedElsewhere: vi.fn(() => () => {}),
}));

/** What the browser does when the user reloads or closes: true when the page asks first. */
function pageAsksBeforeLeaving(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let stop: () => void;
beforeEach(() => {
  saves.length = 0;
  workspaceStoreReset();
  stop = startPersistence(window);
});
afterEach(() => {
  stop();
  workspaceStoreReset();
});

describe('leaving the page while a change is being saved', () => {
  it('does not ask when nothing is being saved', () => {
    expect(pageAsksBeforeLeaving()).toBe(false);
  });

  it('asks while a save runs, and no longer once it has finished', async () => {
    workspaceLoaded(emptyWorkspace());
    expect(saves).toHaveLength(1);
    expect(pageAsksBeforeLeaving()).toBe(true);

    saves[0]?.finish({ ok: true, revision: 1 });
    await settle();
    expect(pageAsksBeforeLeaving()).toBe(false);
  });

  it('a change made during a save is saved at once after it, and the page asks until that one ends', async () => {
    workspaceLoaded(emptyWorkspace());
    commentarySaved('2.8', '2015-12', 'First note');
    commentarySaved('2.8', '2015-11', 'Second note');
    // One save runs; the two changes wait as one.
    expect(saves).toHaveLength(1);

    saves[0]?.finish({ ok: true, revision: 1 });
    await settle();
    // The waiting save started straight away, with the newest workspace (both notes).
    expect(saves).toHaveLength(2);
    expect(saves[1]?.commentary).toBe(2);
    expect(pageAsksBeforeLeaving()).toBe(true);

    saves[1]?.finish({ ok: true, revision: 2 });
    await settle();
    expect(saves).toHaveLength(2);
    expect(pageAsksBeforeLeaving()).toBe(false);
  });

  it('a save that fails (storage full) ends the asking: the problem is shown instead', async () => {
    workspaceLoaded(emptyWorkspace());
    saves[0]?.finish({ ok: false, conflict: false, reason: 'The browser storage is full.' });
    await settle();
    expect(pageAsksBeforeLeaving()).toBe(false);
    expect(useWorkspaceStore.getState().storageProblem).toMatch(/^The browser storage is full\./);
  });

  it('stops asking once persistence is stopped', () => {
    workspaceLoaded(emptyWorkspace());
    stop();
    expect(pageAsksBeforeLeaving()).toBe(false);
  });
});
