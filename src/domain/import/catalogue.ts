import { parseDatedTarget } from '@/domain/trajectory';
import type { Indicator, ParsedFile, Unit, YtdKind } from '@/domain/types';
import { parseTarget } from '@/domain/targets';
import { readTags } from '@/domain/views';
import { DEFAULT_DUE_DAYS, readAgency, readExpected } from '@/domain/agency';
import { readPolarity } from '@/domain/import/scorecard-sheet';
import {
  cell,
  header,
  report,
  reportUnreadableTarget,
  type ParseContext,
  readId,
} from '@/domain/import/context';

const UNITS: Record<string, Unit> = {
  count: 'count',
  percent: 'percent',
  percentage: 'percent',
  rateper10k: 'rate_per_10k',
  rate: 'rate_per_10k',
  rateper10000: 'rate_per_10k',
  days: 'days',
  average: 'average',
};
const YTD_KINDS: Record<string, YtdKind> = {
  sum: 'sum',
  ratio: 'ratio',
  latest: 'latest',
  none: 'none',
  '': 'none',
};

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The indicator catalogue (SPEC 2.2): definitions, polarity, unit, YTD kind and targets. */
export function parseCatalogue(
  ctx: ParseContext,
  rows: string[][],
  lines: number[],
  out: ParsedFile,
): void {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const line = lines[i] ?? i + 2;
    out.rowsRead += 1;
    const id = readId(ctx, row, line);
    if (id === null) return;
    if (seen.has(id)) {
      report(
        ctx,
        'error',
        'duplicate-indicator',
        line,
        header(ctx, 'id'),
        `Line ${line}: indicator ${id} appears twice; this second row was not imported.`,
      );
      return;
    }
    seen.add(id);
    const polarityRaw = cell(ctx, row, 'polarity');
    const polarity = readPolarity(polarityRaw);
    if (!polarity) {
      report(
        ctx,
        'error',
        'invalid-polarity',
        line,
        header(ctx, 'polarity'),
        `Line ${line}: polarity "${polarityRaw}" is not one of high, low, neutral or range; indicator ${id} was not imported.`,
      );
      return;
    }
    const unitRaw = norm(cell(ctx, row, 'unit'));
    const unit = UNITS[unitRaw];
    if (!unit) {
      report(
        ctx,
        'error',
        'invalid-unit',
        line,
        header(ctx, 'unit'),
        `Line ${line}: unit "${cell(ctx, row, 'unit')}" is not one of count, percent, rate_per_10k, days or average; indicator ${id} was not imported.`,
      );
      return;
    }
    const ytdRaw = norm(cell(ctx, row, 'ytd'));
    let ytd = YTD_KINDS[ytdRaw];
    if (ytd === undefined) {
      report(
        ctx,
        'warning',
        'invalid-ytd-kind',
        line,
        header(ctx, 'ytd'),
        `Line ${line}: ytd "${cell(ctx, row, 'ytd')}" is not sum, ratio, latest or none; no year-to-date figure is computed for ${id}.`,
      );
      ytd = 'none';
    }
    const decimalsRaw = cell(ctx, row, 'decimals');
    const decimals = /^\d+$/.test(decimalsRaw) ? Number(decimalsRaw) : null;
    if (decimalsRaw && decimals === null) {
      report(
        ctx,
        'warning',
        'invalid-decimals',
        line,
        header(ctx, 'decimals'),
        `Line ${line}: decimals "${decimalsRaw}" is not a whole number; values of ${id} are compared as imported.`,
      );
    }
    const smallRaw = cell(ctx, row, 'smallNumbers');
    const smallNumbersThreshold = /^\d+$/.test(smallRaw) ? Number(smallRaw) : undefined;
    if (smallRaw && smallNumbersThreshold === undefined) {
      report(
        ctx,
        'warning',
        'invalid-small-numbers',
        line,
        header(ctx, 'smallNumbers'),
        `Line ${line}: small_numbers "${smallRaw}" is not a whole number; ${id} uses the default of 20.`,
      );
    }
    // A target by a date (SPEC 2.10): an unreadable one is reported and left out.
    const targetByRaw = cell(ctx, row, 'targetBy');
    const datedTarget = targetByRaw ? parseDatedTarget(targetByRaw) : null;
    if (datedTarget && !datedTarget.ok) {
      report(
        ctx,
        'warning',
        'invalid-target-by',
        line,
        header(ctx, 'targetBy'),
        `Line ${line}: ${datedTarget.reason} ${id} has no target by a date until it is fixed.`,
      );
    }
    // Partner agencies (SPEC 2.2): a blank cell leaves the indicator untracked (completeness.ts).
    const agencyRaw = cell(ctx, row, 'agency');
    const expectedRaw = cell(ctx, row, 'expected');
    const expected = expectedRaw === '' ? undefined : readExpected(expectedRaw);
    if (expected === null) {
      report(
        ctx,
        'warning',
        'invalid-expected',
        line,
        header(ctx, 'expected'),
        `Line ${line}: expected "${expectedRaw}" is not monthly, quarterly or annual (optionally with +days, such as monthly+20); ${id} is taken as monthly, due 20 days after the month's end.`,
      );
    }
    // The one rag_rule column (docs/rules.md): `target` (or blank) rates on the target; `two_test`
    // on the board's two tests; `trajectory` on the target, with a RAG against the path as well.
    const ruleRaw = norm(cell(ctx, row, 'ragRule'));
    const ragRule = ruleRaw === 'twotest' || ruleRaw === 'board' ? 'two_test' : undefined;
    const trajectoryRag = ruleRaw === 'trajectory';
    if (ruleRaw !== '' && ruleRaw !== 'target' && ragRule === undefined && !trajectoryRag) {
      report(
        ctx,
        'warning',
        'invalid-rag-rule',
        line,
        header(ctx, 'ragRule'),
        `Line ${line}: rag_rule "${cell(ctx, row, 'ragRule')}" is not target, two_test or trajectory; ${id} is rated against its target.`,
      );
    }
    const targetCells = {
      red: cell(ctx, row, 'red'),
      amber: cell(ctx, row, 'amber'),
      green: cell(ctx, row, 'green'),
    };
    const { target, ytdBasis } = parseTarget(targetCells);
    reportUnreadableTarget(ctx, line, id, targetCells, target);
    const basisRaw = norm(cell(ctx, row, 'ragBasis'));
    const dotRaw = norm(cell(ctx, row, 'dot'));
    const indicator: Indicator = {
      id,
      section: cell(ctx, row, 'section') || 'Indicators',
      name: cell(ctx, row, 'name') || `Indicator ${id}`,
      polarity,
      unit,
      decimals,
      ytd,
      ragBasis: basisRaw === 'ytd' || ytdBasis ? 'ytd' : 'month',
      targetCells,
      target,
      dot: !(dotRaw === 'off' || dotRaw === 'no' || dotRaw === 'false'),
      definition: cell(ctx, row, 'definition'),
      source: cell(ctx, row, 'source'),
      dataNote: '',
      ytdNote: '',
      order: out.indicators.length,
      tags: readTags(cell(ctx, row, 'tags')),
      ...(smallNumbersThreshold === undefined ? {} : { smallNumbersThreshold }),
      ...(datedTarget?.ok ? { targetBy: datedTarget.target } : {}),
      ...(trajectoryRag ? { trajectoryRag } : {}),
      ...(agencyRaw === '' ? {} : { agency: readAgency(agencyRaw) }),
      ...(expected === undefined
        ? {}
        : { expected: expected ?? { frequency: 'monthly', dueDays: DEFAULT_DUE_DAYS } }),
      ...(ragRule === undefined ? {} : { ragRule }),
    };
    out.indicators.push(indicator);
    out.rowsAccepted += 1;
  });
}
