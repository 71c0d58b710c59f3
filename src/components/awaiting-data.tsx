import '@/components/board.css';
import type { ReactNode } from 'react';
import type { AwaitingData } from '@/domain/types';

/**
 * A partner's figure that has not come yet (SPEC 2.9), in words rather than a blank or a dash:
 * "Awaiting data from Health (due 20 Jan)". The one piece the scorecard, meeting mode and the
 * pack use. With nothing awaited it shows `children` (the figure, or the usual dash).
 */
export function AwaitingDataText({
  awaiting,
  children = null,
}: {
  awaiting: AwaitingData | null | undefined;
  children?: ReactNode;
}) {
  if (!awaiting) return <>{children}</>;
  return (
    <span className="awaiting-data" data-agency={awaiting.agency}>
      {awaiting.words}
    </span>
  );
}
