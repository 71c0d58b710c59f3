/**
 * Saves text as a file through a temporary object URL and an `<a download>` (no request leaves the
 * page: the CSP allows blob: downloads). A byte-order mark is added so spreadsheets read UTF-8
 * (our importer accepts it). The URL is revoked once the browser has taken the file.
 */
export function downloadText(
  text: string,
  fileName: string,
  type = 'text/csv;charset=utf-8',
): void {
  const blob = new Blob(['\uFEFF', text], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
