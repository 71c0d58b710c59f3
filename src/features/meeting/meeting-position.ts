import { idPathSegment } from '@/domain/ids';

/** Where an indicator sits in the meeting's running order, and its neighbours. */
export interface MeetingPosition {
  /** 0-based index in the order, or -1 when the id is not in it. */
  index: number;
  /** The number of indicators in the order. */
  total: number;
  /** The id before, or null at the first (meeting mode stops at the ends, it does not wrap). */
  previousId: string | null;
  /** The id after, or null at the last. */
  nextId: string | null;
}

/**
 * The position of `id` in `order` (the scorecard's order of indicator ids). Meeting mode stops at
 * the ends rather than wrapping: in a meeting, jumping from the last indicator back to the first
 * would look like the pack had started again. An unknown id has no neighbours.
 */
export function meetingPosition(order: readonly string[], id: string): MeetingPosition {
  const index = order.indexOf(id);
  const total = order.length;
  if (index < 0) return { index, total, previousId: null, nextId: null };
  return {
    index,
    total,
    previousId: order[index - 1] ?? null,
    nextId: order[index + 1] ?? null,
  };
}

/** The meeting-mode address of an indicator. */
export const meetingPath = (id: string): string => `/meeting/${idPathSegment(id)}`;
