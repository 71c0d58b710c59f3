import { describe, expect, it } from 'vitest';
import { cssString, printOneHref, readPackAddress, withParam } from './pack-address';

describe('readPackAddress: the pack as chosen, from its address', () => {
  it.each<[string, object]>([
    ['', { scope: 'all', leftOut: [], only: null, compare: null, marking: null, print: false }],
    [
      'show=exceptions&leave=CASELOAD&leave=CIN&compare=2015-09&marking=OFFICIAL-SENSITIVE',
      {
        scope: 'exceptions',
        leftOut: ['CASELOAD', 'CIN'],
        only: null,
        compare: '2015-09',
        marking: 'OFFICIAL-SENSITIVE',
        print: false,
      },
    ],
    // Anything else is ignored: an unknown marking, a month that is not one, another "show".
    [
      'show=everything&marking=SECRET&compare=Dec-15&only=2.8&print=1',
      { scope: 'all', leftOut: [], only: '2.8', compare: null, marking: null, print: true },
    ],
  ])('?%s', (search, want) => {
    const a = readPackAddress(new URLSearchParams(search));
    expect({
      scope: a.choice.scope,
      leftOut: [...a.choice.leftOut],
      only: a.choice.only,
      compare: a.compare,
      marking: a.marking,
      print: a.print,
    }).toEqual(want);
  });
});

describe('withParam and printOneHref', () => {
  it('changes one choice and keeps the others (the view too)', () => {
    const p = new URLSearchParams('view=cse&leave=CIN&marking=OFFICIAL');
    expect(withParam(p, 'leave', ['CIN', 'CP']).toString()).toBe(
      'view=cse&marking=OFFICIAL&leave=CIN&leave=CP',
    );
    expect(withParam(p, 'marking', '').toString()).toBe('view=cse&leave=CIN');
    expect(printOneHref(p, 'a/b')).toBe(
      '/pack?view=cse&leave=CIN&marking=OFFICIAL&only=a%2Fb&print=1',
    );
  });
});

describe('cssString: text from the data as a CSS string for the running header', () => {
  it.each([
    ['Safeguarding board', '"Safeguarding board"'],
    ['The "key" set', '"The \\"key\\" set"'],
    ['back\\slash', '"back\\\\slash"'],
    ['two\nlines', '"two lines"'],
    ['</style><script>', '"\\3c /style>\\3c script>"'],
  ])('%s', (text, css) => {
    expect(cssString(text)).toBe(css);
  });
});
