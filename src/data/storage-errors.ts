/**
 * A browser storage (IndexedDB) failure in words a user can act on, instead of the browser's own
 * name for it ("QuotaExceededError", "InvalidStateError"). Used inside the sentences persistence
 * writes: "Your data could not be saved in this browser (<words>)."
 */
const WORDS: Record<string, string> = {
  QuotaExceededError:
    'this browser has no room left for it: free some disk space, or allow this site more storage, and try again',
  InvalidStateError:
    "this browser's storage is not available, as in a private window or when site data is turned off",
  SecurityError: "this browser's settings do not let this page store data",
  UnknownError:
    "the browser's storage failed, often because the disk is full or the browser profile is damaged",
  VersionError: 'a newer version of this app is open in another tab: reload the page',
  AbortError: 'the browser stopped the save part way: try again',
  TransactionInactiveError: 'the browser stopped the save part way: try again',
  TimeoutError: "the browser's storage did not answer in time: try again",
  NotFoundError: 'part of the stored data is missing',
  DataCloneError: 'some of the data could not be stored',
  DataError: 'some of the data could not be stored',
  ReadOnlyError: "this browser's storage is read-only here",
};

/** Words for a storage error: by its name when known, else its message, else a general sentence. */
export function storageErrorInWords(error: unknown): string {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error)) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    if (typeof name === 'string' && WORDS[name]) return WORDS[name];
    if (typeof message === 'string' && message !== '') return message;
  }
  if (typeof error === 'string' && error !== '') return WORDS[error] ?? error;
  return "the browser's storage reported a problem";
}
