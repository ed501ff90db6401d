import type { ServerResponse } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { FetchLike } from '../../src/client-options.js';
import { createClient } from '../../src/create-client.js';
import { RedirectError } from '../../src/errors/redirect-error.js';
import { ResponseTooLargeError } from '../../src/errors/response-too-large-error.js';
import { minimalCustomerInput } from '../support/fixtures.js';
import { type StandIn, startStandIn } from '../support/stand-in-server.js';

const KEY = 'REDIRECT-CANARY-0123456789abcdef';
const MiB = 1024 * 1024;

/** What the stand-in API does next; each test sets it. */
let behave: (response: ServerResponse, url: URL) => unknown = (response) => response.end();
let api: StandIn;
let elsewhere: StandIn;

beforeAll(async () => {
  api = await startStandIn((request, response) => behave(response, new URL(request.url ?? '/', api.url)));
  elsewhere = await startStandIn((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' }).end('[]');
  });
});
afterAll(async () => {
  await api.close();
  await elsewhere.close();
});
afterEach(() => {
  api.requests.length = 0;
  elsewhere.requests.length = 0;
});

/** Both ways a client sends in Node: its default (node:http) and a `fetch` (the global one, as MSW or a caller gives it). */
const transports: [string, FetchLike | undefined][] = [
  ['the default transport (node:http)', undefined],
  ['fetch', (url, init) => fetch(url, init)],
];
let transport: FetchLike | undefined;

const client = (options: { maxResponseBytes?: number } = {}) =>
  createClient({
    apiKey: KEY,
    baseUrl: api.url,
    retry: { sleep: async () => undefined },
    fetch: transport,
    ...options,
  });

const redirect = (status: number, location: string) => (response: ServerResponse) => {
  response.writeHead(status, { Location: location }).end();
};

async function failure(call: Promise<unknown>): Promise<Error> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(Error);
  expect(JSON.stringify(error) + String((error as Error).stack)).not.toContain(KEY);
  return error as Error;
}

describe.each(transports)('through %s', (_name, send) => {
  beforeAll(() => {
    transport = send;
  });

  describe('redirects never take the key to another origin', () => {
    test('a 307 on a write to another origin is not followed: the body and its key never get there', async () => {
      behave = redirect(307, `${elsewhere.url}/apidata.php?action=createcustomer`);
      const error = await failure(client().createCustomer(minimalCustomerInput));
      expect(error).toBeInstanceOf(RedirectError);
      expect(error).toMatchObject({ reason: 'cross-origin', status: 307, action: 'createcustomer' });
      expect(error.message).toContain(
        `to another origin (${elsewhere.url}/apidata.php?action=createcustomer)`,
      );
      expect(error.message).toContain('the API key was not sent there');
      expect(elsewhere.requests).toEqual([]);
      expect(api.requests).toHaveLength(1);
    });

    test('a 302 on a read to another origin is not followed, nor retried', async () => {
      behave = (response, url) => redirect(302, `${elsewhere.url}${url.pathname}${url.search}`)(response);
      const error = await failure(client().listCustomers());
      expect(error).toMatchObject({ name: 'RedirectError', reason: 'cross-origin' });
      // The Location echoed the query: the chain keeps it, with the key replaced.
      expect((error as RedirectError).chain[1]).toContain('api_key=***');
      expect(elsewhere.requests).toEqual([]);
      expect(api.requests).toHaveLength(1);
    });

    test('a redirect on a read within the same origin is followed', async () => {
      behave = (response, url) => {
        if (url.pathname === '/apidata.php') return redirect(301, `/v2/apidata.php${url.search}`)(response);
        response.writeHead(200, { 'Content-Type': 'application/json' }).end('[]');
      };
      await expect(client().listCustomers()).resolves.toEqual([]);
      expect(api.requests.map((request) => new URL(request.url, api.url).pathname)).toEqual([
        '/apidata.php',
        '/v2/apidata.php',
      ]);
    });

    test('a redirect on a write within the same origin is an error, and the write is not re-sent', async () => {
      behave = redirect(308, '/v2/apidata.php?action=createcustomer');
      const error = await failure(client().createCustomer(minimalCustomerInput));
      expect(error).toMatchObject({ name: 'RedirectError', reason: 'write', status: 308 });
      expect(error.message).toMatch(/a write never follows a redirect/);
      expect(api.requests).toHaveLength(1);
    });

    test('a redirect loop says it is a loop, with the URLs, not "fetch failed"', async () => {
      behave = (response, url) => redirect(302, url.pathname === '/a' ? '/b' : '/a')(response);
      const error = await failure(client().listCustomers());
      expect(error).toMatchObject({ name: 'RedirectError', reason: 'loop' });
      expect(error.message).toMatch(
        /^getallcustomers was redirected \(HTTP 302\) in a loop \(http:\/\/127\.0\.0\.1:\d+\/apidata\.php\?.*api_key=\*\*\* -> .*\/a -> .*\/b -> .*\/a\); stopped$/,
      );
      expect(error.message).not.toContain('fetch failed');
      expect(api.requests).toHaveLength(3);
    });

    test('an endless chain of redirects stops after five', async () => {
      behave = (response, url) =>
        redirect(302, `/hop${Number(/\/hop(\d+)/.exec(url.pathname)?.[1] ?? 0) + 1}`)(response);
      const error = await failure(client().listCustomers());
      expect(error).toMatchObject({ name: 'RedirectError', reason: 'too-many' });
      expect(error.message).toContain('more than 5 times');
      expect(api.requests).toHaveLength(6);
    });
  });

  describe('the response size cap', () => {
    /** Streams `total` bytes of a JSON array without Content-Length, honouring back-pressure; counts what went out. */
    const stream = (total: number, sent: { bytes: number; closed: Promise<void> }) => {
      return async (response: ServerResponse) => {
        let resolveClosed!: () => void;
        sent.closed = new Promise((resolve) => {
          resolveClosed = resolve;
        });
        let wake: () => void = () => undefined;
        response.on('close', () => {
          resolveClosed();
          wake();
        });
        response.on('drain', () => wake());
        response.writeHead(200, { 'Content-Type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        while (sent.bytes < total && !response.destroyed) {
          sent.bytes += chunk.length;
          if (!response.write(chunk)) {
            await new Promise<void>((resolve) => {
              wake = resolve;
            });
          }
        }
        response.end();
      };
    };

    test('a 50 MB body fails at the default 10 MiB without being read whole', async () => {
      const sent = { bytes: 0, closed: Promise.resolve() };
      behave = stream(50 * MiB, sent);
      const error = await failure(client().listCustomers());
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      expect(error).toMatchObject({ limitBytes: 10 * MiB, status: 200, declaredBytes: undefined });
      expect(error.message).toBe(
        'getallcustomers answered HTTP 200 with a body larger than the 10 MiB limit; stopped reading it. ' +
          'Raise maxResponseBytes if answers this large are expected',
      );
      await sent.closed;
      // The client cancelled the stream: the server could not push the other 40 MB.
      expect(sent.bytes).toBeLessThan(20 * MiB);
      expect(api.requests).toHaveLength(1);
    });

    test('a Content-Length over the cap fails before the body is read', async () => {
      behave = (response) => {
        response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(50 * MiB) });
        response.write('[');
      };
      const error = await failure(client().listCustomers());
      expect(error).toMatchObject({ name: 'ResponseTooLargeError', declaredBytes: 50 * MiB });
      expect(error.message).toContain('(Content-Length 52428800)');
    });

    test('the cap is configurable', async () => {
      const body = JSON.stringify([]) + ' '.repeat(2000);
      behave = (response) => response.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
      await expect(client({ maxResponseBytes: 1000 }).listCustomers()).rejects.toMatchObject({
        name: 'ResponseTooLargeError',
        limitBytes: 1000,
      });
      await expect(client({ maxResponseBytes: 4000 }).listCustomers()).resolves.toEqual([]);
    });

    test('a cap that is not a positive whole number is refused when the client is made', () => {
      expect(() => client({ maxResponseBytes: 0 })).toThrow(/maxResponseBytes must be a whole number/);
    });
  });
});
