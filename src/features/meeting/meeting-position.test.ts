import { describe, expect, it } from 'vitest';
import { meetingPath, meetingPosition } from './meeting-position';

const order = ['2.1', '2.2', '2.3', '6.9', '6.10'];

describe('meetingPosition', () => {
  it.each([
    ['first: no previous', '2.1', 0, null, '2.2'],
    ['middle', '2.2', 1, '2.1', '2.3'],
    ['natural order kept as given (6.9 before 6.10)', '6.9', 3, '2.3', '6.10'],
    ['last: no next, it does not wrap', '6.10', 4, '6.9', null],
    ['unknown id: no neighbours', '9.9', -1, null, null],
  ])('%s', (_case, id, index, previousId, nextId) => {
    expect(meetingPosition(order, id)).toEqual({ index, total: 5, previousId, nextId });
  });

  it('a single indicator has no neighbours', () => {
    expect(meetingPosition(['2.1'], '2.1')).toEqual({
      index: 0,
      total: 1,
      previousId: null,
      nextId: null,
    });
  });
});

describe('meetingPath', () => {
  it.each([
    ['2.1', '/meeting/2.1'],
    ['6.2a', '/meeting/6.2a'],
    ['A/B 1', '/meeting/A%2FB%201'],
  ])('%s -> %s', (id, path) => {
    expect(meetingPath(id)).toBe(path);
  });
});
