import type { Indicator } from '@/domain/types';
import { targetInWords } from '@/domain/target-words';
import { describeTarget } from '@/domain/targets';
import { Tooltip } from '@/components/tooltip';
import { NoValue } from '@/components/data-table';

type WithTarget = Pick<Indicator, 'target' | 'targetCells' | 'polarity' | 'unit' | 'ragBasis'>;

/** The sheet's own Red / Amber / Green cells, "Red <83% · Amber 83%> · Green 86%", or ''. */
export const targetCellsText = (ind: WithTarget) =>
  ind.target.form === 'none' ? '' : describeTarget(ind.targetCells);

/**
 * A target in plain English ("Red below 83%, Green at 86% or more", SPEC 3.3), for councillors,
 * with the sheet's own text kept:
 * - `interactive` (the scorecard): the words are a button whose tip, on hover and focus, is the
 *   text as written;
 * - otherwise (indicator page, meeting mode, the printed pack): the text as written follows in
 *   a smaller line, since paper has no hover.
 */
export function TargetText({
  indicator: ind,
  interactive = false,
}: {
  indicator: WithTarget;
  interactive?: boolean;
}) {
  if (ind.target.form === 'none') return <NoValue text="No target" />;
  const words = targetInWords(ind);
  const written = targetCellsText(ind);
  if (written === '') return <>{words}</>;
  if (interactive)
    return (
      <Tooltip
        label={words}
        tip={`As written in the sheet: ${written}`}
        className="target-trigger"
      />
    );
  return (
    <>
      {words}
      <span className="target-written"> (as written: {written})</span>
    </>
  );
}
