import { Link } from 'react-router-dom';

/** Stands in for the RAG overview until its issue is done. */
export default function OverviewPlaceholder() {
  return (
    <>
      <title>RAG overview – Children's services performance</title>
      <h1>RAG overview</h1>
      <p>
        The overview for the board chair (counts by section, reds first, what changed) is coming in
        a later version. Meanwhile the <Link to="/?rag=red">scorecard filtered to Red</Link> lists
        the red indicators.
      </p>
    </>
  );
}
