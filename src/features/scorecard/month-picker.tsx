import { useId } from 'react';
import type { MonthKey } from '@/domain/types';
import { formatMonthLong } from '@/domain/periods';

interface MonthPickerProps {
  months: MonthKey[];
  value: MonthKey;
  onChange: (month: MonthKey) => void;
}

/** "As at month end": every month with data, newest first. */
export function MonthPicker({ months, value, onChange }: MonthPickerProps) {
  const id = useId();
  const newestFirst = [...months].reverse();
  return (
    <div className="field">
      <label htmlFor={id}>As at month end</label>
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
