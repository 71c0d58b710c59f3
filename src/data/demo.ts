import type { ParsedFile, WorkspaceData } from '@/domain/types';
import { emptyWorkspace, mergeImport } from '@/domain/workspace';
import { parseText } from '@/domain/import/parse-file';
import catalogueCsv from '../../fixtures/catalogue-2015.csv?raw';
import detailCsv from '../../fixtures/detail-monthly-2015.csv?raw';
import scorecardCsv from '../../fixtures/scorecard-2015-12.csv?raw';
import benchmarksCsv from '../../fixtures/benchmarks-2015.csv?raw';

/** Shown in the header and the banner while the example is open. */
export const EXAMPLE_LABEL =
  'Example: December 2015 report from published committee papers (Rotherham MBC, Improving Lives Select Commission, 3 February 2016)';

/**
 * The example files in import order: the catalogue, the detail pages' months, the Performance
 * Summary sheet (so its own Oct-Dec values win, as the printed DOT uses them), then benchmarks.
 */
export const EXAMPLE_FILES: { file: string; text: string }[] = [
  { file: 'catalogue-2015.csv', text: catalogueCsv },
  { file: 'detail-monthly-2015.csv', text: detailCsv },
  { file: 'scorecard-2015-12.csv', text: scorecardCsv },
  { file: 'benchmarks-2015.csv', text: benchmarksCsv },
];

/** Parses the example files in order, each with the catalogue read so far. */
export function parseExampleFiles(importedAt: string): ParsedFile[] {
  const parsed: ParsedFile[] = [];
  for (const { file, text } of EXAMPLE_FILES) {
    const catalogue = parsed.flatMap((p) => p.indicators);
    parsed.push(parseText(file, text, importedAt, catalogue));
  }
  return parsed;
}

/**
 * The December 2015 example workspace, built in the browser from the committed fixtures.
 * `importedAt` is the time the example was opened (it appears in provenance and revisions).
 */
export function buildExampleWorkspace(importedAt: string): WorkspaceData {
  const base = { ...emptyWorkspace(EXAMPLE_LABEL), isExample: true };
  return mergeImport(base, parseExampleFiles(importedAt), importedAt);
}
