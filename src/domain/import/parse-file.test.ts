import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile, parseText } from '@/domain/import/parse-file';
import type { ParsedFile } from '@/domain/types';

const at = '2016-01-18T09:00:00.000Z';
const bytes = (name: string) =>
  new Uint8Array(readFileSync(resolve(process.cwd(), 'fixtures', name)));
const load = (name: string): ParsedFile => parseFile(name, bytes(name), at);
const codes = (p: ParsedFile) =>
  p.problems.map((x) => `${x.severity} ${x.code} ${x.line} ${x.column}`);

describe('recognition by header row', () => {
  it.each([
    ['scorecard-2015-12.csv', 'scorecard'],
    ['catalogue-2015.csv', 'catalogue'],
    ['detail-monthly-2015.csv', 'monthly-long'],
    ['edge/wide-2015.csv', 'monthly-wide'],
    ['benchmarks-2015.csv', 'benchmarks'],
    ['population-2015.csv', 'population'],
    ['edge/semicolon.csv', 'monthly-long'],
    ['edge/bom-crlf.csv', 'scorecard'],
    ['national/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 'national'],
    ['national/tidy-edge.csv', 'national'],
    ['national/New_Statistical_Neighbour_Groupings_April_2021.csv', 'neighbours'],
    ['national/sn_model_2025_wide.csv', 'neighbours'],
  ])('%s is a %s file', (name, kind) => {
    const p = load(name);
    expect(p.kind).toBe(kind);
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('says which headers it expected when it cannot recognise a file', () => {
    const p = parseText('notes.csv', 'Team,Manager\nDuty,Ann\n', at);
    expect(p.kind).toBe('unknown');
    expect(p.problems[0]).toMatchObject({ code: 'unknown-kind', line: 1 });
    expect(p.problems[0]?.message).toMatch(/Team, Manager.*Expected a scorecard sheet/);
  });

  it('reports an empty file', () => {
    expect(parseText('empty.csv', '  \n', at).problems[0]?.code).toBe('empty-file');
  });
});

describe('the December 2015 summary sheet', () => {
  const p = load('scorecard-2015-12.csv');
  const ind = (id: string) => p.indicators.find((i) => i.id === id)!;

  it('reads all 75 indicators with their polarity, unit and targets', () => {
    expect(p.rowsAccepted).toBe(75);
    expect(p.indicators).toHaveLength(75);
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(ind('2.1')).toMatchObject({
      polarity: 'neutral',
      unit: 'count',
      ytd: 'sum',
      section: 'CONTACT & REFERRAL (MASH)',
    });
    expect(ind('2.5')).toMatchObject({ polarity: 'high', unit: 'percent', ytd: 'ratio' });
    expect(ind('2.5').target).toMatchObject({
      form: 'threshold',
      red: 83,
      green: 86,
      higherIsBetter: true,
    });
    expect(ind('11.4')).toMatchObject({
      polarity: 'range',
      target: { form: 'range', low: 16, high: 22 },
    });
    expect(ind('2.3').target.form).toBe('tbc');
  });

  it('rates on YTD where the Red cell or the RAG cell says so', () => {
    for (const id of ['6.7', '6.11', '7.5', '7.7', '10.1', '10.2', '10.3'])
      expect(ind(id).ragBasis).toBe('ytd');
    expect(ind('7.6').ragBasis).toBe('month');
  });

  it('keeps months, annual outturns, YTD, printed DOT/RAG and benchmarks', () => {
    const dec = p.observations.find((o) => o.indicatorId === '6.10' && o.period === '2015-12');
    const nov = p.observations.find((o) => o.indicatorId === '6.10' && o.period === '2015-11');
    expect(dec).toMatchObject({ value: 0.3, decimals: 1, raw: '0.3%' });
    expect(nov).toMatchObject({ value: 0.27, decimals: 2 });
    expect(
      p.observations.find((o) => o.indicatorId === '2.1' && o.period === '2014/15')?.value,
    ).toBe(10517);
    expect(p.importedYtd.find((y) => y.indicatorId === '2.1')).toMatchObject({
      month: '2015-12',
      value: 8727,
    });
    expect(p.printed.find((x) => x.indicatorId === '12.1')).toMatchObject({
      dot: '↑',
      rag: 'Yellow',
    });
    expect(
      p.benchmarks.find((b) => b.indicatorId === '6.9' && b.benchmark === 'sn_avg'),
    ).toMatchObject({ value: 16.1, period: '2014/15' });
  });
});

describe('problems: file, line, column and what to do; good rows kept', () => {
  it('a bad number reports its line and column and imports the rest', () => {
    const p = load('edge/bad-number.csv');
    expect(codes(p)).toEqual(['error invalid-number 4 value']);
    expect(p.problems[0]?.message).toMatch(/Line 4, column "value": "4o.2" is not a number/);
    expect(p.observations).toHaveLength(5);
    expect(p.rowsAccepted).toBe(5);
  });

  it('an unknown column is ignored with a warning', () => {
    const p = load('edge/unknown-column.csv');
    expect(codes(p)).toEqual(['warning unknown-column 1 Team']);
    expect(p.observations).toHaveLength(2);
  });

  it('a month twice in a wide file: warned, the later column wins', () => {
    const p = load('edge/duplicate-month.csv');
    expect(codes(p)).toEqual(['warning duplicate-period 1 Dec-15']);
    expect(p.problems[0]?.message).toMatch(
      /"Dec-15" and "December 2015" are the same period; the later one, "December 2015", was used/,
    );
    expect(
      p.observations.find((o) => o.indicatorId === '2.1' && o.period === '2015-12')?.value,
    ).toBe(1045);
  });

  it('a month twice in a long file: warned, the later line wins', () => {
    const p = parseText(
      'd.csv',
      'indicator_id,period,value\n2.1,Dec-15,1041\n2.1,2015-12,1052\n',
      at,
    );
    expect(codes(p)).toEqual(['warning duplicate-period 3 period']);
    expect(p.observations.map((o) => o.value)).toEqual([1052]);
  });

  it('an unreadable target is reported with its text; the row is still imported', () => {
    const p = load('edge/unreadable-target.csv');
    expect(codes(p)).toEqual(['error unreadable-target 2 Red']);
    expect(p.problems[0]?.message).toContain('around eighty-ish');
    expect(p.indicators.map((i) => i.id)).toEqual(['2.5', '2.6']);
    expect(p.indicators[0]?.target.form).toBe('invalid');
  });

  it('hostile headers cannot reach an object prototype', () => {
    const p = load('edge/hostile-headers.csv');
    expect(p.kind).toBe('monthly-long');
    expect(p.observations.map((o) => [o.indicatorId, o.value])).toEqual([
      ['2.1', 1041],
      ['2.2', 485],
    ]);
    expect(codes(p)).toEqual([
      'warning unknown-column 1 __proto__',
      'warning unknown-column 1 constructor',
      'warning unknown-column 1 toString',
    ]);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it.each([
    [
      'invalid-period',
      'indicator_id,period,value\n2.1,Decembre,5\n',
      'error invalid-period 2 period',
    ],
    ['missing-id', 'indicator_id,period,value\n,2015-12,5\n', 'error missing-id 2 indicator_id'],
    [
      'invalid-polarity',
      'id,name,polarity,unit\n2.1,Contacts,sideways,count\n',
      'error invalid-polarity 2 polarity',
    ],
    [
      'invalid-unit',
      'id,name,polarity,unit\n2.1,Contacts,high,furlongs\n',
      'error invalid-unit 2 unit',
    ],
    [
      'invalid-benchmark',
      'indicator_id,benchmark,period,value\n2.1,best_guess,2014/15,5\n',
      'error invalid-benchmark 2 benchmark',
    ],
    [
      'duplicate-indicator',
      'No.,Indicator,Good perf is,Dec-15\n2.1,A,High,5\n2.1,B,High,6\n',
      'error duplicate-indicator 3 No.',
    ],
    ['no-rows', 'indicator_id,period,value\n', 'error no-rows 0 '],
  ])('%s', (_code, text, expected) => {
    expect(codes(parseText('f.csv', text, at))).toContain(expected);
  });

  it('a no-value marker is not an error', () => {
    const p = parseText(
      'm.csv',
      'indicator_id,period,value\n2.1,2015-10,n/a\n2.1,2015-11,c\n2.1,2015-12,-\n',
      at,
    );
    expect(p.problems).toEqual([]);
    expect(p.observations).toEqual([]);
  });

  it('computes a value from numerator and denominator', () => {
    const p = load('edge/semicolon.csv');
    expect(p.observations.find((o) => o.indicatorId === '6.9')).toMatchObject({
      value: 12.1,
      numerator: 69,
      denominator: 568,
    });
  });

  it('counts line numbers across quoted cells that span lines', () => {
    const p = parseText(
      'q.csv',
      'indicator_id,period,value,note\n2.1,2015-11,5,"two\nlines"\n2.1,2015-12,x1,\n',
      at,
    );
    expect(codes(p)).toEqual(['error invalid-number 4 value']);
  });
});

describe('from bytes to rows', () => {
  it('reads a Windows-1252 sheet with its names intact', () => {
    const p = load('edge/windows-1252.csv');
    expect(p.indicators[0]?.name).toBe('Children’s centre reach (£ per child)');
    expect(p.indicators[0]?.section).toBe('EARLY HELP – café');
  });

  it('reads a UTF-8 file with a BOM and CRLF line ends like any other', () => {
    const text = 'indicator_id,period,value\r\n2.1,Dec-15,1041\r\n2.2,Dec-15,4x5\r\n';
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const p = parseFile('bom.csv', withBom, at);
    expect(p.kind).toBe('monthly-long');
    expect(codes(p)).toEqual(['error invalid-number 3 value']);
    expect(p.observations[0]).toMatchObject({ indicatorId: '2.1', period: '2015-12', value: 1041 });
  });

  it('reports a quote that is never closed, at the line it opens', () => {
    const p = parseText(
      'q.csv',
      'indicator_id,period,value,note\n2.1,2015-11,5,ok\n2.1,2015-12,6,"never closed\n2.2,2015-12,7,\n',
      at,
    );
    expect(codes(p)).toContain('error malformed-csv 3 ');
    // line 3 is left out; line 4 is read on its own rather than swallowed into line 3's note
    expect(p.observations.map((o) => o.value)).toEqual([5, 7]);
  });

  it('never throws, whatever the bytes', () => {
    const junk = new Uint8Array(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256));
    expect(() => parseFile('junk.bin', junk, at)).not.toThrow();
    expect(parseFile('junk.bin', junk, at).problems.some((x) => x.severity === 'error')).toBe(true);
  });
});

describe('hostile and odd files', () => {
  const HEAD = 'indicator_id,period,value';
  const read = (text: string) => parseText('odd.csv', text, '2016-01-18T09:00:00.000Z');
  const problems = (p: ReturnType<typeof read>) =>
    p.problems.map((x) => `${x.severity} ${x.code} ${x.line}`);
  const values = (p: ReturnType<typeof read>) =>
    p.observations.map((o) => `${o.period} ${o.value}`);

  it('an unclosed quote is reported on the line it opens, and the lines after it are read', () => {
    const p = read(
      [HEAD, '2.1,2015-10,935', '2.1,"2015-11,1029', '2.1,2015-12,1041', '2.8,2015-12,29.3'].join(
        '\n',
      ),
    );
    expect(problems(p)).toEqual(['error malformed-csv 3']);
    expect(p.problems[0]!.message).toContain('never closed');
    expect(values(p)).toEqual(['2015-10 935', '2015-12 1041', '2015-12 29.3']);
    // Four data lines were read; the one left out is not accepted: 3 of 4.
    expect([p.rowsAccepted, p.rowsRead]).toEqual([3, 4]);
  });

  it('a line separated by semicolons in a comma file is named as such, not "" is not a month', () => {
    const p = read([HEAD, '2.1,2015-11,1029', '2.1;2015-12;1041', '2.8,2015-12,29.3'].join('\n'));
    expect(problems(p)).toEqual(['error other-separator 3']);
    expect(p.problems[0]!.message).toBe(
      'Line 3 is separated by semicolons, but the file by commas, so the line was not imported. Save the file again with one separator throughout.',
    );
    expect(values(p)).toEqual(['2015-11 1029', '2015-12 29.3']);
    expect([p.rowsAccepted, p.rowsRead]).toEqual([2, 3]);
  });

  it('extra fields on a line are reported; the line is read from its first columns', () => {
    const p = read([HEAD, '2.1,2015-12,1,041', '2.8,2015-12,29.3,,'].join('\n'));
    expect(problems(p)).toEqual(['warning extra-fields 2']);
    expect(p.problems[0]!.message).toContain('has 4 fields but the header has 3 columns');
    // "1,041" unquoted is read as 1 (the 041 is the extra field the warning names)
    expect(values(p)).toEqual(['2015-12 1', '2015-12 29.3']);
  });
});
