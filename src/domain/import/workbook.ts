/**
 * A spreadsheet workbook dropped where a CSV was expected, told by its first bytes (its "magic
 * number") rather than its name: an `.xlsx` is a zip archive (PK 03 04) holding
 * `[Content_Types].xml` and an `xl/` folder; an `.xls` (Excel 97-2003) is an OLE2 compound file
 * (D0 CF 11 E0 A1 B1 1A E1). Decoding either as text shows the user bytes, not a problem they can
 * act on.
 */
export type WorkbookKind = 'xlsx' | 'xls' | 'zip';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** Whether the ASCII text occurs in the bytes (zip entry names are stored as plain text). */
function contains(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first); i >= 0; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < text.length; k += 1)
      if (bytes[i + k] !== text.charCodeAt(k)) continue outer;
    return true;
  }
  return false;
}

/**
 * 'xlsx' for an Excel workbook (a zip with `[Content_Types].xml` and `xl/`), 'xls' for an OLE2
 * file (Excel 97-2003; old Word files share the signature, and are no CSV either), 'zip' for any
 * other zip archive, null for anything else (text, to be decoded and read as CSV).
 */
export function workbookKind(bytes: Uint8Array): WorkbookKind | null {
  if (startsWith(bytes, OLE2)) return 'xls';
  if (!startsWith(bytes, ZIP)) return null;
  return contains(bytes, '[Content_Types].xml') && contains(bytes, 'xl/') ? 'xlsx' : 'zip';
}

/** What to tell the user about a workbook this build cannot read (the report names the file). */
export function workbookMessage(file: string, kind: WorkbookKind): string {
  switch (kind) {
    case 'xlsx':
      return `This is an Excel workbook (.xlsx), not a CSV file, and it could not be read. Save the sheet as CSV: open it in Excel, choose File, Save As, "CSV UTF-8", and import that file.`;
    case 'xls':
      return `This is an Excel workbook in the old .xls format (Excel 97-2003), not a CSV file. Save the sheet as CSV: open it in Excel, choose File, Save As, "CSV UTF-8", and import that file.`;
    case 'zip':
      return `${file} is a compressed (zip) file, not a CSV file. Extract the CSV files from it and import those.`;
  }
}
