import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile, parseText } from '@/domain/import/parse-file';
import type { ParsedFile } from '@/domain/types';

const at = '2026-04-01T09:00:00.000Z';
const load = (name: string): ParsedFile =>
  parseFile(
    name,
    new Uint8Array(readFileSync(resolve(process.cwd(), 'fixtures/national', name))),
    at,
  );
const codes = (p: ParsedFile) =>
  p.problems.map((x) => `${x.severity} ${x.code} ${x.line} ${x.column}`);

describe('the two published statistical-neighbour lists', () => {
  it.each([
    [
      'New_Statistical_Neighbour_Groupings_April_2021.csv',
      // 152 authorities, then an "Old SNs:" line and the 4 authorities before reorganisation
      156,
      'Yorkshire and the Humber',
      ['371', '359', '332', '357', '370', '894', '813', '807', '812', '384'],
      ['warning note-row 155 '],
    ],
    [
      'sn_model_2025_wide.csv',
      153,
      'Yorkshire and The Humber',
      ['370', '357', '371', '384', '894', '332', '807', '394', '390', '840'],
      [],
    ],
  ])(
    '%s: %i authorities; Rotherham (372) and its ten neighbours, closest first',
    (name, count, region, neighbours, problems) => {
      const p = load(name);
      expect(p.kind).toBe('neighbours');
      expect(codes(p)).toEqual(problems);
      const list = p.neighbours!;
      expect(list.file).toBe(name);
      expect(list.las).toHaveLength(count);
      expect(p.rowsAccepted).toBe(count);
      expect(list.las.find((l) => l.code === '372')).toEqual({
        code: '372',
        name: 'Rotherham',
        region,
        neighbours,
      });
      expect(list.las.every((l) => /^\d{3}$/.test(l.code) && l.neighbours.length === 10)).toBe(
        true,
      );
      expect(new Set(list.las.map((l) => l.code)).size).toBe(count);
    },
  );
});

const HEAD_2021 =
  'LA num,LA Name,LA number,GOInd,GOReg,SN1,SNP,SN2,SNP,SN3,SNP,SN4,SNP,SN5,SNP,SN6,SNP,SN7,SNP,SN8,SNP,SN9,SNP,SN10,SNP,';
const HEAD_2025 =
  'old_la_code,la_name,region_ind,region_name,' +
  Array.from({ length: 10 }, (_, i) => `SN_${i + 1},SN_${i + 1}P`).join(',');
/** A 2025-layout row: code, name and ten neighbours (closeness "Close"). */
const row = (code: string, name: string, ns: string[]) =>
  `${code},${name},9,Yorkshire and The Humber,` +
  Array.from({ length: 10 }, (_, i) => `${ns[i] ?? ''},${ns[i] ? 'Close' : ''}`).join(',');
const TEN = ['370', '357', '371', '384', '894', '332', '807', '394', '390', '840'];
/** Every code of TEN listed, so a neighbour is known unless a case says otherwise. */
const others = TEN.map((c) => row(c, `LA ${c}`, ['372', ...TEN.filter((x) => x !== c)]));
const list = (...rows: string[]) =>
  parseText('sn.csv', [HEAD_2025, row('372', 'Rotherham', TEN), ...others, ...rows].join('\n'), at);

describe('problems in a neighbour list, each at its line and column; good rows kept', () => {
  it('a well-formed list has no problems', () => {
    const p = list();
    expect(p.problems).toEqual([]);
    expect(p.neighbours!.las).toHaveLength(11);
  });

  it.each<[string, string, string[], string[] | null]>([
    [
      'a code that is not 3 digits',
      row('37', 'Short', TEN),
      ['error invalid-la-code 13 old_la_code'],
      null,
    ],
    [
      'a code with letters',
      row('E08', 'Letters', TEN),
      ['error invalid-la-code 13 old_la_code'],
      null,
    ],
    ['a code listed twice', row('372', 'Again', TEN), ['error duplicate-la 13 old_la_code'], null],
    [
      'fewer than ten neighbours',
      row('373', 'Sheffield', TEN.slice(0, 8)),
      ['warning few-neighbours 13 SN_9'],
      TEN.slice(0, 8),
    ],
    [
      'a neighbour code that is not 3 digits',
      row('373', 'Sheffield', [...TEN.slice(0, 9), '8400']),
      ['error invalid-neighbour 13 SN_10'],
      TEN.slice(0, 9),
    ],
    [
      'a neighbour that is not in the list',
      row('373', 'Sheffield', ['999', ...TEN.slice(1)]),
      ['warning unknown-neighbour 13 SN_1'],
      ['999', ...TEN.slice(1)],
    ],
  ])('%s', (_case, bad, problems, kept) => {
    const p = list(bad, row('375', 'Good', TEN));
    expect(codes(p)).toEqual(problems);
    expect(p.rowsRead).toBe(13);
    const sheffield = p.neighbours!.las.find((l) => l.code === '373');
    if (kept) expect(sheffield?.neighbours).toEqual(kept);
    else expect(p.neighbours!.las.map((l) => l.code)).toEqual(['372', ...TEN, '375']);
  });

  it('the 2021 layout: repeated SNP headers and a trailing empty column raise no warning', () => {
    const p = parseText(
      'sn2021.csv',
      [
        HEAD_2021,
        `372,Rotherham,372,9,Yorkshire and the Humber,${TEN.map((c) => `${c},Very Close`).join(',')},`,
      ].join('\n'),
      at,
    );
    expect(p.kind).toBe('neighbours');
    expect(codes(p)).toEqual(TEN.map((_c, i) => `warning unknown-neighbour 2 SN${i + 1}`));
    expect(p.neighbours!.las[0]).toEqual({
      code: '372',
      name: 'Rotherham',
      region: 'Yorkshire and the Humber',
      neighbours: TEN,
    });
  });

  it('a list without SN9 and SN10 columns says so once', () => {
    const head = HEAD_2025.split(',').slice(0, 20).join(',');
    const p = parseText(
      'sn.csv',
      `${head}\n${row('372', 'Rotherham', TEN).split(',').slice(0, 20).join(',')}`,
      at,
    );
    expect(codes(p).filter((c) => !c.includes('unknown-neighbour'))).toEqual([
      'warning missing-column 1 ',
    ]);
    expect(p.problems[0]?.message).toMatch(/9, 10/);
    expect(p.neighbours!.las[0]?.neighbours).toEqual(TEN.slice(0, 8));
  });
});
