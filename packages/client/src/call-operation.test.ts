import { describe, expect, test } from 'vitest';
import { fakeFetch, hang, json, networkFailure, text } from '../test/support/fake-fetch.js';
import { minimalCustomerInput } from '../test/support/fixtures.js';
import type { ClientOptions } from './client-options.js';
import { createClient } from './create-client.js';
import { NetworkError } from './errors/network-error.js';
import { SolarProofApiError } from './errors/solar-proof-api-error.js';
import { TimeoutError } from './errors/timeout-error.js';

const KEY = 'test-key-123';
const serverError = json(500, { code: 'UNKNOWN', message: 'boom' });
const created = json(200, { Message: 'Customer created successfully', id: '1' });
const newCustomer = minimalCustomerInput;

/** A sleep that records the delays it is asked for and returns at once. */
function recordingSleep() {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms) };
}

function clientWith(fetch: ReturnType<typeof fakeFetch>, options: Partial<ClientOptions> = {}) {
  const recorder = recordingSleep();
  const client = createClient({
    apiKey: KEY,
    fetch,
    retry: { random: () => 0.5, sleep: recorder.sleep },
    ...options,
  });
  return { client, delays: recorder.delays };
}

describe('retries of reads', () => {
  test('a 5xx is retried with capped exponential backoff and the success returned', async () => {
    const fetch = fakeFetch(serverError, serverError, serverError, json(200, []));
    const { client, delays } = clientWith(fetch);
    await expect(client.listCustomers()).resolves.toEqual([]);
    expect(fetch.requests).toHaveLength(4);
    // random 0.5: halfway between 100 and 200, 400, 800.
    expect(delays).toEqual([150, 250, 450]);
  });

  test('after the last retry the error of the last answer is thrown', async () => {
    const fetch = fakeFetch(serverError);
    const { client } = clientWith(fetch);
    await expect(client.listCustomers()).rejects.toMatchObject({ code: 'UNKNOWN', status: 500 });
    expect(fetch.requests).toHaveLength(4);
  });

  test('an HTML 502 from a proxy is retried like any 5xx', async () => {
    const fetch = fakeFetch(text(502, '<html>Bad Gateway</html>', 'text/html'), json(200, []));
    const { client } = clientWith(fetch);
    await expect(client.listCustomers()).resolves.toEqual([]);
  });

  test.each([
    ['seconds', '3', 3000],
    ['fractional seconds', '0.25', 250],
    ['a date in the past', 'Wed, 21 Oct 2015 07:28:00 GMT', 0],
  ])('a 429 waits as long as Retry-After says in %s', async (_name, header, delay) => {
    const fetch = fakeFetch(
      json(429, { code: 'RATE_LIMITED', message: 'slow' }, { 'Retry-After': header }),
      json(200, []),
    );
    const { client, delays } = clientWith(fetch);
    await client.listCustomers();
    expect(delays).toEqual([delay]);
  });

  test('a Retry-After HTTP date is read against the injected clock', async () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    const fetch = fakeFetch(
      json(
        429,
        { code: 'RATE_LIMITED', message: 'slow' },
        { 'Retry-After': 'Wed, 21 Oct 2015 07:28:05 GMT' },
      ),
      json(200, []),
    );
    const { client, delays } = clientWith(fetch, { now: () => now });
    await client.listCustomers();
    expect(delays).toEqual([5000]);
  });

  test('the time left before the deadline is read from the injected clock', async () => {
    let now = 0;
    const fetch = fakeFetch(serverError, json(200, []));
    const { client, delays } = clientWith(fetch, {
      now: () => now,
      timeoutMs: 10_000,
      // The first attempt "took" 9.9 s on the injected clock: no time is left for a 150 ms wait.
      fetch: async (input, init) => {
        now += 9_900;
        return fetch(input, init);
      },
    });
    await expect(client.listCustomers()).rejects.toMatchObject({ code: 'UNKNOWN' });
    expect(delays).toEqual([]);
  });

  test('a Retry-After longer than the time left fails at once with the rate-limit error', async () => {
    const fetch = fakeFetch(json(429, { code: 'RATE_LIMITED', message: 'slow' }, { 'Retry-After': '60' }));
    const { client, delays } = clientWith(fetch, { timeoutMs: 10_000 });
    await expect(client.listCustomers()).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterMs: 60_000,
    });
    expect(fetch.requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  test('a network error is retried, and wrapped in NetworkError when retries run out', async () => {
    const fetch = fakeFetch(networkFailure('connect ECONNREFUSED 127.0.0.1:4010'));
    const { client } = clientWith(fetch);
    const error = await client.listCustomers().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toBe(
      'getallcustomers could not reach the API: connect ECONNREFUSED 127.0.0.1:4010',
    );
    expect((error as Error).cause).toMatchObject({
      name: 'TypeError',
      message: 'connect ECONNREFUSED 127.0.0.1:4010',
    });
    expect(fetch.requests).toHaveLength(4);
  });

  test.each([
    [400, 'INVALID_PARAMETERS'],
    [401, 'INVALID_API_KEY'],
    [404, 'NO_CUSTOMERS_FOUND'],
  ])('a %i is not retried: asking again gives the same answer', async (status, code) => {
    const fetch = fakeFetch(json(status, { code, message: 'no' }));
    const { client } = clientWith(fetch);
    await expect(client.listCustomers()).rejects.toMatchObject({ code });
    expect(fetch.requests).toHaveLength(1);
  });

  test('retry: false makes one attempt', async () => {
    const fetch = fakeFetch(serverError, json(200, []));
    const client = createClient({ apiKey: KEY, fetch, retry: false });
    await expect(client.listCustomers()).rejects.toBeInstanceOf(SolarProofApiError);
    expect(fetch.requests).toHaveLength(1);
  });
});

describe('retries of writes', () => {
  test.each([
    ['a 500', serverError],
    ['a 429', json(429, { code: 'RATE_LIMITED', message: 'slow' }, { 'Retry-After': '1' })],
    ['a network error', networkFailure()],
  ])('are not made by default after %s', async (_name, reply) => {
    const fetch = fakeFetch(reply, created);
    const { client } = clientWith(fetch);
    await expect(client.createCustomer(newCustomer)).rejects.toBeInstanceOf(Error);
    expect(fetch.requests).toHaveLength(1);
  });

  test('are made when the call opts in', async () => {
    const fetch = fakeFetch(serverError, created);
    const { client } = clientWith(fetch);
    await expect(client.createCustomer(newCustomer, { retryWrites: true })).resolves.toMatchObject({
      id: '1',
    });
    expect(fetch.requests).toHaveLength(2);
  });

  test('are made when the client opts in', async () => {
    const fetch = fakeFetch(networkFailure(), json(200, { Message: 'ok', CustomerId: '1' }));
    const { client } = clientWith(fetch, { retryWrites: true });
    await expect(client.deleteCustomer(1)).resolves.toMatchObject({ CustomerId: '1' });
    expect(fetch.requests).toHaveLength(2);
  });
});

describe('timeouts and aborts', () => {
  test('a request that does not answer within timeoutMs fails with TimeoutError', async () => {
    const fetch = fakeFetch(hang());
    const client = createClient({ apiKey: KEY, fetch, timeoutMs: 20 });
    const error = await client.listCustomers().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ action: 'getallcustomers', timeoutMs: 20 });
    expect((error as Error).message).toBe('getallcustomers did not finish within 20 ms');
  });

  test('a fetch that ignores the signal still times out', async () => {
    const fetch = fakeFetch(() => new Promise<Response>(() => undefined));
    const client = createClient({ apiKey: KEY, fetch, timeoutMs: 20 });
    await expect(client.listCustomers()).rejects.toBeInstanceOf(TimeoutError);
  });

  test('a body that never ends times out', async () => {
    const stalled = new ReadableStream({ start: () => undefined });
    const fetch = fakeFetch(() => new Response(stalled, { status: 200 }));
    const client = createClient({ apiKey: KEY, fetch, timeoutMs: 20 });
    await expect(client.listCustomers()).rejects.toBeInstanceOf(TimeoutError);
  });

  test('the per-call timeoutMs overrides the client one', async () => {
    const client = createClient({ apiKey: KEY, fetch: fakeFetch(hang()), timeoutMs: 60_000 });
    await expect(client.listCustomers({}, { timeoutMs: 15 })).rejects.toMatchObject({ timeoutMs: 15 });
  });

  test('the timeout covers the wait between retries', async () => {
    const fetch = fakeFetch(serverError);
    const client = createClient({
      apiKey: KEY,
      fetch,
      timeoutMs: 30,
      retry: { minDelayMs: 1, maxDelayMs: 5, sleep: () => new Promise(() => undefined) },
    });
    await expect(client.listCustomers()).rejects.toBeInstanceOf(TimeoutError);
    expect(fetch.requests).toHaveLength(1);
  });

  test('aborting during the wait between retries stops the call with the abort reason', async () => {
    const controller = new AbortController();
    const fetch = fakeFetch(serverError);
    const client = createClient({
      apiKey: KEY,
      fetch,
      retry: {
        // The caller gives up while the client is waiting; this sleep would never end by itself.
        sleep: () => {
          controller.abort(new Error('user gave up'));
          return new Promise(() => undefined);
        },
      },
    });
    await expect(client.listCustomers({}, { signal: controller.signal })).rejects.toThrow('user gave up');
    expect(fetch.requests).toHaveLength(1);
  });

  test('aborting during a request rejects with the abort reason, not a NetworkError', async () => {
    const controller = new AbortController();
    const fetch = fakeFetch(hang());
    const call = createClient({ apiKey: KEY, fetch }).listCustomers({}, { signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
  });

  test('an already aborted signal sends no request', async () => {
    const fetch = fakeFetch(json(200, []));
    const client = createClient({ apiKey: KEY, fetch });
    await expect(client.listCustomers({}, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(fetch.requests).toHaveLength(0);
  });

  test('passes a signal to fetch so that it can cancel the request', async () => {
    const fetch = fakeFetch(json(200, []));
    await createClient({ apiKey: KEY, fetch }).listCustomers();
    expect(fetch.requests[0]?.signal).toBeInstanceOf(AbortSignal);
  });
});
