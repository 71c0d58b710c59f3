import { describe, expect, it } from 'vitest';
import { NETWORK_REFUSED, refuseNetwork } from '@/workers/no-network';

/** A stand-in for a worker's global scope: `fetch` on the prototype, as in browsers. */
function fakeScope() {
  const calls: string[] = [];
  const proto = {
    fetch: () => {
      calls.push('fetch');
      return Promise.resolve('fetched');
    },
  };
  const scope = Object.create(proto) as Record<string, unknown>;
  Object.assign(scope, {
    XMLHttpRequest: class {},
    WebSocket: class {},
    EventSource: class {},
    importScripts: (...urls: string[]) => calls.push(...urls),
  });
  return { scope, proto, calls };
}

describe('the parse worker refuses the network', () => {
  it('fetch rejects, also the prototype one, and cannot be put back', async () => {
    const { scope, proto, calls } = fakeScope();
    refuseNetwork(scope, 'https://app.example');
    await expect((scope.fetch as () => Promise<unknown>)()).rejects.toThrow(NETWORK_REFUSED);
    await expect(proto.fetch()).rejects.toThrow(NETWORK_REFUSED);
    expect(() => {
      scope.fetch = () => Promise.resolve('back');
    }).toThrow(TypeError);
    expect(calls).toEqual([]);
  });

  it.each(['XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport'])(
    '%s cannot be constructed',
    (name) => {
      const { scope } = fakeScope();
      refuseNetwork(scope, 'https://app.example');
      const Api = scope[name] as new (url: string) => unknown;
      expect(() => new Api('wss://elsewhere.example')).toThrow(NETWORK_REFUSED);
    },
  );

  it('importScripts loads scripts of its own origin only', () => {
    const { scope, calls } = fakeScope();
    refuseNetwork(scope, 'https://app.example');
    const importScripts = scope.importScripts as (...urls: string[]) => void;
    importScripts('/assets/a.js');
    expect(calls).toEqual(['/assets/a.js']);
    expect(() => importScripts('https://cdn.example/x.js')).toThrow(/not of this origin/);
    expect(calls).toEqual(['/assets/a.js']);
  });
});
