/**
 * The shared vocabulary of the domain. Pure data types: no React, no DOM.
 *
 * Conventions (see docs/decisions.md):
 * - percentages are stored in percentage points (46.6 means 46.6%);
 * - a month is a `MonthKey` 'YYYY-MM'; a financial year is a `YearKey` '2015/16' (April to March);
 * - every "cannot compute" case has an explicit value, never `undefined`.
 */

import type { IndicatorSignal } from '@/domain/signal';

/** 'YYYY-MM', e.g. '2015-12'. */
export type MonthKey = string;
/** Financial year 'YYYY/YY', e.g. '2015/16' = April 2015 to March 2016. */
export type YearKey = string;

export type Period = { kind: 'month'; key: MonthKey } | { kind: 'year'; key: YearKey };

/** Which way is good. `neutral` is the sheets' "Info"; `range` is "Within Limits". */
export type Polarity = 'high' | 'low' | 'neutral' | 'range';
export type Unit = 'count' | 'percent' | 'rate_per_10k' | 'days' | 'average';
/** How the year-to-date figure is made (SPEC 3.4). */
export type YtdKind = 'sum' | 'ratio' | 'latest' | 'none';
export type RagBasis = 'month' | 'ytd';

/** A parsed value cell (SPEC 2, "Values"). */
export type CellValue =
  | {
      kind: 'number';
      /** The value, percentages in points. */
      value: number;
      numerator: number | null;
      denominator: number | null;
      /** Written with a % sign (or as a fraction with a percentage). */
      percent: boolean;
      /** Decimal places as written ("12.40%" -> 2), used to compare "as imported". */
      decimals: number;
      raw: string;
    }
  /** A no-value marker or a GSS suppression symbol: not an error. */
  | { kind: 'missing'; marker: string; raw: string }
  /** Unreadable: an import problem. */
  | { kind: 'invalid'; raw: string };

/** A target parsed from the Red / Amber / Green cells (SPEC 3.3). */
export type Target =
  | { form: 'none' }
  /** "tbc", "range to be set", "awaiting national benchmarking". */
  | { form: 'tbc'; text: string }
  /** Two numbers: red threshold and green target; direction from the numbers. */
  | {
      form: 'threshold';
      red: number;
      green: number;
      higherIsBetter: boolean;
      /** The Red cell is written "R+" (lower is better: v >= R is red). */
      redInclusive: boolean;
    }
  /** Green only ("85%>" or a bare number): met or not met, by polarity. */
  | { form: 'target-only'; green: number }
  /** "+/-5 of 158.8": green within `green` of the centre, amber within `amber`. */
  | { form: 'band'; centre: number; green: number; amber: number }
  /** Caseload range "16-22" with a tolerance above the top. */
  | { form: 'range'; low: number; high: number; tolerance: number; tolerancePercent: boolean }
  /** Could not be read: reported at import; the indicator shows No target. */
  | { form: 'invalid'; text: string; reason: string };

/** The target cells as written, kept with the parsed form. */
export interface TargetCells {
  red: string;
  amber: string;
  green: string;
}

export type RagStatus = 'red' | 'amber' | 'green' | 'no-target' | 'no-data' | 'tbc';

export interface RagResult {
  status: RagStatus;
  /** One line, e.g. "Red: 79.2% is below the red threshold of 83% (target 86%)". */
  reason: string;
  basis: RagBasis;
  /** The value that was rated, or null when there was none. */
  valueUsed: number | null;
}

/** Raw movement, apart from judgement. */
export type Movement = 'up' | 'down' | 'same' | 'none';
export type DotLabel =
  | 'improving'
  | 'worsening'
  | 'no-change'
  | 'increasing'
  | 'decreasing'
  | 'not-comparable'
  | 'new'
  | 'off';

export interface DotResult {
  movement: Movement;
  label: DotLabel;
  current: number | null;
  previous: number | null;
}

/** One catalogue entry (SPEC 2.2), or a row of a scorecard sheet (SPEC 2.1). */
export interface Indicator {
  id: string;
  section: string;
  name: string;
  polarity: Polarity;
  unit: Unit;
  /** Precision to compare and show at; null = as imported. */
  decimals: number | null;
  ytd: YtdKind;
  ragBasis: RagBasis;
  targetCells: TargetCells;
  target: Target;
  dot: boolean;
  definition: string;
  source: string;
  /** The sheet's "Data note" and "YTD note", as written (shown, not interpreted further). */
  dataNote: string;
  ytdNote: string;
  /** Position in the imported sheet or catalogue; the scorecard sorts by section order then id. */
  order: number;
  /** The catalogue's `tags` (";"-separated labels such as "LSCB key; CSE"): views are made from them. */
  tags?: string[];
  /**
   * The catalogue's `small_numbers` column: a figure resting on fewer than this is "small
   * numbers" (SPEC 3.9). Absent: the default, 20.
   */
  smallNumbersThreshold?: number;
  /** The catalogue's `target_by`: a target by a date, "600 by 2020-03" (SPEC 2.10). */
  targetBy?: DatedTarget;
  /**
   * The catalogue's `rag_rule` is `trajectory`: also rate each month against the trajectory (the
   * row's RAG stays the target's). Set only when `ragRule` is not: one column value per row.
   */
  trajectoryRag?: boolean;
  /**
   * The catalogue's `agency` column (SPEC 2.2): who supplies the figure, normalised ('csc',
   * 'police', 'health', 'education', 'lado', 'board' or the council's own name for another).
   * Absent: the council's children's social care, not tracked for completeness.
   */
  agency?: string;
  /** The catalogue's `expected` column: how often the figure is due, and how many days after the
   * period's end. Absent with no agency: not tracked for completeness (see completeness.ts). */
  expected?: Expected;
  /** The catalogue's `rag_rule` column: `two_test` rates on the board's two tests (SPEC 3.7);
   * the one rule for the row's RAG is in `computeRow` (docs/rules.md). */
  ragRule?: RagRule;
}

/** A target by a date (SPEC 2.10): `value` by the end of `month`, from `from` (or April). */
export interface DatedTarget {
  value: number;
  month: MonthKey;
  /** The month it was set, when written ("600 by 2020-03 from 2019-10"); null: April. */
  from: MonthKey | null;
  /** As written in the catalogue. */
  text: string;
}

/** One month of a trajectory file (`indicator_id, period, trajectory`, SPEC 2.10). */
export interface TrajectoryPoint {
  indicatorId: string;
  month: MonthKey;
  value: number;
  /** The import that brought it (ImportRecord id). */
  importId?: string;
}

export type ActionStatus = 'not-started' | 'in-progress' | 'done' | 'dropped';

/** An action on an indicator ("what is being done about this Red"). */
export interface IndicatorAction {
  id: string;
  indicatorId: string;
  what: string;
  owner: string;
  /** 'YYYY-MM-DD', or '' when no date was given. */
  due: string;
  status: ActionStatus;
  /** Update notes, as the owner writes them. */
  notes: string;
  updatedAt: string;
}

/** A member's question on an indicator, open until answered. */
export interface MemberQuestion {
  id: string;
  indicatorId: string;
  question: string;
  askedBy: string;
  /** The meeting it was asked at, 'YYYY-MM-DD'. */
  meetingDate: string;
  /** '' while open. */
  answer: string;
  /** 'YYYY-MM-DD' it was answered, '' while open. */
  answeredOn: string;
  updatedAt: string;
}

/** The month's key messages (covering text) as the user edited them. */
export interface KeyMessagesText {
  month: MonthKey;
  text: string;
  updatedAt: string;
}

/** Which RAG rule rates an indicator: the target (SPEC 3.3) or the board's two tests (3.7). */
export type RagRule = 'target' | 'two_test';

/** How often a figure is returned (SPEC 2.2 `expected`). */
export type Frequency = 'monthly' | 'quarterly' | 'annual';

export interface Expected {
  frequency: Frequency;
  /** Days after the period's last day that the figure is due. */
  dueDays: number;
}

export type BenchmarkKind =
  'sn_avg' | 'best_sn' | 'national_avg' | 'national_top_quartile' | 'regional_avg';

export interface Benchmark {
  indicatorId: string;
  benchmark: BenchmarkKind;
  /** Financial year the benchmark relates to. */
  period: YearKey;
  value: number;
  source: string;
  /** e.g. the name of the best statistical neighbour. */
  label: string;
  /** The import that brought it (ImportRecord id), so removing that import takes it out. */
  importId?: string;
}

/** Where a value came from. */
export interface Provenance {
  file: string;
  /** ISO timestamp of the import. */
  importedAt: string;
  line: number;
  /** The `agency` column of a partner agency's return (SPEC 2.9), normalised; absent otherwise. */
  agency?: string;
}

/** One value of one indicator for one period (month or financial year). */
export interface Observation {
  indicatorId: string;
  /** MonthKey or YearKey. */
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Decimals as written, for "compare as imported". */
  decimals: number;
  /** The cell text as imported. */
  raw: string;
  note: string;
  provenance: Provenance;
}

/** A replaced value, kept when a re-import changes a period (SPEC 2.7). */
export interface Revision {
  indicatorId: string;
  period: string;
  previous: Observation;
  replacedBy: Provenance;
}

/** A YTD figure printed in a sheet, for a month (it wins over the computed one, SPEC 3.4). */
export interface ImportedYtd {
  indicatorId: string;
  month: MonthKey;
  value: number;
  numerator: number | null;
  denominator: number | null;
  raw: string;
  /** The import that brought it (ImportRecord id). */
  importId?: string;
}

/** DOT / RAG as printed in an imported sheet: never used for results, only compared. */
export interface PrintedStatus {
  indicatorId: string;
  month: MonthKey;
  dot: string;
  rag: string;
  file: string;
  line: number;
  /** The import that brought it (ImportRecord id). */
  importId?: string;
}

export interface Commentary {
  indicatorId: string;
  month: MonthKey;
  text: string;
  updatedAt: string;
}

export type ProblemSeverity = 'error' | 'warning';

/** An expected failure: a value with a place and a sentence a user can act on. */
export interface ImportProblem {
  severity: ProblemSeverity;
  code: string;
  file: string;
  /** 1-based line in the file (the header is line 1); 0 when the whole file is concerned. */
  line: number;
  /** Column header as written, or '' when the whole row or file is concerned. */
  column: string;
  message: string;
}

export type FileKind =
  | 'scorecard'
  | 'catalogue'
  | 'monthly-long'
  | 'monthly-wide'
  | 'benchmarks'
  | 'population'
  | 'national'
  | 'neighbours'
  | 'trajectory'
  | 'breakdown'
  | 'unknown';

/** A population figure for a period, for rates per 10,000 (SPEC 2.6). */
export interface PopulationFigure {
  period: string;
  population0to17: number;
  /** The import that brought it (ImportRecord id). */
  importId?: string;
}

/** Everything one file contributed, after validation; merged into the workspace on confirm. */
export interface ParsedFile {
  file: string;
  kind: FileKind;
  rowsRead: number;
  rowsAccepted: number;
  indicators: Indicator[];
  observations: Observation[];
  /**
   * Set when the values stayed in the import worker (`observations` is then empty here): how
   * many there are.
   */
  observationCount?: number;
  benchmarks: Benchmark[];
  importedYtd: ImportedYtd[];
  printed: PrintedStatus[];
  population: PopulationFigure[];
  problems: ImportProblem[];
  /** A published national dataset (kind 'national'). */
  national?: NationalDataset;
  /** A statistical-neighbour list (kind 'neighbours'). */
  neighbours?: NeighbourList;
  /** A trajectory file's months (kind 'trajectory'). */
  trajectories?: TrajectoryPoint[];
  /** Where the header was found when it was not simply line 1 (titles above, two rows). */
  layout?: string | null;
  /** Information lines for the report (not problems), e.g. this app's own export columns. */
  notes?: string[];
  /** Rows of a breakdown file (kind 'breakdown', SPEC 2.8). */
  breakdowns?: BreakdownRow[];
  /** No-value markers an agency returned (`n/a`, `c`...): the figure was returned (SPEC 2.9). */
  markers?: ReturnedMarker[];
}

/** One category of one dimension of an indicator for a period (SPEC 2.8). */
export interface BreakdownRow {
  indicatorId: string;
  /** MonthKey or YearKey. */
  period: string;
  /** As written, e.g. "Referral source", "Length of time on plan". */
  dimension: string;
  category: string;
  /** Percentages in points; null for a no-value marker (suppressed). */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  raw: string;
  line: number;
  /** The import that brought it (ImportRecord id). */
  importId?: string;
}

/** An agency's no-value marker for an indicator and period: returned, with nothing to show. */
export interface ReturnedMarker {
  indicatorId: string;
  period: string;
  marker: string;
  agency: string;
  /** The import that brought it (ImportRecord id). */
  importId?: string;
}

/** One confirmed import, listed on the Import screen. */
export interface ImportRecord {
  id: string;
  file: string;
  kind: FileKind;
  importedAt: string;
  rowsAccepted: number;
  /** Indicators this import brought in, so removing it can take them out again. */
  newIndicatorIds: string[];
}

/** Everything the user gave us: the only thing persisted. Derived values are never stored. */
export interface WorkspaceData {
  version: 1;
  /** Shown in the header, e.g. "Example: December 2015 report from published committee papers". */
  label: string;
  isExample: boolean;
  indicators: Indicator[];
  observations: Observation[];
  revisions: Revision[];
  benchmarks: Benchmark[];
  importedYtd: ImportedYtd[];
  printed: PrintedStatus[];
  population: PopulationFigure[];
  commentary: Commentary[];
  imports: ImportRecord[];
  /**
   * Benchmarks, printed YTDs, printed DOT/RAG and population figures that a later import replaced,
   * kept so that removing that import brings them back (as revisions do for values). Absent in
   * workspaces saved before it existed.
   */
  superseded?: SupersededItem[];
  /** Published national datasets (SPEC 2.5), newest import last. Absent in older workspaces. */
  national?: NationalDataset[];
  /** Statistical-neighbour lists, newest import last (the newest is used). */
  neighbours?: NeighbourList[];
  /** The council's own local authority, as a 3-digit old_la_code ('372'); null until chosen. */
  ownLa?: string | null;
  /** Indicator-to-published-measure choices. */
  nationalMappings?: NationalMapping[];
  /** Themed scorecards (views), in the order the user keeps them. Absent in older workspaces. */
  views?: ScorecardView[];
  /** Monthly trajectory files' paths (SPEC 2.10). Absent in older workspaces. */
  trajectories?: TrajectoryPoint[];
  /** Actions on indicators. Absent in older workspaces. */
  actions?: IndicatorAction[];
  /** Members' questions on indicators. Absent in older workspaces. */
  questions?: MemberQuestion[];
  /** The key messages as edited, one per month. Absent in older workspaces. */
  keyMessages?: KeyMessagesText[];
  /** Breakdowns by dimension and category (SPEC 2.8). Absent in older workspaces. */
  breakdowns?: BreakdownRow[];
  /** No-value markers partner agencies returned (SPEC 2.9). Absent in older workspaces. */
  markers?: ReturnedMarker[];
  /** Signal-or-noise settings (SPEC 3.9): run length, minimum points, marks. Absent = defaults. */
  spc?: SpcPreferences;
}

/** Why limits are recalculated from a month: said on the chart beside the break. */
export interface SpcMark {
  indicatorId: string;
  /** The first month of the new period. */
  month: MonthKey;
  /** In words: "Definition change", "New recording system" or the user's own text. */
  reason: string;
}

/** Limits of an indicator fixed from the first `months` months of each period between breaks. */
export interface SpcBaseline {
  indicatorId: string;
  months: number;
}

/** The workspace's signal-or-noise settings (docs/rules.md "Signal or noise: settings"). */
export interface SpcPreferences {
  /** Points in a shift or trend: 7 (default) or 6. */
  runLength?: 6 | 7;
  /** Months needed before limits are drawn (default 13). */
  minimumPoints?: number;
  breaks?: SpcMark[];
  baselines?: SpcBaseline[];
}

/** Draft until issued; each issue is numbered and says the month and when it was produced. */
export type ViewStatus =
  { kind: 'draft' } | { kind: 'issued'; issue: number; asAt: MonthKey; producedAt: string };

export interface ScorecardView {
  /** URL-safe, unique in the workspace: the `view` in the address. */
  id: string;
  title: string;
  /** Who it is for, e.g. "Safeguarding board". */
  audience: string;
  /** Indicators whose catalogue tags include any of these (case and spaces ignored). */
  tags: string[];
  /** Indicators picked one by one, in this order; tagged ones follow in scorecard order. */
  indicatorIds: string[];
  status: ViewStatus;
  /** `two_test`: every row of the view is rated on the board's two tests (SPEC 3.7). */
  ragRule?: RagRule;
}

/** One keyed item replaced by the import `by`. */
export type SupersededItem =
  | { list: 'benchmarks'; item: Benchmark; by: string }
  | { list: 'importedYtd'; item: ImportedYtd; by: string }
  | { list: 'printed'; item: PrintedStatus; by: string }
  | { list: 'population'; item: PopulationFigure; by: string };

/** A year-to-date figure and where it came from (SPEC 3.4). */
export interface YtdResult {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  source: 'imported' | 'computed' | 'none';
  /** The computed figure, also when an imported one wins (for the data-quality warning). */
  computed: number | null;
  /** e.g. "The sheet's YTD 8,727 differs from the sum of the months, 8,951". */
  warning: string | null;
}

export interface BenchmarkCell {
  kind: BenchmarkKind;
  benchmark: Benchmark | null;
  /** Older than the latest two financial years (SPEC 2.4). */
  stale: boolean;
  /**
   * The gap from the row's compared figure (SPEC 3.6) to this benchmark; null without a benchmark
   * and for the top-quartile threshold (a position, not a gap).
   */
  gap: BenchmarkGap | null;
}

/**
 * Which of an indicator's figures is compared with annual benchmarks (SPEC 3.6):
 * - `rolling`: a measure already rolling or annual (its words say so, or `ytd = none`): month M;
 * - `snapshot`: a point-in-time measure (`ytd = latest`): month M;
 * - `ytd`: a percentage made of numerators over denominators (`ytd = ratio`): the year to date,
 *   and a flow's year to date in March (then the whole year);
 * - `rolling-12`: a flow (`ytd = sum`) with all of the last 12 months: their total;
 * - `projected`: a flow without them: the year to date x 12 / months elapsed.
 */
export type ComparedKind = 'rolling' | 'snapshot' | 'ytd' | 'rolling-12' | 'projected';

export type ComparedFigure =
  | {
      kind: ComparedKind;
      value: number;
      /** On the same basis as the value (the year to date's for `ytd`), for gaps in children. */
      numerator: number | null;
      denominator: number | null;
      /** What the figure is, in words: "year to date", "projected for the year". */
      label: string;
      /** The label with the figure, for sentences: "year to date 20.0%". */
      words: string;
    }
  /** No figure can be compared (SPEC 3.6 rule 5), with the reason in words. */
  | { kind: 'none'; reason: string };

export type GapJudgement = 'better' | 'worse' | 'same' | 'above' | 'below' | 'none';

export interface BenchmarkGap {
  /** compared figure - benchmark, in the indicator's unit (percentage points for percentages). */
  gap: number | null;
  judgement: GapJudgement;
  /** "Year to date 20.0% against the statistical-neighbour average of 25.1% (2014/15): 5.1 points worse". */
  sentence: string;
  /** The same as a clause: "year to date 20.0% is 5.1 points worse than the statistical-neighbour average of 25.1% (2014/15)". */
  clause: string;
  /** Children that would have to move for the figure to reach the benchmark. */
  children: number | null;
  childrenSentence: string | null;
}

export interface Disagreement {
  field: 'dot' | 'rag';
  printed: string;
  computed: string;
}

/** A computed scorecard row: a pure function of (workspace, month). */
export interface ScorecardRow {
  indicator: Indicator;
  /** The last three months ending at the selected month, oldest first. */
  recent: { month: MonthKey; observation: Observation | null }[];
  current: Observation | null;
  ytd: YtdResult;
  dot: DotResult;
  rag: RagResult;
  /** Annual outturns, oldest first. */
  yearTrend: { year: YearKey; value: number | null; source: 'imported' | 'computed' | 'none' }[];
  /** The figure compared with annual benchmarks, on their basis (SPEC 3.6). */
  compared: ComparedFigure;
  benchmarks: BenchmarkCell[];
  printed: PrintedStatus | null;
  disagreements: Disagreement[];
  /** Signal or noise (SPEC 3.9): SPC verdicts, small numbers, whether a change is real. */
  signal: IndicatorSignal;
  /** The RAG rule that rated the row (absent: the target, SPEC 3.3). */
  ragRule?: RagRule;
  /** A partner's figure for the month not yet returned: "Awaiting data from Health (due 20 Jan)". */
  awaiting?: AwaitingData | null;
}

/** A figure expected from an agency and not yet returned (SPEC 2.9). */
export interface AwaitingData {
  agency: string;
  /** The agency in words: "Health". */
  agencyName: string;
  /** ISO date, 'YYYY-MM-DD'. */
  due: string;
  /** "Awaiting data from Health (due 20 Jan)". */
  words: string;
}

export interface Scorecard {
  asAt: MonthKey;
  recentMonths: MonthKey[];
  trendYears: YearKey[];
  /** Per benchmark column, the year most rows' benchmarks relate to (for its header). */
  benchmarkYears: Partial<Record<BenchmarkKind, YearKey | null>>;
  sections: string[];
  rows: ScorecardRow[];
  counts: Record<RagStatus, number>;
}

/** One step that can be undone: what the workspace was before, and a sentence naming the step. */
export interface UndoEntry {
  /** e.g. "Import of scorecard-2015-12.csv", shown on the undo button. */
  description: string;
  before: WorkspaceData;
}

/** Geography of a row of published national data. */
export type GeographicLevel = 'national' | 'regional' | 'la';

/** One row of a DfE "Explore education statistics" tidy CSV (SPEC 2.5), kept as its numbers. */
export interface NationalRow {
  /** Financial year: time_period 2015 (or 201415) is '2014/15'. */
  year: YearKey;
  level: GeographicLevel;
  /** e.g. 'E12000003' and 'Yorkshire and The Humber'; '' for the national row. */
  regionCode: string;
  regionName: string;
  /** The 3-digit old_la_code ('372'), '' for national and regional rows. */
  laCode: string;
  laName: string;
  /** Values of the dataset's filter columns, in `NationalDataset.filters` order. */
  filters: string[];
  /** Values of the dataset's measure columns, in `NationalDataset.measures` order; null where
   * suppressed (c, x, z, u, low) or blank. */
  values: (number | null)[];
}

/** A published national dataset: one DfE tidy CSV, with its filter and measure columns. */
export interface NationalDataset {
  file: string;
  /** Text columns other than the geography ones, e.g. ['category']. */
  filters: string[];
  /** Numeric columns, e.g. ['referral_count', 'rereferral_percent']. */
  measures: string[];
  rows: NationalRow[];
  /** The import that brought it (ImportRecord id). */
  importId?: string;
}

/** One local authority of a statistical-neighbour list. */
export interface NeighbourEntry {
  /** 3-digit old_la_code, e.g. '372'. */
  code: string;
  name: string;
  region: string;
  /** Its 10 statistical neighbours' codes, closest first. */
  neighbours: string[];
}

/** The DfE children's services statistical-neighbour list (10 neighbours per LA). */
export interface NeighbourList {
  file: string;
  las: NeighbourEntry[];
  /** The import that brought it (ImportRecord id). */
  importId?: string;
}

/**
 * Which published measure an indicator is compared with (SPEC 2.5): a measure column of a national
 * dataset, with the filter values that pick its rows ([] when the dataset has no filters).
 * Datasets are matched by measure and filter columns, not by file name, so next year's file of
 * the same publication serves the same mapping.
 */
export interface NationalMapping {
  indicatorId: string;
  measure: string;
  filters: { column: string; value: string }[];
}
