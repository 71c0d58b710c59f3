import { useId } from 'react';
import type { NationalDataset } from '@/domain/types';
import { ownLaChosen, useWorkspaceStore } from '@/state/workspace-store';
import { useLaOptions } from '@/read/hooks';

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** "2012/13 to 2024/25" (or one year), from the rows of a dataset. */
function yearsCovered(dataset: NationalDataset): string {
  const years = [...new Set(dataset.rows.map((r) => r.year))].sort();
  const first = years[0];
  const last = years[years.length - 1];
  if (!first || !last) return 'no years';
  return first === last ? first : `${first} to ${last} (${years.length} years)`;
}

/**
 * "Comparisons with published national data" (SPEC 2.5): which local authority the council is,
 * and the national datasets and neighbour lists imported. Shown only once such a file is loaded.
 * `onAnnounce` receives a sentence for the page's live region.
 */
export function NationalSettings({ onAnnounce }: { onAnnounce: (message: string) => void }) {
  const id = useId();
  const workspace = useWorkspaceStore((s) => s.workspace);
  const national = workspace.national ?? [];
  const lists = workspace.neighbours ?? [];
  const las = useLaOptions();
  if (national.length === 0 && lists.length === 0) return null;
  const ownLa = workspace.ownLa ?? null;
  const known = ownLa === null || las.some((o) => o.code === ownLa);
  const mapped = (workspace.nationalMappings ?? []).length;

  return (
    <section aria-labelledby="national-settings-heading" className="national-settings">
      <h2 id="national-settings-heading">Comparisons with published national data</h2>
      <p>
        Your local authority&apos;s figures, its statistical neighbours&apos; and England&apos;s are
        read from the published files you imported.
      </p>
      <div className="field national-settings__la">
        <label htmlFor={id}>Your local authority</label>
        <select
          id={id}
          value={ownLa ?? ''}
          onChange={(e) => {
            const code = e.target.value === '' ? null : e.target.value;
            ownLaChosen(code);
            const chosen = las.find((o) => o.code === code);
            onAnnounce(
              chosen
                ? `Your local authority is now ${chosen.name} (${chosen.code}).`
                : 'Your local authority is not chosen: nothing is compared.',
            );
          }}
        >
          <option value="">Not chosen</option>
          {known ? null : <option value={ownLa}>{ownLa} (not in the imported files)</option>}
          {las.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name} ({o.code})
            </option>
          ))}
        </select>
      </div>
      <p>
        {mapped === 0
          ? 'No indicator is compared with a published measure yet: choose the measure on each indicator’s page.'
          : `${plural(mapped, 'indicator is', 'indicators are')} compared with a published measure; change the choice on each indicator’s page.`}
      </p>
      <h3>Published files</h3>
      <ul className="national-files">
        {national.map((d, i) => (
          <li key={`${i}-${d.file}`}>
            <strong>{d.file}</strong>: published national data,{' '}
            {plural(d.measures.length, 'measure')}, {yearsCovered(d)}
          </li>
        ))}
        {lists.map((l, i) => (
          <li key={`${i}-${l.file}`}>
            <strong>{l.file}</strong>: statistical neighbours of{' '}
            {plural(l.las.length, 'local authority', 'local authorities')}
            {lists.length > 1
              ? i === lists.length - 1
                ? ' (the newest: this one is used)'
                : ' (not used: a newer list was imported)'
              : ''}
          </li>
        ))}
        {lists.length === 0 ? (
          <li>
            No statistical-neighbour list yet: import the DfE list to compare with neighbours.
          </li>
        ) : null}
      </ul>
    </section>
  );
}
