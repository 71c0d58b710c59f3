import { NavLink, Outlet, useSearchParams } from 'react-router-dom';
import { ViewPicker } from '@/app/view-picker';
import { VIEW_PARAM } from '@/read/hooks';
import { SELECTION_PARAMS } from '@/domain/scorecard-selection';
import { WorkspaceGate } from '@/app/workspace-gate';
import { ExampleBanner } from '@/app/example-banner';
import { StorageNotice } from '@/app/storage-notice';
import { WorkspaceFileControls } from '@/app/workspace-file-controls';
import { useWorkspaceStore } from '@/state/workspace-store';

/**
 * `keepsView`: the screen works on the chosen view, so its link carries `?view=`.
 * `keepsSelection`: it follows the scorecard's filters, search and sort too, so from the
 * scorecard its link carries them (meeting mode opens at the first Red of a Red filter).
 */
const NAV: {
  to: string;
  label: string;
  end?: boolean;
  keepsView?: boolean;
  keepsSelection?: boolean;
}[] = [
  { to: '/', label: 'Scorecard', end: true, keepsView: true },
  { to: '/import', label: 'Import' },
  { to: '/overview', label: 'RAG overview', keepsView: true },
  { to: '/messages', label: 'Key messages', keepsView: true },
  { to: '/completeness', label: 'Completeness', keepsView: true },
  { to: '/meeting', label: 'Meeting mode', keepsView: true, keepsSelection: true },
  { to: '/pack', label: 'Print pack', keepsView: true },
  { to: '/views', label: 'Views' },
];

/** The page frame: skip link, header with navigation, banners, the screen, and the footer. */
export function Layout() {
  const ready = useWorkspaceStore((s) => s.status === 'ready');
  const [params] = useSearchParams();
  const view = params.get(VIEW_PARAM);
  const search = view === null ? '' : `?${new URLSearchParams({ [VIEW_PARAM]: view })}`;
  const selection = new URLSearchParams(
    [...params].filter(([key]) => key === VIEW_PARAM || SELECTION_PARAMS.includes(key)),
  );
  const selectionSearch = selection.size > 0 ? `?${selection}` : '';
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <NavLink to="/" className="service-name" end>
            Children's services performance
          </NavLink>
          <nav aria-label="Main">
            <ul className="nav">
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink
                    to={{
                      pathname: item.to,
                      search: item.keepsSelection ? selectionSearch : item.keepsView ? search : '',
                    }}
                    end={item.end}
                  >
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <div className="container">
        {ready ? (
          <>
            <StorageNotice />
            <ExampleBanner />
            <ViewPicker />
          </>
        ) : null}
        <main id="main" tabIndex={-1}>
          <WorkspaceGate>
            <Outlet />
          </WorkspaceGate>
        </main>
      </div>
      <footer className="site-footer">
        <div className="container">
          {ready ? <WorkspaceFileControls /> : null}
          <p className="privacy">Runs entirely in your browser: no data leaves this machine.</p>
        </div>
      </footer>
    </>
  );
}
