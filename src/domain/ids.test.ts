import { describe, expect, it } from 'vitest';
import { compareIds, idFromPathSegment, idPathSegment, indicatorPath } from '@/domain/ids';

describe('compareIds sorts ids as dotted versions, never as floats', () => {
  it.each([
    ['6.9', '6.10'],
    ['6.10', '6.11'],
    ['6.2a', '6.2b'],
    ['6.2b', '6.3'],
    ['9.2', '10.1'],
    ['2.1', '2.1.1'],
    ['7.1', '7.14'],
  ])('%s comes before %s', (a, b) => {
    expect(compareIds(a, b)).toBeLessThan(0);
    expect(compareIds(b, a)).toBeGreaterThan(0);
  });

  it('sorts the 2015 ids in report order', () => {
    const ids = ['6.10', '6.1', '6.2b', '6.9', '6.2a', '12.1', '6.14', '6.3'];
    expect([...ids].sort(compareIds)).toEqual([
      '6.1',
      '6.2a',
      '6.2b',
      '6.3',
      '6.9',
      '6.10',
      '6.14',
      '12.1',
    ]);
  });
});

describe('ids in addresses: every id opens its own page', () => {
  it.each<[string, string]>([
    ['2.8', '2.8'],
    ['6.2a', '6.2a'],
    ['..', '~..'],
    ['.', '~.'],
    ['a/b', 'a%2Fb'],
    ['?', '%3F'],
    ['#1', '%231'],
    ['~..', '~~..'],
    ['a~b', 'a~~b'],
    ['100%', '100%25'],
  ])('%j is written %j and read back', (id, segment) => {
    expect(idPathSegment(id)).toBe(segment);
    // the router percent-decodes the segment before the page reads it
    expect(idFromPathSegment(decodeURIComponent(segment))).toBe(id);
    expect(new URL(indicatorPath(id), 'http://x').pathname).toBe(`/indicator/${segment}`);
  });
});
