import { describe, expect, it } from 'vitest';
import { WORKSPACE_LISTS } from '@/data/schema/workspace-lists';
import { LIST_ITEM_SCHEMAS } from '@/data/schema/workspace-schema';

describe('the saved lists, named once for saving and checked when read', () => {
  it('the schemas check exactly the lists a save writes, in the same order', () => {
    expect(Object.keys(LIST_ITEM_SCHEMAS)).toEqual([...WORKSPACE_LISTS]);
  });
});
