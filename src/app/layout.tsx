import { NavLink, Outlet } from 'react-router-dom';
import { WorkspaceGate } from '@/app/workspace-gate';
import { ExampleBanner } from '@/app/example-banner';
import { StorageNotice } from '@/app/storage-notice';
import { WorkspaceFileControls } from '@/app/workspace-file-controls';
import { useWorkspaceStore } from '@/state/workspace-store';

const NAV: { to: string; label: string; end?: boolean }[] = [
  { to: '/', label: 'Scorecard', end: true },
  { to: '/import', label: 'Import' },
  { to: '/overview', label: 'RAG overview' },
  { to: '/meeting', label: 'Meeting mode' },
  { to: '/pack', label: 'Print pack' },
];

/** The page frame: skip link, header with navigation, banners, the screen, and the footer. */
export function Layout() {
  const ready = useWorkspaceStore((s) => s.status === 'ready');
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
                  <NavLink to={item.to} end={item.end}>
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
