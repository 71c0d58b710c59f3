import type { Observation } from '@/domain/types';
import type { ObservationPatch } from '@/domain/workspace';

/**
 * Observations as columns: typed arrays and one table of distinct strings, instead of one object
 * per value. The parsing worker sends an import's values to the page this way (typed arrays are
 * transferred, not copied; a million objects would be cloned one by one), and storage keeps an
 * import's values this way (one record clones in milliseconds). Decoding shares every indicator
 * id, period, file name, import time and note between the values that have it, so a million
 * decoded values hold a few thousand strings of those, not five million.
 */
export interface ObservationColumns {
  count: number;
  /** Distinct indicator ids, periods, file names, import times and notes. */
  strings: string[];
  indicator: Uint32Array;
  period: Uint32Array;
  file: Uint32Array;
  importedAt: Uint32Array;
  note: Uint32Array;
  value: Float64Array;
  numerator: Float64Array;
  denominator: Float64Array;
  /** Bit 1: value is null; bit 2: numerator is null; bit 4: denominator is null. */
  nulls: Uint8Array;
  decimals: Int32Array;
  line: Float64Array;
  /** Every value's cell text, one after another; `rawLength[i]` characters each. */
  raw: string;
  rawLength: Uint32Array;
  /**
   * Each value's agency (a partner's return, SPEC 2.9) in `strings`, '' for none. Written only
   * when some value has one, so records without it (and those stored before it) read as before.
   */
  agency?: Uint32Array;
}

/** The typed arrays of a columns record, to transfer to or from a worker. */
export const columnBuffers = (c: ObservationColumns): ArrayBuffer[] =>
  [
    c.indicator,
    c.period,
    c.file,
    c.importedAt,
    c.note,
    c.value,
    c.numerator,
    c.denominator,
    c.nulls,
    c.decimals,
    c.line,
    c.rawLength,
    ...(c.agency ? [c.agency] : []),
  ].map((a) => a.buffer as ArrayBuffer);

/** Builds columns incrementally (so a caller can yield between slices). */
export class ColumnsWriter {
  private readonly ids = new Map<string, number>();
  private readonly strings: string[] = [];
  private readonly raws: string[] = [];
  private i = 0;
  /** The position of the first value with an agency; -1 while none has one. */
  private firstAgency = -1;
  readonly c: Omit<ObservationColumns, 'strings' | 'raw'> & { agency: Uint32Array };

  constructor(count: number) {
    this.c = {
      count,
      indicator: new Uint32Array(count),
      period: new Uint32Array(count),
      file: new Uint32Array(count),
      importedAt: new Uint32Array(count),
      note: new Uint32Array(count),
      value: new Float64Array(count),
      numerator: new Float64Array(count),
      denominator: new Float64Array(count),
      nulls: new Uint8Array(count),
      decimals: new Int32Array(count),
      line: new Float64Array(count),
      rawLength: new Uint32Array(count),
      agency: new Uint32Array(count),
    };
  }

  private id(s: string): number {
    let n = this.ids.get(s);
    if (n === undefined) {
      n = this.strings.length;
      this.strings.push(s);
      this.ids.set(s, n);
    }
    return n;
  }

  add(o: Observation): void {
    const i = this.i++;
    const c = this.c;
    c.indicator[i] = this.id(o.indicatorId);
    c.period[i] = this.id(o.period);
    c.file[i] = this.id(o.provenance.file);
    c.importedAt[i] = this.id(o.provenance.importedAt);
    c.note[i] = this.id(o.note);
    c.value[i] = o.value ?? 0;
    c.numerator[i] = o.numerator ?? 0;
    c.denominator[i] = o.denominator ?? 0;
    c.nulls[i] =
      (o.value === null ? 1 : 0) |
      (o.numerator === null ? 2 : 0) |
      (o.denominator === null ? 4 : 0);
    c.decimals[i] = o.decimals;
    c.line[i] = o.provenance.line;
    c.rawLength[i] = o.raw.length;
    if (o.provenance.agency !== undefined) {
      if (this.firstAgency < 0) this.firstAgency = i;
      c.agency[i] = this.id(o.provenance.agency);
    } else if (this.firstAgency >= 0) c.agency[i] = this.id('');
    this.raws.push(o.raw);
  }

  finish(): ObservationColumns {
    if (this.i !== this.c.count) throw new Error(`${this.i} of ${this.c.count} values written`);
    const { agency, ...rest } = this.c;
    if (this.firstAgency < 0) return { ...rest, strings: this.strings, raw: this.raws.join('') };
    // The values before the first with an agency have none: point them at ''.
    const none = this.id('');
    agency.fill(none, 0, this.firstAgency);
    return { ...rest, agency, strings: this.strings, raw: this.raws.join('') };
  }
}

export function encodeObservations(list: readonly Observation[]): ObservationColumns {
  const w = new ColumnsWriter(list.length);
  for (const o of list) w.add(o);
  return w.finish();
}

/** Reads columns back into observations, a slice at a time (`from` to `to`), into `out`. */
export class ColumnsReader {
  private rawAt = 0;
  private next = 0;
  constructor(private readonly c: ObservationColumns) {}

  get done(): boolean {
    return this.next >= this.c.count;
  }

  /** Decodes up to `n` more observations into `out`; returns how many. */
  read(n: number, out: Observation[]): number {
    const c = this.c;
    const s = c.strings;
    const end = Math.min(c.count, this.next + n);
    const start = this.next;
    for (let i = start; i < end; i += 1) {
      const len = c.rawLength[i]!;
      const nulls = c.nulls[i]!;
      const agency = c.agency ? s[c.agency[i]!]! : '';
      const provenance = {
        file: s[c.file[i]!]!,
        importedAt: s[c.importedAt[i]!]!,
        line: c.line[i]!,
      };
      out.push({
        indicatorId: s[c.indicator[i]!]!,
        period: s[c.period[i]!]!,
        value: nulls & 1 ? null : c.value[i]!,
        numerator: nulls & 2 ? null : c.numerator[i]!,
        denominator: nulls & 4 ? null : c.denominator[i]!,
        decimals: c.decimals[i]!,
        raw: c.raw.slice(this.rawAt, this.rawAt + len),
        note: s[c.note[i]!]!,
        provenance: agency === '' ? provenance : { ...provenance, agency },
      });
      this.rawAt += len;
    }
    this.next = end;
    return end - start;
  }
}

export function decodeObservations(c: ObservationColumns): Observation[] {
  const out: Observation[] = [];
  new ColumnsReader(c).read(c.count, out);
  return out;
}

/**
 * Whether a value read from storage or a worker has the shape of columns: every array of the
 * right kind and length, every string index inside the table, the text as long as the lengths
 * add up to. Linear and cheap (no object per value); null when it has, else what is wrong.
 */
export function whyNotColumns(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'not a record';
  const c = value as Partial<ObservationColumns>;
  const count = c.count;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return 'no count';
  if (!Array.isArray(c.strings) || !c.strings.every((s) => typeof s === 'string'))
    return 'no string table';
  if (typeof c.raw !== 'string') return 'no cell text';
  // By tag, not `instanceof`: a record read back may come from another realm (a test's).
  const kinds: [keyof ObservationColumns, string][] = [
    ['indicator', 'Uint32Array'],
    ['period', 'Uint32Array'],
    ['file', 'Uint32Array'],
    ['importedAt', 'Uint32Array'],
    ['note', 'Uint32Array'],
    ['value', 'Float64Array'],
    ['numerator', 'Float64Array'],
    ['denominator', 'Float64Array'],
    ['nulls', 'Uint8Array'],
    ['decimals', 'Int32Array'],
    ['line', 'Float64Array'],
    ['rawLength', 'Uint32Array'],
  ];
  for (const [name, kind] of kinds) {
    const a = c[name] as ArrayLike<number> | undefined;
    if (Object.prototype.toString.call(a) !== `[object ${kind}]` || a?.length !== count)
      return `the column ${name} is not ${count} long`;
  }
  // The agency column (SPEC 2.9) is optional: records written before it, or with no agency.
  if (c.agency !== undefined) {
    if (
      Object.prototype.toString.call(c.agency) !== '[object Uint32Array]' ||
      c.agency.length !== count
    )
      return `the column agency is not ${count} long`;
    for (let i = 0; i < count; i += 1)
      if (c.agency[i]! >= c.strings.length) return 'the column agency points past its table';
  }
  const table = c.strings.length;
  for (const name of ['indicator', 'period', 'file', 'importedAt', 'note'] as const) {
    const a = c[name]!;
    for (let i = 0; i < count; i += 1)
      if (a[i]! >= table) return `the column ${name} points past its table`;
  }
  for (const name of ['value', 'numerator', 'denominator'] as const) {
    const a = c[name]!;
    const bit = name === 'value' ? 1 : name === 'numerator' ? 2 : 4;
    for (let i = 0; i < count; i += 1)
      if (!(c.nulls![i]! & bit) && !Number.isFinite(a[i]!))
        return `item ${i + 1}: the ${name} is ${a[i]}, not a finite number`;
  }
  for (let i = 0; i < count; i += 1) {
    if (c.decimals![i]! < 0) return `item ${i + 1}: the decimals are below 0`;
    if (!Number.isFinite(c.line![i]!)) return `item ${i + 1}: the line is not a finite number`;
  }
  let total = 0;
  for (let i = 0; i < count; i += 1) total += c.rawLength![i]!;
  if (total !== c.raw.length) return 'the cell text does not match its lengths';
  return null;
}

/** An `ObservationPatch` as columns: what the worker sends the page for one file on Confirm. */
export interface PatchColumns {
  at: Int32Array;
  observations: ObservationColumns;
  indicatorIds: string[];
  /** The revisions: the values replaced, and what replaced them (file, time, line). */
  previous: ObservationColumns;
  replacedBy: { strings: string[]; file: Uint32Array; importedAt: Uint32Array; line: Float64Array };
}

export const patchBuffers = (p: PatchColumns): ArrayBuffer[] => [
  p.at.buffer as ArrayBuffer,
  ...columnBuffers(p.observations),
  ...columnBuffers(p.previous),
  p.replacedBy.file.buffer as ArrayBuffer,
  p.replacedBy.importedAt.buffer as ArrayBuffer,
  p.replacedBy.line.buffer as ArrayBuffer,
];

export function encodePatch(patch: ObservationPatch): PatchColumns {
  const n = patch.revisions.length;
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const id = (s: string) => {
    let k = ids.get(s);
    if (k === undefined) {
      k = strings.length;
      strings.push(s);
      ids.set(s, k);
    }
    return k;
  };
  const replacedBy = {
    strings,
    file: new Uint32Array(n),
    importedAt: new Uint32Array(n),
    line: new Float64Array(n),
  };
  patch.revisions.forEach((r, i) => {
    replacedBy.file[i] = id(r.replacedBy.file);
    replacedBy.importedAt[i] = id(r.replacedBy.importedAt);
    replacedBy.line[i] = r.replacedBy.line;
  });
  return {
    at: Int32Array.from(patch.at),
    observations: encodeObservations(patch.observations),
    indicatorIds: patch.indicatorIds,
    previous: encodeObservations(patch.revisions.map((r) => r.previous)),
    replacedBy,
  };
}

/**
 * Decodes a patch a slice at a time: call `step(n)` until it returns true (done), yielding to the
 * page between calls, then take `patch`.
 */
export class PatchReader {
  readonly patch: ObservationPatch;
  private readonly values: ColumnsReader;
  private readonly previous: ColumnsReader;
  private readonly earlier: Observation[] = [];

  constructor(private readonly c: PatchColumns) {
    this.patch = {
      at: c.at,
      observations: [],
      revisions: [],
      indicatorIds: c.indicatorIds,
    };
    this.values = new ColumnsReader(c.observations);
    this.previous = new ColumnsReader(c.previous);
  }

  step(n: number): boolean {
    if (!this.values.done) {
      this.values.read(n, this.patch.observations);
      return false;
    }
    if (!this.previous.done) {
      const from = this.earlier.length;
      this.previous.read(n, this.earlier);
      const r = this.c.replacedBy;
      for (let i = from; i < this.earlier.length; i += 1) {
        const previous = this.earlier[i]!;
        this.patch.revisions.push({
          indicatorId: previous.indicatorId,
          period: previous.period,
          previous,
          replacedBy: {
            file: r.strings[r.file[i]!]!,
            importedAt: r.strings[r.importedAt[i]!]!,
            line: r.line[i]!,
          },
        });
      }
      return this.previous.done;
    }
    return true;
  }
}

export function decodePatch(c: PatchColumns): ObservationPatch {
  const reader = new PatchReader(c);
  while (!reader.step(Number.MAX_SAFE_INTEGER));
  return reader.patch;
}
