import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { exampleCleared, importUndone, useWorkspaceStore } from '@/state/workspace-store';

/**
 * While the example is open: says clearly where its figures come from, and offers "Start with my
 * own data" (asks first). Straight after clearing, offers to put the example back.
 */
export function ExampleBanner() {
  const isExample = useWorkspaceStore((s) => s.workspace.isExample);
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState(false);
  const navigate = useNavigate();

  if (!isExample) {
    if (!cleared) return null;
    return (
      <div className="banner" role="status">
        <p>The example has been removed. Import your own files to begin.</p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            importUndone();
            setCleared(false);
          }}
        >
          Put the example back
        </button>
      </div>
    );
  }

  return (
    <section className="banner banner--example" aria-labelledby="example-heading">
      {/* One compact strip, so the scorecard's first rows are on the first screen of a laptop. */}
      <div className="banner__text">
        <h2 id="example-heading" className="banner__title">
          <span className="tag">Example</span> This is example data, not yours
        </h2>
        <p>
          The December 2015 Monthly Performance Report of Rotherham Metropolitan Borough Council,
          from published committee papers (Improving Lives Select Commission, 3 February 2016).
          Figures are as printed in the report.
        </p>
      </div>
      {confirming ? (
        <div className="banner__confirm">
          <p>
            <strong>Remove the example from this browser?</strong> You can then import your own
            files.
          </p>
          <div className="button-group">
            <button
              type="button"
              className="button button--warning"
              onClick={() => {
                exampleCleared();
                setConfirming(false);
                setCleared(true);
                void navigate('/import');
              }}
            >
              Yes, remove the example
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming(false)}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          Start with my own data
        </button>
      )}
    </section>
  );
}
