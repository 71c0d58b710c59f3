import type { ParsedFile } from '@/domain/types';

/**
 * Whether a read file brings anything into the workspace: an indicator, a value, a benchmark, a
 * printed YTD or status, a population figure, published national data or a neighbour list. A file
 * that brings nothing (every row refused, only no-value markers, an unrecognised header) is
 * never listed as loaded.
 */
export function contributes(file: ParsedFile): boolean {
  return (
    file.indicators.length > 0 ||
    (file.observationCount ?? file.observations.length) > 0 ||
    file.benchmarks.length > 0 ||
    file.importedYtd.length > 0 ||
    file.printed.length > 0 ||
    file.population.length > 0 ||
    (file.national?.rows.length ?? 0) > 0 ||
    (file.neighbours?.las.length ?? 0) > 0 ||
    (file.trajectories?.length ?? 0) > 0 ||
    (file.breakdowns?.length ?? 0) > 0 ||
    (file.markers?.length ?? 0) > 0
  );
}
