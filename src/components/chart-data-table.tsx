import '@/components/indicator-components.css';
import type { SeriesPoint } from '@/domain/indicator-view';
import type { Observation, Unit } from '@/domain/types';
import { formatNumber } from '@/domain/format';
import { NoValue } from '@/components/data-table';

/** A row of a chart's data table, already in words and numbers. */
export interface ChartTableRow {
  key: string;
  /** Row header: 'Apr-15', '2014/15'. */
  label: string;
  value: number | null;
  /** Shown when there is no value: the cell as imported ("n/a", "c"), or '' for a dash. */
  marker: string;
  numerator: number | null;
  denominator: number | null;
  /** e.g. "revised from 1,041", or ''. */
  note: string;
}

function shown(o: Observation | null, unit: Unit, decimals: number | null): string {
  if (!o) return 'no value';
  if (o.value === null) return o.raw.trim() || 'no value';
  return formatNumber(o.value, unit, decimals ?? o.decimals);
}

/** The rows of a month series: only months up to "as at" that have an entry or a value. */
export function seriesRows(
  points: SeriesPoint[],
  unit: Unit,
  decimals: number | null,
): ChartTableRow[] {
  return points.map((p) => ({
    key: p.month,
    label: p.label,
    value: p.value,
    marker: p.value === null ? p.raw.trim() : '',
    numerator: p.numerator,
    denominator: p.denominator,
    note: p.revisedFrom ? `revised from ${shown(p.revisedFrom, unit, decimals)}` : '',
  }));
}

interface ChartDataTableProps {
  caption: string;
  /** Header of the first column: "Month", "Financial year". */
  rowHeader: string;
  valueHeader: string;
  rows: ChartTableRow[];
  unit: Unit;
  decimals: number | null;
  /**
   * On paper, only the last this many rows (the pack's indicator page must fit one sheet); the
   * earlier rows stay on screen, and a note under the table says so. All rows when absent.
   */
  paperRows?: number;
}

const count = (v: number | null) => (v === null ? <NoValue /> : formatNumber(v, 'count', 0));

/**
 * The data of a chart as a real table (WCAG: every chart has its data as text): one row per
 * month or year, the value, the numerator and denominator where any are known, and revisions.
 */
export function ChartDataTable({
  caption,
  rowHeader,
  valueHeader,
  rows,
  unit,
  decimals,
  paperRows,
}: ChartDataTableProps) {
  const screenOnly = paperRows !== undefined ? Math.max(0, rows.length - paperRows) : 0;
  const fractions = rows.some((r) => r.numerator !== null || r.denominator !== null);
  const notes = rows.some((r) => r.note !== '');
  return (
    <div className="table-scroll chart-data">
      <table className="compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            <th scope="col" className="num">
              {valueHeader}
            </th>
            {fractions ? (
              <>
                <th scope="col" className="num">
                  {unit === 'rate_per_10k' ? 'Children (count)' : 'Numerator'}
                </th>
                <th scope="col" className="num">
                  {unit === 'rate_per_10k' ? 'Population aged 0-17' : 'Denominator'}
                </th>
              </>
            ) : null}
            {notes ? <th scope="col">Revision</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.key} className={i < screenOnly ? 'chart-data__screen-only' : undefined}>
              <th scope="row">{r.label}</th>
              <td className="num">
                {r.value !== null ? (
                  formatNumber(r.value, unit, decimals)
                ) : r.marker !== '' ? (
                  r.marker
                ) : (
                  <NoValue />
                )}
              </td>
              {fractions ? (
                <>
                  <td className="num">{count(r.numerator)}</td>
                  <td className="num">{count(r.denominator)}</td>
                </>
              ) : null}
              {notes ? <td>{r.note}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      {screenOnly > 0 ? (
        <p className="chart-data__paper-note">
          The last {rows.length - screenOnly} months; earlier months on screen.
        </p>
      ) : null}
    </div>
  );
}

interface MultiSeriesTableProps {
  caption: string;
  /** Column per series: its label; rows per month. */
  series: { key: string; label: string; points: SeriesPoint[] }[];
  unit: Unit;
  decimals: number | null;
}

/** Several series over the same months: one row per month, one column per series. */
export function MultiSeriesTable({ caption, series, unit, decimals }: MultiSeriesTableProps) {
  const months = series[0]?.points ?? [];
  // Wide with four series: a focusable region, so keyboard users can scroll it (WCAG 2.1.1).
  return (
    <div className="table-scroll chart-data" tabIndex={0} role="region" aria-label={caption}>
      <table className="compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            {series.map((s) => (
              <th scope="col" className="num" key={s.key}>
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {months.map((m, i) => (
            <tr key={m.month}>
              <th scope="row">{m.label}</th>
              {series.map((s) => {
                const p = s.points[i];
                const fraction =
                  p && p.numerator !== null && p.denominator !== null
                    ? ` (${formatNumber(p.numerator, 'count', 0)} of ${formatNumber(p.denominator, 'count', 0)})`
                    : '';
                return (
                  <td className="num" key={s.key}>
                    {p?.value != null ? (
                      `${formatNumber(p.value, unit, decimals)}${fraction}`
                    ) : p && p.raw.trim() !== '' ? (
                      p.raw.trim()
                    ) : (
                      <NoValue />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
