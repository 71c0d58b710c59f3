import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { mappingOf, type MeasureOption } from '@/domain/national';
import { latestEndedYear } from '@/domain/periods';
import { matchesSearch } from '@/domain/measure-words';
import type { Indicator, MonthKey, NationalMapping, WorkspaceData, YearKey } from '@/domain/types';
import { nationalMappingChosen } from '@/state/workspace-store';
import {
  useLaOptions,
  useMeasureOptions,
  useNationalComparison,
  useNationalYears,
} from '@/read/hooks';
import {
  NationalComparisonTable,
  comparisonSentence,
  yearToShow,
} from '@/components/national-comparison';

/** The same measure and filter values (filters in any order). */
function sameChoice(a: Pick<NationalMapping, 'measure' | 'filters'>, b: MeasureOption): boolean {
  return (
    a.measure === b.measure &&
    a.filters.length === b.filters.length &&
    a.filters.every((f) => b.filters.some((g) => g.column === f.column && g.value === f.value))
  );
}

/** Value of the option for a mapping whose measure is in none of the imported files. */
const MISSING = '\u0000missing';

function MeasurePicker({
  workspace,
  indicator,
}: {
  workspace: WorkspaceData;
  indicator: Indicator;
}) {
  const id = useId();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const options = useMeasureOptions();
  const mapping = mappingOf(workspace, indicator.id);
  const current = mapping ? options.find((o) => sameChoice(mapping, o)) : undefined;
  const value = mapping ? (current?.key ?? MISSING) : '';
  // Searched by the words and the column name; the chosen measure always stays in the list.
  const shown = options.filter(
    (o) => o === current || matchesSearch(`${o.label} ${o.measure} ${o.file}`, query),
  );
  // Grouped by the file (publication) each measure comes from.
  const files = [...new Set(shown.map((o) => o.file))];
  return (
    <div className="field national-picker">
      <label htmlFor={searchId}>Search published measures</label>
      <input
        id={searchId}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-describedby={`${searchId}-count`}
      />
      <p id={`${searchId}-count`} className="hint" aria-live="polite">
        {shown.length} of {options.length} measures
      </p>
      <label htmlFor={id}>Published measure</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          const chosen = options.find((o) => o.key === e.target.value);
          if (e.target.value === '') nationalMappingChosen(indicator.id, null);
          else if (chosen)
            nationalMappingChosen(indicator.id, {
              indicatorId: indicator.id,
              measure: chosen.measure,
              filters: chosen.filters,
            });
        }}
      >
        <option value="">None</option>
        {mapping && !current ? (
          <option value={MISSING}>{mapping.measure} (not in the imported files)</option>
        ) : null}
        {files.map((file) => (
          <optgroup key={file} label={file}>
            {shown
              .filter((o) => o.file === file)
              .map((o) => (
                <option key={o.key} value={o.key}>
                  {o.label}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

function YearPicker({
  years,
  value,
  onChange,
}: {
  years: YearKey[];
  value: YearKey;
  onChange: (year: YearKey) => void;
}) {
  const id = useId();
  return (
    <div className="field national-year">
      <label htmlFor={id}>Year of published figures</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {[...years].reverse().map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * How the council compares with published national data (SPEC 2.5) on this indicator: the choice
 * of published measure, then for the latest year with figures up to the page's financial year
 * (or another year picked) the council's figure, rank and quartile, its statistical neighbours,
 * their average, England, the region and the top-quartile threshold. Render it with a `key` of
 * the indicator and month, so a picked year does not outlive them.
 */
export function NationalSection({
  workspace,
  indicator,
  asAt,
}: {
  workspace: WorkspaceData;
  indicator: Indicator;
  asAt: MonthKey;
}) {
  const [picked, setPicked] = useState<YearKey | null>(null);
  const mapping = mappingOf(workspace, indicator.id);
  const ownLa = workspace.ownLa ?? null;
  // Published figures of a year exist only once it has ended (December 2015: 2014/15).
  const asAtYear = latestEndedYear(asAt);
  const years = useNationalYears(indicator.id).filter((y) => y <= asAtYear);
  const year = picked !== null && years.includes(picked) ? picked : yearToShow(years, asAtYear);
  const comparison = useNationalComparison(indicator, year);
  const laName = useLaOptions().find((o) => o.code === ownLa)?.name ?? ownLa ?? '';

  const shown = mapping !== null && ownLa !== null && comparison !== null;
  return (
    <>
      <div className="national-choices">
        <MeasurePicker workspace={workspace} indicator={indicator} />
        {shown && year !== null && years.length > 1 ? (
          <YearPicker years={years} value={year} onChange={setPicked} />
        ) : null}
      </div>
      {ownLa === null ? (
        <p className="notice">
          Your local authority has not been chosen, so there is nothing to compare yet.{' '}
          <Link to="/import">Choose your local authority on the Import screen</Link>.
        </p>
      ) : null}
      {mapping === null ? (
        <p>Choose the published measure this indicator is compared with.</p>
      ) : ownLa === null ? null : year === null ? (
        <p>The imported files have no figures for this measure in {asAtYear} or earlier.</p>
      ) : comparison === null ? (
        <p>There are no published figures for this measure in {year}.</p>
      ) : (
        <>
          <p className="national-sentence">{comparisonSentence(comparison, indicator, laName)}</p>
          {comparison.neighbours.length === 0 ? (
            <p>
              {(workspace.neighbours ?? []).length === 0
                ? 'Import the DfE statistical-neighbour list to compare with your neighbours.'
                : `The imported neighbour list has no statistical neighbours for ${laName}.`}
            </p>
          ) : null}
          <NationalComparisonTable comparison={comparison} indicator={indicator} laName={laName} />
          <p className="hint">
            Source: DfE published data, {comparison.source}, measure {comparison.measure}.
          </p>
        </>
      )}
    </>
  );
}
