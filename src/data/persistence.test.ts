import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyWorkspace } from '@/domain/workspace';

// jsdom has no IndexedDB: idb-keyval is replaced by a map that can be told to fail.
const saved = new Map<string, unknown>();
let failing: Error | null = null;
vi.mock('idb-keyval', () => ({
  createStore: () => 'store',
  get: async (key: string) => {
    if (failing) throw failing;
    return saved.get(key);
  },
  set: async (key: string, value: unknown) => {
    if (failing) throw failing;
    saved.set(key, structuredClone(value));
  },
  del: async (key: string) => {
    if (failing) throw failing;
    saved.delete(key);
  },
}));

const { clearSavedWorkspace, loadHistory, loadWorkspace, saveHistory, saveWorkspace } =
  await import('@/data/persistence');

beforeEach(() => {
  saved.clear();
  failing = null;
});

describe('persistence in IndexedDB', () => {
  it('reads nothing on first run, then what was saved', async () => {
    expect(await loadWorkspace()).toEqual({ ok: true, data: null });
    const ws = {
      ...emptyWorkspace('Mine'),
      commentary: [{ indicatorId: '2.1', month: '2015-12', text: 'x', updatedAt: 't' }],
    };
    expect(await saveWorkspace(ws)).toEqual({ ok: true, data: null });
    expect(await loadWorkspace()).toEqual({ ok: true, data: ws });
    await clearSavedWorkspace();
    expect(await loadWorkspace()).toEqual({ ok: true, data: null });
  });

  it('keeps the undo history apart, and forgets it with the workspace', async () => {
    expect(await loadHistory()).toEqual([]);
    const history = [{ description: 'Import of a.csv', before: emptyWorkspace('Before') }];
    await saveWorkspace(emptyWorkspace('Mine'));
    expect(await saveHistory(history)).toEqual({ ok: true, data: null });
    expect(await loadHistory()).toEqual(history);
    await clearSavedWorkspace();
    expect(await loadHistory()).toEqual([]);
  });

  it('drops undo steps it cannot read, keeping the rest', async () => {
    saved.set('history', [
      { description: 'Import of a.csv', before: emptyWorkspace('A') },
      { description: 'Broken', before: { version: 1 } },
      'junk',
      { before: emptyWorkspace('no description') },
    ]);
    expect((await loadHistory()).map((h) => h.description)).toEqual(['Import of a.csv']);
    saved.set('history', { not: 'a list' });
    expect(await loadHistory()).toEqual([]);
    failing = new Error('SecurityError');
    expect(await loadHistory()).toEqual([]);
  });

  it('reports a damaged saved workspace as a value', async () => {
    saved.set('current', { version: 1, label: 'x' });
    const result = await loadWorkspace();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/saved workspace is damaged/);
  });

  it.each([
    ['load', () => loadWorkspace(), /could not be read \(QuotaExceededError\)/],
    [
      'save',
      () => saveWorkspace(emptyWorkspace()),
      /could not be saved in this browser \(QuotaExceededError\)/,
    ],
  ])('turns a storage failure on %s into a sentence', async (_what, run, reason) => {
    failing = new Error('QuotaExceededError');
    const result = await run();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
