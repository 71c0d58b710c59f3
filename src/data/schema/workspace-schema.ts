import * as v from 'valibot';
import {
  LATER_LISTS,
  WORKSPACE_LISTS,
  type WorkspaceListName,
} from '@/data/schema/workspace-lists';
import type { WorkspaceData } from '@/domain/types';

/**
 * The saved workspace as a valibot schema: the one check every way in goes through (IndexedDB,
 * workspace files, migrations). Objects are loose: a field this version does not know is kept,
 * never silently dropped (a newer build may have written it); every field it does know must be
 * right. Numbers must be finite: NaN and Infinity are refused.
 */

const text = v.string('text');
const finite = v.pipe(v.number('a number'), v.finite('a finite number'));
const count = v.pipe(
  v.number('a number'),
  v.integer('a whole number'),
  v.minValue(0, 'a number 0 or more'),
);
const maybeNumber = v.nullable(
  v.pipe(v.number('a number or null'), v.finite('a finite number or null')),
);
const optionalText = v.optional(text);
const list = <T extends v.GenericSchema>(item: T) => v.array(item, 'a list');

const targetCells = v.looseObject({ red: text, amber: text, green: text }, 'the target cells');

const target = v.variant(
  'form',
  [
    v.looseObject({ form: v.literal('none') }),
    v.looseObject({ form: v.literal('tbc'), text }),
    v.looseObject({
      form: v.literal('threshold'),
      red: finite,
      green: finite,
      higherIsBetter: v.boolean('true or false'),
      redInclusive: v.boolean('true or false'),
    }),
    v.looseObject({ form: v.literal('target-only'), green: finite }),
    v.looseObject({ form: v.literal('band'), centre: finite, green: finite, amber: finite }),
    v.looseObject({
      form: v.literal('range'),
      low: finite,
      high: finite,
      tolerance: finite,
      tolerancePercent: v.boolean('true or false'),
    }),
    v.looseObject({ form: v.literal('invalid'), text, reason: text }),
  ],
  'a target (form none, tbc, threshold, target-only, band, range or invalid)',
);

export const indicatorSchema = v.looseObject(
  {
    id: text,
    section: text,
    name: text,
    polarity: v.picklist(['high', 'low', 'neutral', 'range'], 'high, low, neutral or range'),
    unit: v.picklist(
      ['count', 'percent', 'rate_per_10k', 'days', 'average'],
      'count, percent, rate_per_10k, days or average',
    ),
    decimals: v.nullable(
      v.pipe(
        v.number('a whole number or null'),
        v.integer('a whole number or null'),
        v.minValue(0, 'a whole number 0 or more, or null'),
      ),
    ),
    ytd: v.picklist(['sum', 'ratio', 'latest', 'none'], 'sum, ratio, latest or none'),
    ragBasis: v.picklist(['month', 'ytd'], 'month or ytd'),
    targetCells,
    target,
    dot: v.boolean('true or false'),
    definition: text,
    source: text,
    dataNote: text,
    ytdNote: text,
    order: finite,
    tags: v.optional(list(text)),
    targetBy: v.optional(
      v.looseObject(
        { value: finite, month: text, from: v.nullable(text), text },
        'a target by a date',
      ),
    ),
    trajectoryRag: v.optional(v.boolean('true or false')),
    agency: optionalText,
    expected: v.optional(
      v.looseObject(
        {
          frequency: v.picklist(['monthly', 'quarterly', 'annual'], 'monthly, quarterly or annual'),
          dueDays: count,
        },
        'when a figure is expected',
      ),
    ),
    ragRule: v.optional(v.picklist(['target', 'two_test'], 'target or two_test')),
  },
  'an indicator',
);

const provenance = v.looseObject(
  { file: text, importedAt: text, line: finite, agency: optionalText },
  'where the value came from',
);

export const observationSchema = v.looseObject(
  {
    indicatorId: text,
    period: text,
    value: maybeNumber,
    numerator: maybeNumber,
    denominator: maybeNumber,
    decimals: count,
    raw: text,
    note: text,
    provenance,
  },
  'a value',
);

export const revisionSchema = v.looseObject(
  { indicatorId: text, period: text, previous: observationSchema, replacedBy: provenance },
  'a revision',
);

const benchmarkKind = v.picklist(
  ['sn_avg', 'best_sn', 'national_avg', 'national_top_quartile', 'regional_avg'],
  'sn_avg, best_sn, national_avg, national_top_quartile or regional_avg',
);

export const benchmarkSchema = v.looseObject(
  {
    indicatorId: text,
    benchmark: benchmarkKind,
    period: text,
    value: finite,
    source: text,
    label: text,
    importId: optionalText,
  },
  'a benchmark',
);

export const importedYtdSchema = v.looseObject(
  {
    indicatorId: text,
    month: text,
    value: finite,
    numerator: maybeNumber,
    denominator: maybeNumber,
    raw: text,
    importId: optionalText,
  },
  'a year-to-date figure',
);

export const printedSchema = v.looseObject(
  {
    indicatorId: text,
    month: text,
    dot: text,
    rag: text,
    file: text,
    line: finite,
    importId: optionalText,
  },
  'a printed DOT and RAG',
);

export const populationSchema = v.looseObject(
  { period: text, population0to17: finite, importId: optionalText },
  'a population figure',
);

export const commentarySchema = v.looseObject(
  { indicatorId: text, month: text, text, updatedAt: text },
  'a commentary',
);

const fileKind = v.picklist(
  [
    'scorecard',
    'catalogue',
    'monthly-long',
    'monthly-wide',
    'benchmarks',
    'population',
    'national',
    'neighbours',
    'trajectory',
    'breakdown',
    'unknown',
  ],
  'a kind of file',
);

export const importRecordSchema = v.looseObject(
  {
    id: text,
    file: text,
    kind: fileKind,
    importedAt: text,
    rowsAccepted: finite,
    newIndicatorIds: list(text),
  },
  'an import',
);

export const supersededSchema = v.variant(
  'list',
  [
    v.looseObject({ list: v.literal('benchmarks'), item: benchmarkSchema, by: text }),
    v.looseObject({ list: v.literal('importedYtd'), item: importedYtdSchema, by: text }),
    v.looseObject({ list: v.literal('printed'), item: printedSchema, by: text }),
    v.looseObject({ list: v.literal('population'), item: populationSchema, by: text }),
  ],
  'a replaced item (list benchmarks, importedYtd, printed or population)',
);

const nationalRow = v.looseObject(
  {
    year: text,
    level: v.picklist(['national', 'regional', 'la'], 'national, regional or la'),
    regionCode: text,
    regionName: text,
    laCode: text,
    laName: text,
    filters: list(text),
    values: list(maybeNumber),
  },
  'a row of national data',
);

export const nationalSchema = v.looseObject(
  {
    file: text,
    filters: list(text),
    measures: list(text),
    rows: list(nationalRow),
    importId: optionalText,
  },
  'a national dataset',
);

export const neighboursSchema = v.looseObject(
  {
    file: text,
    las: list(
      v.looseObject(
        { code: text, name: text, region: text, neighbours: list(text) },
        'a local authority',
      ),
    ),
    importId: optionalText,
  },
  'a statistical-neighbour list',
);

export const nationalMappingSchema = v.looseObject(
  {
    indicatorId: text,
    measure: text,
    filters: list(v.looseObject({ column: text, value: text }, 'a filter')),
  },
  'a national mapping',
);

export const viewSchema = v.looseObject(
  {
    id: text,
    title: text,
    audience: text,
    tags: list(text),
    indicatorIds: list(text),
    ragRule: v.optional(v.picklist(['target', 'two_test'], 'target or two_test')),
    status: v.variant(
      'kind',
      [
        v.looseObject({ kind: v.literal('draft') }),
        v.looseObject({
          kind: v.literal('issued'),
          issue: count,
          asAt: text,
          producedAt: text,
        }),
      ],
      'a status (kind draft or issued)',
    ),
  },
  'a view',
);

/** Signal-or-noise settings (optional: absent in workspaces saved before them, = defaults). */
export const spcPreferencesSchema = v.looseObject(
  {
    runLength: v.optional(v.picklist([6, 7], '6 or 7')),
    minimumPoints: v.optional(count),
    breaks: v.optional(
      list(v.looseObject({ indicatorId: text, month: text, reason: text }, 'a series break')),
    ),
    baselines: v.optional(
      list(v.looseObject({ indicatorId: text, months: count }, 'a fixed baseline')),
    ),
  },
  'the signal-or-noise settings',
);

export const trajectorySchema = v.looseObject({
  indicatorId: text,
  month: text,
  value: finite,
  importId: optionalText,
});

export const actionSchema = v.looseObject({
  id: text,
  indicatorId: text,
  what: text,
  owner: text,
  due: text,
  status: v.picklist(['not-started', 'in-progress', 'done', 'dropped'], 'a status'),
  notes: text,
  updatedAt: text,
});

export const questionSchema = v.looseObject({
  id: text,
  indicatorId: text,
  question: text,
  askedBy: text,
  meetingDate: text,
  answer: text,
  answeredOn: text,
  updatedAt: text,
});

export const keyMessagesSchema = v.looseObject({ month: text, text, updatedAt: text });

/**
 * Lists added after schema version 2 (issue 13): optional, so a workspace saved before them is
 * valid without them. In IndexedDB they travel with the manifest (its `extras`), checked there
 * by `workspaceExtrasSchema` when read.
 */
export const workspaceExtrasSchema = v.looseObject({
  trajectories: v.optional(list(trajectorySchema)),
  actions: v.optional(list(actionSchema)),
  questions: v.optional(list(questionSchema)),
  keyMessages: v.optional(list(keyMessagesSchema)),
  spc: v.optional(spcPreferencesSchema),
});
export const breakdownSchema = v.looseObject(
  {
    indicatorId: text,
    period: text,
    dimension: text,
    category: text,
    value: maybeNumber,
    numerator: maybeNumber,
    denominator: maybeNumber,
    raw: text,
    line: finite,
    importId: optionalText,
  },
  'a breakdown row',
);

export const markerSchema = v.looseObject(
  { indicatorId: text, period: text, marker: text, agency: text, importId: optionalText },
  'a returned no-value marker',
);

/** The schema of each list of the workspace, by its field name. */
export const LIST_ITEM_SCHEMAS = {
  indicators: indicatorSchema,
  observations: observationSchema,
  revisions: revisionSchema,
  benchmarks: benchmarkSchema,
  importedYtd: importedYtdSchema,
  printed: printedSchema,
  population: populationSchema,
  commentary: commentarySchema,
  imports: importRecordSchema,
  superseded: supersededSchema,
  national: nationalSchema,
  neighbours: neighboursSchema,
  nationalMappings: nationalMappingSchema,
  views: viewSchema,
  breakdowns: breakdownSchema,
  markers: markerSchema,
} as const satisfies Record<WorkspaceListName, v.GenericSchema>;

export { LATER_LISTS, WORKSPACE_LISTS, type WorkspaceListName };

/** The fields of the workspace that are not lists. */
export const workspaceScalarsSchema = v.looseObject({
  version: v.literal(1, 'the model tag 1'),
  label: text,
  isExample: v.boolean('true or false'),
  ownLa: v.nullable(v.string('a local authority code or null')),
});

/**
 * The workspace as schema version 2 saves it: every list present (version 1 left the later
 * lists out when empty; the migration fills them in).
 */
export const workspaceSchema = v.looseObject(
  {
    ...workspaceScalarsSchema.entries,
    indicators: list(indicatorSchema),
    observations: list(observationSchema),
    revisions: list(revisionSchema),
    benchmarks: list(benchmarkSchema),
    importedYtd: list(importedYtdSchema),
    printed: list(printedSchema),
    population: list(populationSchema),
    commentary: list(commentarySchema),
    imports: list(importRecordSchema),
    superseded: list(supersededSchema),
    national: list(nationalSchema),
    neighbours: list(neighboursSchema),
    nationalMappings: list(nationalMappingSchema),
    views: list(viewSchema),
    ...workspaceExtrasSchema.entries,
    breakdowns: v.optional(list(breakdownSchema)),
    markers: v.optional(list(markerSchema)),
  },
  'a workspace',
);

// The schema's output must be usable as the domain's model: this fails to compile if they part.
export type CheckedWorkspace = v.InferOutput<typeof workspaceSchema>;
const modelFits = (w: CheckedWorkspace): WorkspaceData => w;
void modelFits;

/** How a value looks in a message: short, and NaN or Infinity named as such. */
function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return `a ${typeof value}`;
}

/**
 * Where a problem is, in words: `indicators, item 4 (2.8), target` (items counted from 1, named
 * by their id or indicator id where they have one).
 */
function placeOf(issue: v.BaseIssue<unknown>): string {
  const parts: string[] = [];
  for (const step of issue.path ?? []) {
    if (typeof step.key === 'number') {
      const item = step.value as Record<string, unknown> | undefined;
      const name = item && typeof item === 'object' ? (item.id ?? item.indicatorId) : undefined;
      parts.push(
        `item ${step.key + 1}${typeof name === 'string' && name !== '' ? ` (${name})` : ''}`,
      );
    } else parts.push(String(step.key));
  }
  return parts.join(', ');
}

/** One sentence per problem (at most `limit`), e.g. `indicators, item 4 (2.8), polarity: expected
 * high, low, neutral or range, found "sideways"`. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], limit = 3): string {
  const lines = issues.slice(0, limit).map((issue) => {
    const place = placeOf(issue);
    // An absent key (or one holding undefined, which JSON cannot) is simply missing.
    const missing = issue.input === undefined;
    const problem = missing ? 'missing' : `expected ${issue.message}, found ${shown(issue.input)}`;
    return place === '' ? problem : `${place}: ${problem}`;
  });
  const more = issues.length > limit ? ` (and ${issues.length - limit} more problems)` : '';
  return `${lines.join('; ')}${more}.`;
}
