import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeWindows1252, detectDelimiter } from '@/domain/decode';
import { parseFile } from '@/domain/import/parse-file';

const utf8 = (s: string) => Array.from(new TextEncoder().encode(s));

describe('decodeBytes: UTF-8 with or without BOM, else Windows-1252', () => {
  it.each<[string, number[], string, 'utf-8' | 'windows-1252', boolean]>([
    [
      'UTF-8 with BOM: the BOM is stripped',
      [0xef, 0xbb, 0xbf, 0x61, 0x2c, 0x62],
      'a,b',
      'utf-8',
      true,
    ],
    ['UTF-8 without BOM', utf8('café'), 'café', 'utf-8', false],
    ['UTF-8 arrows as printed in DOT columns', utf8('↑,↓,→'), '↑,↓,→', 'utf-8', false],
    [
      '0xE9 alone is not UTF-8: é in Windows-1252',
      [0x63, 0x61, 0x66, 0xe9],
      'café',
      'windows-1252',
      false,
    ],
    [
      '0x92 is the curly apostrophe, 0xA3 the pound sign',
      [0x43, 0x68, 0x69, 0x6c, 0x64, 0x92, 0x73, 0x20, 0xa3, 0x35],
      'Child’s £5',
      'windows-1252',
      false,
    ],
    ['0x96 is the en dash', [0x41, 0x20, 0x96, 0x20, 0x42], 'A – B', 'windows-1252', false],
    ['0x80 is the euro sign', [0x80, 0x31], '€1', 'windows-1252', false],
    ['an empty file', [], '', 'utf-8', false],
  ])('%s', (_case, bytes, text, encoding, bom) => {
    expect(decodeBytes(new Uint8Array(bytes))).toEqual({ text, encoding, bom });
  });

  it('decodes a large Windows-1252 file without overflowing the stack', () => {
    const big = new Uint8Array(300_000).fill(0xe9);
    const { text, encoding } = decodeBytes(big);
    expect(encoding).toBe('windows-1252');
    expect(text).toHaveLength(300_000);
    expect(text.startsWith('ééé')).toBe(true);
  });

  it('maps every byte of Windows-1252 to one character', () => {
    const all = new Uint8Array(Array.from({ length: 256 }, (_, i) => i));
    expect(decodeWindows1252(all)).toHaveLength(256);
  });
});

describe('detectDelimiter: comma, semicolon or tab, outside quotes', () => {
  it.each([
    ['comma', 'a,b,c\n1,2,3', ','],
    ['semicolon', 'a;b;c\n1;2;3', ';'],
    ['tab', 'a\tb\tc\n1\t2\t3', '\t'],
    ['semicolon, with a comma inside a quoted header', '"x,y";b;c\n1;2;3', ';'],
    ['semicolon, with commas inside a quoted cell', 'id;name\n1;"a, b, c"', ';'],
    ['comma, with semicolons inside a quoted cell', 'id,note\n1,"a; b; c; d"', ','],
    ['comma, when one later row is ragged', 'a,b,c\n1,2,3\n1,2\n4,5,6', ','],
    ['tab, though cells hold commas ("1,041")', 'No.\tDec 15\n2.1\t1,041\n2.2\t485', '\t'],
    [
      'semicolon, with decimal commas in the values',
      'indicator_id;period;value\n2.1;2015-12;12,5',
      ';',
    ],
    ['a BOM before the header', '\uFEFFa;b\n1;2', ';'],
    [
      'semicolon, under a title line with no delimiter',
      'Performance Summary\n\nNo.;Indicator;Dec-15\n2.1;Contacts;1041\n2.2;Referrals;485',
      ';',
    ],
    [
      'semicolon, under a title line holding a comma',
      'Rotherham, December 2015\nNo.;Indicator;Dec-15\n2.1;Contacts;1041',
      ';',
    ],
    ['a single column: comma by default', 'indicator_id\n2.1', ','],
    ['an empty text: comma by default', '', ','],
  ])('%s', (_case, text, d) => expect(detectDelimiter(text)).toBe(d));
});

describe('UTF-16 files (Excel "Unicode text")', () => {
  const text = 'indicator_id,period,value\n2.1,2015-12,"1,041"\n';
  const le = (s: string, bom: boolean) => {
    const out: number[] = bom ? [0xff, 0xfe] : [];
    for (const ch of s) out.push(ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8);
    return new Uint8Array(out);
  };
  const be = (s: string) => {
    const out: number[] = [0xfe, 0xff];
    for (const ch of s) out.push(ch.charCodeAt(0) >> 8, ch.charCodeAt(0) & 0xff);
    return new Uint8Array(out);
  };

  it.each<[string, Uint8Array, string, boolean]>([
    ['little-endian with a BOM', le(text, true), 'utf-16le', true],
    ['big-endian with a BOM', be(text), 'utf-16be', true],
    ['little-endian without a BOM', le(text, false), 'utf-16le', false],
  ])('%s is decoded', (_what, bytes, encoding, bom) => {
    expect(decodeBytes(bytes)).toEqual({ text, encoding, bom });
  });

  it('a pound sign and a curly apostrophe survive', () => {
    expect(decodeBytes(le('Children’s £5', true)).text).toBe('Children’s £5');
  });

  it('a UTF-16 file is read like any other, with no " p e r i o d " errors', () => {
    const parsed = parseFile('u16.csv', le(text, true), '2016-01-18T09:00:00.000Z');
    expect(parsed.kind).toBe('monthly-long');
    expect(parsed.problems).toEqual([]);
    expect(parsed.observations.map((o) => o.value)).toEqual([1041]);
  });
});
