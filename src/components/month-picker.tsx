import { useId } from 'react';
import type { MonthKey } from '@/domain/types';
import { formatMonthLong } from '@/domain/periods';

interface MonthPickerProps {
  months: readonly MonthKey[];
  value: MonthKey;
  onChange: (month: MonthKey) => void;
  /** "As at month end" unless another choice of month ("Compared with"). */
  label?: string;
  className?: string;
}

/** A choice of month with data, newest first: "As at month end" on every screen that has one. */
export function MonthPicker({
  months,
  value,
  onChange,
  label = 'As at month end',
  className = 'field',
}: MonthPickerProps) {
  const id = useId();
  const newestFirst = [...months].reverse();
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {newestFirst.map((m) => (
          <option key={m} value={m}>
            {formatMonthLong(m)}
          </option>
        ))}
      </select>
    </div>
  );
}
