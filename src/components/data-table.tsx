import type { ReactNode } from 'react';
import type { Observation, Unit } from '@/domain/types';
import { formatNumber } from '@/domain/format';

/** Shown where a cell has no value: a dash on screen, words for screen readers. */
export function NoValue({ text = 'No value' }: { text?: string }) {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{text}</span>
    </>
  );
}

/** A number in its unit ("46.6%", "1,041"); NoValue for null. */
export function NumberText({
  value,
  unit,
  decimals,
}: {
  value: number | null;
  unit: Unit;
  decimals: number | null;
}) {
  if (value === null) return <NoValue />;
  return <>{formatNumber(value, unit, decimals)}</>;
}

/**
 * An observation as shown in a table: its number at the indicator's precision (or as imported),
 * or its no-value marker as written ("n/a", "c"), or a dash when there is none.
 */
export function ObservationText({
  observation,
  unit,
  decimals,
}: {
  observation: Observation | null;
  unit: Unit;
  /** The indicator's precision; null = as imported. */
  decimals: number | null;
}) {
  if (!observation) return <NoValue />;
  if (observation.value === null) {
    const marker = observation.raw.trim();
    return marker === '' ? <NoValue /> : <>{marker}</>;
  }
  return <>{formatNumber(observation.value, unit, decimals ?? observation.decimals)}</>;
}

/** A column header cell (scope=col), numeric columns aligned right. */
export function ColumnHeader({
  children,
  numeric = false,
}: {
  children: ReactNode;
  numeric?: boolean;
}) {
  return (
    <th scope="col" className={numeric ? 'num' : undefined}>
      {children}
    </th>
  );
}
