import type { Indicator, MonthKey, ScorecardRow } from '@/domain/types';
import type { WorkspaceIndex } from '@/domain/scorecard';
import { projectYearEnd, projectionMonths, type Projection } from '@/domain/projection';
import {
  trajectoryFromPoints,
  trajectoryFromTarget,
  trajectoryPointsOf,
  type Trajectory,
} from '@/domain/trajectory';

/**
 * Where an indicator is heading (SPEC 2.10, 3.10): its year-end projection and its trajectory,
 * read from the workspace's months. Both are readings, never values: nothing here feeds DOT,
 * RAG, year to date or a gap.
 */

/** The year-end projection of an indicator as at `asAt`, from its months. */
export function indicatorProjection(
  ix: WorkspaceIndex,
  ind: Indicator,
  row: ScorecardRow,
  asAt: MonthKey,
): Projection {
  const months = projectionMonths(asAt, (month) => {
    const o = ix.observation(ind.id, month);
    return {
      month,
      value: o?.value ?? null,
      numerator: o?.numerator ?? null,
      denominator: o?.denominator ?? null,
    };
  });
  return projectYearEnd({
    indicator: ind,
    asAt,
    ...months,
    smallNumbers: row.signal.smallNumbers.small,
  });
}

/**
 * The indicator's trajectory: a trajectory file's path when one was imported, else its dated
 * target's straight line; null when it has neither.
 */
export function indicatorTrajectory(
  ix: WorkspaceIndex,
  ind: Indicator,
  asAt: MonthKey,
): Trajectory | null {
  const options = {
    indicator: ind,
    asAt,
    actualOf: (m: MonthKey) => ix.observation(ind.id, m)?.value ?? null,
  };
  const points = trajectoryPointsOf(
    ix.ws.trajectories,
    ix.ws.imports.map((r) => r.id),
    ind.id,
  );
  if (points.length > 0) return trajectoryFromPoints(points, options);
  if (ind.targetBy) return trajectoryFromTarget(ind.targetBy, options);
  return null;
}
