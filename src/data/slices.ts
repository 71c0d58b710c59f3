import type { Observation } from '@/domain/types';
import {
  ColumnsReader,
  ColumnsWriter,
  type ObservationColumns,
} from '@/domain/observation-columns';

/**
 * Work over every value, done a slice at a time on the page's thread, pausing between slices so
 * the page paints and answers input: no task holds it for more than a few milliseconds.
 */

/** Values encoded or decoded between two pauses (a few milliseconds' work). */
export const SLICE = 10_000;

/** Lets the page paint and handle input before the next slice of work. */
export const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function encodeInSlices(items: readonly Observation[]): Promise<ObservationColumns> {
  const writer = new ColumnsWriter(items.length);
  for (let i = 0; i < items.length; i += 1) {
    writer.add(items[i]!);
    if (i % SLICE === SLICE - 1) await yieldToPage();
  }
  return writer.finish();
}

export async function decodeInSlices(columns: ObservationColumns): Promise<Observation[]> {
  const out: Observation[] = [];
  const reader = new ColumnsReader(columns);
  while (!reader.done) {
    reader.read(SLICE, out);
    if (!reader.done) await yieldToPage();
  }
  return out;
}
