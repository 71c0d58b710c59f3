import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { respond } from './parse.worker';

// The real parser, except for one file name that makes it throw (a stand-in for a parser bug).
vi.mock('@/domain/import/parse-file', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/domain/import/parse-file')>();
  return {
    parseFile: (...args: Parameters<typeof actual.parseFile>) => {
      if (args[0] === 'parser-bug.csv') throw new Error('index out of range');
      return actual.parseFile(...args);
    },
  };
});

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const fixture = (name: string) => {
  const b = readFileSync(resolve(process.cwd(), 'fixtures', name));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

describe('respond (the parsing worker)', () => {
  it.each([
    [
      'the December 2015 scorecard sheet',
      'scorecard-2015-12.csv',
      fixture('scorecard-2015-12.csv'),
      'scorecard',
      75,
    ],
    ['a file that is not CSV at all', 'photo.csv', bytes('\u0000\u0001PNG garbage'), 'unknown', 0],
  ])('parses %s into a ParsedFile with the same id', (_t, file, data, kind, rows) => {
    const r = respond({
      id: 7,
      file,
      bytes: data,
      importedAt: '2016-01-10T09:00:00.000Z',
      catalogue: [],
    });
    expect(r.id).toBe(7);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.parsed.file).toBe(file);
    expect(r.parsed.kind).toBe(kind);
    expect(r.parsed.rowsAccepted).toBe(rows);
  });

  it('decodes bytes itself: a Windows-1252 file keeps its curly quote and pound sign', () => {
    const r = respond({
      id: 1,
      file: 'windows-1252.csv',
      bytes: fixture('edge/windows-1252.csv'),
      importedAt: '',
      catalogue: [],
    });
    expect(r.ok && r.parsed.indicators.map((i) => i.name)).toEqual([
      'Children\u2019s centre reach (\u00a3 per child)',
    ]);
  });

  it('turns a parser crash into a typed error naming the file, never a throw', () => {
    const r = respond({
      id: 3,
      file: 'parser-bug.csv',
      bytes: bytes('a,b\n1,2'),
      importedAt: '',
      catalogue: [],
    });
    expect(r).toEqual({
      id: 3,
      ok: false,
      code: 'parser-failed',
      file: 'parser-bug.csv',
      reason: 'index out of range',
    });
  });
});
