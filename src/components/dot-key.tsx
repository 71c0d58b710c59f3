/**
 * What the DOT arrows and the RAG "YTD" mark mean, beside every table or slide that shows them
 * (the scorecard, meeting mode, the pack): as in the printed report, the arrow shows better or
 * worse for measures with a good direction, and the value's movement for information-only ones.
 */
export function DotKey({ className = 'key' }: { className?: string }) {
  return (
    <p className={className}>
      <strong>Key:</strong> DOT is the direction of travel, month on month. ↑ Improving and ↓
      Worsening show better or worse, not whether the value rose (a falling re-referral rate is ↑
      Improving); ↑ Increasing and ↓ Decreasing are for information-only measures and follow the
      value; → No change. RAG is rated on the month unless marked YTD. SN: statistical neighbours.
    </p>
  );
}
