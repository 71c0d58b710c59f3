import { Component, type ErrorInfo, type ReactNode } from 'react';
import { StatusPanel } from '@/components/status-panel';

interface State {
  error: Error | null;
}

/**
 * The last line of defence around the whole app (route errors are caught by RouteError): shows a
 * plain message instead of a blank page.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <main id="main" className="container">
          <StatusPanel state="error">
            <p>The app stopped because of an error: {this.state.error.message}</p>
            <p>Reload the page. Your data is saved in this browser.</p>
          </StatusPanel>
        </main>
      );
    }
    return this.props.children;
  }
}
