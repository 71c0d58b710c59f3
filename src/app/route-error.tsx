import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';
import { StatusPanel } from '@/components/status-panel';

/** Shown in place of a screen that failed to render or to load, and for unknown addresses. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <main id="main" className="container">
        <StatusPanel
          state="empty"
          title="Page not found"
          action={<Link to="/">Go to the scorecard</Link>}
        >
          <p>There is no page at this address. Check the address, or go back to the scorecard.</p>
        </StatusPanel>
      </main>
    );
  }
  const detail =
    error instanceof Error ? error.message : isRouteErrorResponse(error) ? error.statusText : '';
  return (
    <main id="main" className="container">
      <StatusPanel state="error" action={<Link to="/">Go to the scorecard</Link>}>
        <p>This screen could not be shown. Your data is still saved in this browser.</p>
        {detail ? <p className="error-detail">Detail: {detail}</p> : null}
        <p>
          Reload the page. If this keeps happening, export your workspace and report the problem.
        </p>
      </StatusPanel>
    </main>
  );
}
