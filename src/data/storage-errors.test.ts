import { describe, expect, it } from 'vitest';
import { storageErrorInWords } from '@/data/storage-errors';

describe('storage errors in words, never the browser name', () => {
  it.each<[string, unknown, string]>([
    [
      'a full disk (QuotaExceededError)',
      new DOMException('', 'QuotaExceededError'),
      'this browser has no room left for it: free some disk space, or allow this site more storage, and try again',
    ],
    [
      'a private window (InvalidStateError with a technical message)',
      new DOMException(
        'A mutation operation was attempted on a database that did not allow mutations.',
        'InvalidStateError',
      ),
      "this browser's storage is not available, as in a private window or when site data is turned off",
    ],
    [
      'an unknown name: its message',
      Object.assign(new Error('The disk is on fire'), { name: 'FireError' }),
      'The disk is on fire',
    ],
    [
      'an unknown name and no message',
      Object.assign(new Error(''), { name: 'FireError' }),
      "the browser's storage reported a problem",
    ],
    [
      'a bare name as a string',
      'UnknownError',
      "the browser's storage failed, often because the disk is full or the browser profile is damaged",
    ],
    ['nothing', undefined, "the browser's storage reported a problem"],
  ])('%s', (_name, error, words) => {
    const said = storageErrorInWords(error);
    expect(said).toBe(words);
    expect(said).not.toMatch(/[a-z]Error\b/);
  });
});
