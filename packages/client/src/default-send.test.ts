import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { type StandIn, startStandIn } from '../test/support/stand-in-server.js';
import { defaultSend } from './default-send.js';

const GLOBAL_DISPATCHER = Symbol.for('undici.globalDispatcher.1');
let server: StandIn;
/** Requests Node's undici made (its diagnostics channel), i.e. what went through fetch. */
let throughUndici = 0;
const countUndici = () => {
  throughUndici += 1;
};

beforeAll(async () => {
  server = await startStandIn((_request, response) => response.end('[]'));
  subscribe('undici:request:create', countUndici);
  // Node's fetch sets its own dispatcher on first use; from here on it is there, as in a real process.
  await (await fetch(`${server.url}/warm-up`)).text();
  expect(throughUndici).toBe(1);
  throughUndici = 0;
});
afterAll(async () => {
  unsubscribe('undici:request:create', countUndici);
  await server.close();
});
afterEach(() => {
  vi.unstubAllGlobals();
  throughUndici = 0;
});

const get = async () => {
  const response = await defaultSend(`${server.url}/apidata.php?action=getallcustomers`, {
    method: 'GET',
    redirect: 'manual',
  });
  await response.body?.cancel();
  return response.status;
};

describe('defaultSend', () => {
  test("with the global fetch Node's own, a request goes through node:http, not fetch", async () => {
    expect(await get()).toBe(200);
    expect(throughUndici).toBe(0);
    expect(server.requests.at(-1)?.url).toBe('/apidata.php?action=getallcustomers');
  });

  test('a global fetch replaced after the client loaded (MSW, a stub) is the one called', async () => {
    const stub = vi.fn(async () => new Response('[]', { status: 200 }));
    vi.stubGlobal('fetch', stub);
    expect(await get()).toBe(200);
    expect(stub).toHaveBeenCalledOnce();
  });

  test("a dispatcher the caller set for fetch (a proxy, undici's MockAgent) keeps requests on fetch", async () => {
    const own = (globalThis as Record<symbol, unknown>)[GLOBAL_DISPATCHER];
    const calls: string[] = [];
    class ProxyAgent {
      dispatch(options: { path: string }, handler: { onError(error: Error): void }) {
        calls.push(options.path);
        handler.onError(new Error('the proxy refused'));
        return false;
      }
    }
    (globalThis as Record<symbol, unknown>)[GLOBAL_DISPATCHER] = new ProxyAgent();
    try {
      await expect(get()).rejects.toThrow('fetch failed');
      expect(calls).toEqual(['/apidata.php?action=getallcustomers']);
    } finally {
      (globalThis as Record<symbol, unknown>)[GLOBAL_DISPATCHER] = own;
    }
  });

  test('a URL that is not http(s) stays with fetch', async () => {
    const response = await defaultSend('data:application/json,[1]', { method: 'GET' });
    const reader = response.body?.getReader();
    const chunk = await reader?.read();
    expect(new TextDecoder().decode(chunk?.value)).toBe('[1]');
  });
});
