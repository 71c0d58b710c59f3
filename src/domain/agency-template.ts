import Papa from 'papaparse';
import type { MonthKey } from '@/domain/types';
import { FORMULA_START } from '@/domain/csv-export';
import { agencyTemplateRows, type AgencyCompleteness } from '@/domain/completeness';

/*
 * Writing a return template, apart from completeness.ts: the scorecard reads completeness (the
 * "Awaiting data" words) on a first visit, which must not load the CSV writer.
 */

/** The template as CSV text (cells that could run as formulas escaped, as the scorecard CSV). */
export function agencyTemplateCsv(a: AgencyCompleteness): string {
  return Papa.unparse(agencyTemplateRows(a), { escapeFormulae: FORMULA_START, newline: '\r\n' });
}

/** 'return-health-2015-12.csv': the template's file name, by agency and the month as at. */
export function agencyTemplateFileName(a: AgencyCompleteness, asAt: MonthKey): string {
  const slug = a.agency.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'agency';
  return `return-${slug}-${asAt}.csv`;
}
