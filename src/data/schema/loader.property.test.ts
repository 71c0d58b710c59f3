import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWorkspace, migrateWorkspace } from '@/data/schema/migrations';
import { checkChunk, checkManifest } from '@/data/storage-check';
import { readWorkspaceFile } from '@/data/workspace-file';
import v1Text from '../../../fixtures/workspace/workspace-v1.json?raw';

/**
 * Property tests of the loader (issue 8, deliverable 6): thousands of workspace records per run,
 * valid ones mutated in one place and random values, through every way in (IndexedDB records as
 * structured-clone values, which can hold NaN and Infinity; export files as JSON text; stored
 * chunks and manifests). The loader never throws, refuses every record that breaks a rule, and
 * keeps exactly what it was given when it accepts.
 */

type Json = Record<string, unknown>;
const fixture = (JSON.parse(v1Text) as { workspace: Json }).workspace;
const firstOf = (list: string, n: number) => (fixture[list] as unknown[]).slice(0, n);

/** A small valid workspace with every kind of item, taken from the version 1 fixture. */
const base: Json = {
  ...fixture,
  indicators: firstOf('indicators', 3),
  observations: firstOf('observations', 3),
  revisions: firstOf('revisions', 2),
  benchmarks: firstOf('benchmarks', 2),
  importedYtd: firstOf('importedYtd', 2),
  printed: firstOf('printed', 2),
  superseded: firstOf('superseded', 2),
  imports: firstOf('imports', 2),
  population: [{ period: '2015/16', population0to17: 56400, importId: 'i1' }],
  national: [
    {
      file: 'c1.csv',
      filters: ['category'],
      measures: ['rereferral_percent'],
      rows: [
        {
          year: '2014/15',
          level: 'la',
          regionCode: 'E12000003',
          regionName: 'Yorkshire and The Humber',
          laCode: '372',
          laName: 'Rotherham',
          filters: ['Referrals'],
          values: [21.8, null],
        },
      ],
    },
  ],
  neighbours: [
    { file: 'sn.csv', las: [{ code: '372', name: 'Rotherham', region: 'Y', neighbours: ['370'] }] },
  ],
  nationalMappings: [{ indicatorId: '2.8', measure: 'rereferral_percent', filters: [] }],
  ownLa: '372',
  views: [
    {
      id: 'board',
      title: 'Safeguarding board: key indicators',
      audience: 'Safeguarding board',
      tags: ['LSCB key'],
      indicatorIds: ['2.8'],
      status: { kind: 'issued', issue: 2, asAt: '2015-12', producedAt: '2016-01-20T10:00:00Z' },
    },
  ],
};

/** Keys whose value is one of a closed set: any other text is invalid. */
const ENUM_KEYS = new Set([
  'polarity',
  'unit',
  'ytd',
  'ragBasis',
  'benchmark',
  'kind',
  'level',
  'form',
  'list',
]);
// A view's status `kind` is a closed set too (draft or issued); an import's `kind` likewise.
/** Keys that may be absent (version 1 left the later lists out; importId is optional). */
const OPTIONAL_KEYS = new Set([
  'importId',
  'superseded',
  'national',
  'neighbours',
  'nationalMappings',
  'views',
  'tags',
  'ownLa',
]);

type Path = (string | number)[];
interface Place {
  path: Path;
  value: unknown;
}

/** Every place in a value: each object's fields and each list's items, with their values. */
function places(value: unknown, path: Path = []): Place[] {
  const here: Place[] = path.length > 0 ? [{ path, value }] : [];
  if (Array.isArray(value))
    return [...here, ...value.flatMap((item, i) => places(item, [...path, i]))];
  if (typeof value === 'object' && value !== null)
    return [...here, ...Object.entries(value).flatMap(([k, v]) => places(v, [...path, k]))];
  return here;
}
const PLACES = places(base);
const FIELDS = PLACES.filter((p) => typeof p.path[p.path.length - 1] === 'string');
const OBJECTS = [{ path: [], value: base }, ...PLACES].filter(
  (p) => typeof p.value === 'object' && p.value !== null && !Array.isArray(p.value),
);

/** A copy of `ws` with the value at `path` replaced (or deleted when `remove`). */
function changed(ws: Json, path: Path, replacement: unknown, remove = false): Json {
  const copy = structuredClone(ws);
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

/** A value of the wrong kind for the field now at `place`. */
function wrongFor(place: Place): fc.Arbitrary<unknown> {
  const key = place.path[place.path.length - 1];
  const v = place.value;
  if (typeof v === 'number')
    return fc.constantFrom(NaN, Infinity, -Infinity, '12', null, {}, [], true);
  if (typeof v === 'boolean') return fc.constantFrom('true', 1, null, {}, []);
  if (Array.isArray(v)) return fc.constantFrom({}, 'a list', 3, null, true);
  if (typeof v === 'string') {
    const others = fc.constantFrom<unknown>(42, {}, [], true, NaN);
    if (typeof key === 'string' && ENUM_KEYS.has(key))
      return fc.oneof(
        others,
        fc.constantFrom('sideways', 'HIGH', ' high', '', 'percent ', 'unknown-kind'),
      );
    return others;
  }
  if (v === null) return fc.constantFrom('x', {}, [], true, NaN, Infinity);
  return fc.constantFrom(null, 'x', 42, [], true);
}

/** How the loader sees a workspace: filled in where version 1 left lists out. */
const filled = (ws: Json): Json => ({
  ...ws,
  superseded: ws.superseded === undefined ? [] : ws.superseded,
  national: ws.national === undefined ? [] : ws.national,
  neighbours: ws.neighbours === undefined ? [] : ws.neighbours,
  nationalMappings: ws.nationalMappings === undefined ? [] : ws.nationalMappings,
  views: ws.views === undefined ? [] : ws.views,
  ownLa: ws.ownLa === undefined ? null : ws.ownLa,
});

/** The fields that may hold null (a value not given, a LA not chosen). */
function nullable(path: Path): boolean {
  const key = path[path.length - 1];
  if (key === 'numerator' || key === 'denominator' || key === 'ownLa') return true;
  if (key === 'value') return path[0] === 'observations' || path.includes('previous');
  if (key === 'decimals') return path[0] === 'indicators';
  return false;
}

/** JSON text of a value, or text that is not JSON when the value cannot be written (BigInt). */
const jsonOr = (value: unknown): string => {
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    return '{not json';
  }
};

const asFile = (ws: unknown, version: unknown = 1) =>
  jsonOr({ format: 'cs-performance-workspace', version, exportedAt: 'x', workspace: ws });

const RUNS = 1500;
/** Generous: the machine running the tests may be shared. */
const SLOW = 120_000;

describe('the loader, on generated records', () => {
  it('accepts the small valid workspace it mutates, unchanged', () => {
    expect(migrateWorkspace(base, 1)).toEqual({ ok: true, data: base });
    expect(readWorkspaceFile(asFile(base))).toEqual({ ok: true, data: base });
  });

  it(
    'refuses a record with one field of the wrong kind, saying where',
    () => {
      fc.assert(
        fc.property(
          fc
            .constantFrom(...FIELDS)
            .chain((place) => fc.tuple(fc.constant(place), wrongFor(place))),
          ([place, wrong]) => {
            // ownLa and the nullable numbers may be null: that is not wrong.
            fc.pre(!(wrong === null && nullable(place.path)));
            const record = changed(base, place.path, wrong);
            const result = migrateWorkspace(record, 1);
            expect(result.ok).toBe(false);
            if (!result.ok) expect(result.reason).toContain(String(place.path[0]));
          },
        ),
        { numRuns: RUNS },
      );
    },
    SLOW,
  );

  it(
    'refuses a record with a required field removed; accepts an optional one removed',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...FIELDS), (place) => {
          const key = String(place.path[place.path.length - 1]);
          const record = changed(base, place.path, undefined, true);
          const result = migrateWorkspace(record, 1);
          const optional =
            OPTIONAL_KEYS.has(key) && (key === 'importId' || place.path.length === 1);
          if (optional) expect(result).toEqual({ ok: true, data: filled(record) });
          else expect(result.ok).toBe(false);
        }),
        { numRuns: RUNS },
      );
    },
    SLOW,
  );

  it(
    'keeps a field it does not know, exactly, and nothing that was not in the input',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...OBJECTS),
          fc.string({ minLength: 1, maxLength: 8 }).map((s) => `extra_${s}`),
          fc.jsonValue(),
          (place, key, extra) => {
            const record = changed(base, [...place.path, key], extra);
            fc.pre(!(place.path.length === 0 && key in base));
            const viaFile = JSON.parse(asFile(record)) as { workspace: Json };
            const result = readWorkspaceFile(asFile(record));
            expect(result).toEqual({ ok: true, data: filled(viaFile.workspace) });
          },
        ),
        { numRuns: RUNS },
      );
    },
    SLOW,
  );

  it(
    'never throws on random values, as records, files, chunks or manifests',
    () => {
      fc.assert(
        fc.property(
          fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }),
          fc.oneof(fc.integer({ min: -2, max: 4 }), fc.anything()),
          (value, version) => {
            for (const result of [
              migrateWorkspace(value, version),
              checkWorkspace(value),
              readWorkspaceFile(asFile(value, version)),
              checkChunk('1.1', value),
              checkChunk('1.2', { list: 'observations', items: value }),
              checkManifest(value),
            ]) {
              expect(typeof result.ok).toBe('boolean');
              if (!result.ok) expect(result.reason).toMatch(/\S/);
            }
          },
        ),
        { numRuns: RUNS },
      );
    },
    SLOW,
  );

  it(
    'never throws on text that is almost a workspace file',
    () => {
      const text = asFile(base);
      fc.assert(
        fc.property(
          fc.nat(text.length - 1),
          fc.nat(40),
          fc.string({ maxLength: 6 }),
          (at, cut, insert) => {
            const mangled = text.slice(0, at) + insert + text.slice(at + cut);
            const result = readWorkspaceFile(mangled);
            if (result.ok) expect(checkWorkspace(result.data).ok).toBe(true);
            else expect(result.reason).toMatch(/\S/);
          },
        ),
        { numRuns: RUNS },
      );
    },
    SLOW,
  );
});
