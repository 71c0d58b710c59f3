/**
 * Columns the scorecard CSV export adds after the sheet's own (SPEC 3.6, 3.9): figures this app
 * works out from the data, so importing the export back reads none of them. Named once here for
 * the export (`csv-export.ts`) and the importer (`import/context.ts`), which recognises them and
 * says so in one information line instead of warning about each as unknown.
 */
export const GAP_HEADERS = ['Compared with benchmarks', 'Gap to SN average', 'Gap to England'];
export const SIGNAL_HEADERS = ['Variation', 'Assurance'];
export const DERIVED_EXPORT_HEADERS = [...GAP_HEADERS, ...SIGNAL_HEADERS];
