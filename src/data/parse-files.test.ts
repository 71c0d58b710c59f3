import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, parseFiles, type InputFile } from './parse-files';

const fixture = (name: string, path = name): InputFile => {
  const b = readFileSync(resolve(process.cwd(), 'fixtures', path));
  return {
    name,
    size: b.byteLength,
    arrayBuffer: async () =>
      b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer,
  };
};
const AT = '2016-01-10T09:00:00.000Z';

describe('parseFiles without a Worker (jsdom): in this thread', () => {
  it('reads the December 2015 scorecard sheet: 75 indicator rows', async () => {
    const [parsed] = await parseFiles([fixture('scorecard-2015-12.csv')], AT, []);
    expect(parsed?.kind).toBe('scorecard');
    expect(parsed?.rowsAccepted).toBe(75);
    expect(parsed?.observations[0]?.provenance.importedAt).toBe(AT);
  });

  it('keeps the order of the files and reports progress after each', async () => {
    const progress: string[] = [];
    const parsed = await parseFiles(
      [fixture('catalogue-2015.csv'), fixture('bad-number.csv', 'edge/bad-number.csv')],
      AT,
      [],
      (done, total) => progress.push(`${done}/${total}`),
    );
    expect(parsed.map((p) => [p.file, p.kind, p.rowsAccepted])).toEqual([
      ['catalogue-2015.csv', 'catalogue', 75],
      ['bad-number.csv', 'monthly-long', 5],
    ]);
    expect(parsed[1]?.problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [4, 'value', 'invalid-number'],
    ]);
    expect(progress).toEqual(['1/2', '2/2']);
  });

  it.each<[string, InputFile, string, RegExp]>([
    [
      'a file that cannot be read',
      { name: 'locked.csv', arrayBuffer: () => Promise.reject(new Error('NotReadableError')) },
      'unreadable-file',
      /locked\.csv could not be read \(NotReadableError\)\. .*save it again as CSV/,
    ],
    [
      'a file over the size limit, refused unread',
      {
        name: 'huge.csv',
        size: MAX_FILE_BYTES + 1,
        arrayBuffer: () => Promise.reject(new Error('must not be read')),
      },
      'file-too-large',
      /huge\.csv is 100 MB, more than the 100 MB this page reads\. .*split the file/,
    ],
  ])('%s becomes a file with one error, never a rejection', async (_t, file, code, message) => {
    const [parsed] = await parseFiles([file], AT, []);
    expect(parsed).toMatchObject({
      file: file.name,
      kind: 'unknown',
      rowsAccepted: 0,
      observations: [],
    });
    expect(parsed?.problems).toHaveLength(1);
    expect(parsed?.problems[0]).toMatchObject({
      severity: 'error',
      code,
      file: file.name,
      line: 0,
    });
    expect(parsed?.problems[0]?.message).toMatch(message);
  });
});
