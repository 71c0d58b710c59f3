import { Link, useParams } from 'react-router-dom';
import { useWorkspaceStore } from '@/state/workspace-store';
import { StatusPanel } from '@/components/status-panel';

/** Stands in for the indicator page until its issue is done: names the indicator, links back. */
export default function IndicatorPlaceholder() {
  const { id = '' } = useParams();
  const indicator = useWorkspaceStore((s) => s.workspace.indicators.find((i) => i.id === id));
  if (!indicator) {
    return (
      <StatusPanel
        state="empty"
        title="Indicator not found"
        action={<Link to="/">Back to the scorecard</Link>}
      >
        <p>There is no indicator {id} in your data.</p>
      </StatusPanel>
    );
  }
  return (
    <>
      <title>{`${indicator.id} ${indicator.name} – Children's services performance`}</title>
      <p>
        <Link to="/">Back to the scorecard</Link>
      </p>
      <h1>
        {indicator.id} {indicator.name}
      </h1>
      <p>{indicator.definition || 'No definition has been imported for this indicator.'}</p>
      <p>
        The indicator page, with charts, commentary and revisions, is coming in a later version.
      </p>
    </>
  );
}
