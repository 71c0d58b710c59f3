import { useId } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useView, useWorkspace, VIEW_PARAM } from '@/read/hooks';

/**
 * "Showing: All indicators / <a view>": which themed scorecard every screen works on. The choice
 * lives in the address (`?view=`), so a view can be bookmarked and the navigation keeps it.
 */
export function ViewPicker() {
  const id = useId();
  const views = useWorkspace().views ?? [];
  const chosen = useView();
  const [params, setParams] = useSearchParams();
  if (views.length === 0) return null;
  const choose = (viewId: string) => {
    const next = new URLSearchParams(params);
    // Filters name sections and statuses of the view that was showing: start afresh.
    next.delete('section');
    if (viewId === '') next.delete(VIEW_PARAM);
    else next.set(VIEW_PARAM, viewId);
    setParams(next);
  };
  return (
    <div className="view-picker">
      <label htmlFor={id}>Showing</label>
      <select id={id} value={chosen?.view.id ?? ''} onChange={(e) => choose(e.target.value)}>
        <option value="">All indicators</option>
        {views.map((v) => (
          <option key={v.id} value={v.id}>
            {v.title}
          </option>
        ))}
      </select>
      <Link to="/views">Manage views</Link>
    </div>
  );
}
