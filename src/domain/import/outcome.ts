import type { ParsedFile } from '@/domain/types';
import { contributes } from '@/domain/import/contributes';

/**
 * What confirming an import will do with the files read (docs/rules.md, "Confirming an import"):
 * files that bring something are imported (their good rows; rows with errors are left out);
 * files that bring nothing are not. While any error remains, confirming takes a second step.
 */
export interface ImportOutcome {
  /** Files that will be imported, in the order read. */
  imported: string[];
  /** Files that will not be imported (nothing in them can be read). */
  notImported: string[];
  /** Errors in the files that will be imported: those rows (or cells) are left out. */
  errorsLeftOut: number;
  /** Files being imported that have errors. */
  importedWithErrors: string[];
  /** Errors remain: the user must say they understand before confirming. */
  needsSecondStep: boolean;
}

const errorsIn = (p: ParsedFile) => p.problems.filter((x) => x.severity === 'error').length;

export function importOutcome(parsed: readonly ParsedFile[]): ImportOutcome {
  const imported = parsed.filter(contributes);
  const notImported = parsed.filter((p) => !contributes(p));
  const withErrors = imported.filter((p) => errorsIn(p) > 0);
  const errorsLeftOut = withErrors.reduce((n, p) => n + errorsIn(p), 0);
  return {
    imported: imported.map((p) => p.file),
    notImported: notImported.map((p) => p.file),
    errorsLeftOut,
    importedWithErrors: withErrors.map((p) => p.file),
    needsSecondStep: imported.length > 0 && (notImported.length > 0 || errorsLeftOut > 0),
  };
}
