/// <reference lib="webworker" />
/**
 * Defence in depth (SPEC 5, privacy): the parse worker refuses the network itself. A worker takes
 * its Content-Security-Policy from its own response headers, which a host may not send; so before
 * anything else runs in the worker, every way to reach the network is replaced by one that
 * refuses, and cannot be put back (non-configurable). Imported first by `parse.worker.ts`.
 */

export const NETWORK_REFUSED = 'Network access is refused in the parse worker.';

/** The globals that reach the network, replaced in the worker. */
export const NETWORK_APIS = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'WebTransport',
] as const;

function refuse(): never {
  throw new TypeError(NETWORK_REFUSED);
}

/** A stand-in that refuses whether called or constructed (`fetch` rejects, as fetch does). */
function refusing(name: string): unknown {
  if (name === 'fetch') return () => Promise.reject(new TypeError(NETWORK_REFUSED));
  return function Refused() {
    refuse();
  };
}

/**
 * Replaces the network APIs of `scope` (and of its prototypes, where `fetch` lives) with refusing
 * stand-ins, and lets `importScripts` load only scripts of `origin`. Returns the names replaced.
 */
export function refuseNetwork(scope: object, origin: string): string[] {
  const replaced: string[] = [];
  const define = (target: object, name: string, value: unknown) => {
    Object.defineProperty(target, name, {
      value,
      writable: false,
      configurable: false,
      enumerable: false,
    });
  };
  for (const name of NETWORK_APIS) {
    const stand = refusing(name);
    for (
      let o: object | null = Object.getPrototypeOf(scope) as object | null;
      o;
      o = Object.getPrototypeOf(o) as object | null
    ) {
      const own = Object.getOwnPropertyDescriptor(o, name);
      if (own?.configurable) define(o, name, stand);
    }
    define(scope, name, stand);
    replaced.push(name);
  }
  const original = (scope as { importScripts?: (...urls: string[]) => void }).importScripts;
  const importScripts = (...urls: string[]) => {
    for (const url of urls) {
      if (new URL(url, origin).origin !== origin)
        throw new TypeError(`${NETWORK_REFUSED} (${url} is not of this origin)`);
    }
    if (!original) refuse();
    original.apply(scope, urls);
  };
  define(scope, 'importScripts', importScripts);
  replaced.push('importScripts');
  return replaced;
}

// Only inside a worker: importing this module in a test must not change the test's globals.
if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
  refuseNetwork(self, self.location.origin);
}
