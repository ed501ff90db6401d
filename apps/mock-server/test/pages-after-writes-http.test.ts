import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_API_KEY } from '../src/index.js';
import { type RunningMockServer, startMockServer } from '../src/node.js';

const api = (query: string) => `/apidata.php?${query}&api_key=${DEFAULT_API_KEY}`;

/** One raw request: its status, headers and body bytes as they came off the socket. */
function raw(
  server: RunningMockServer,
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
) {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    bytes: Buffer;
  }>((resolve, reject) => {
    const req = request(
      `${server.url}${path}`,
      { method, headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('pages over HTTP after writes', () => {
  let server: RunningMockServer;
  beforeAll(async () => {
    server = await startMockServer({ port: 0, customers: 130 });
  });
  afterAll(() => server.close());

  test('send a page answered in pieces as one body of its declared length, the same bytes as in-process', async () => {
    const page2 = server.mock.world.customersPage(
      server.mock.world.companyByApiKey(DEFAULT_API_KEY)!.id,
      2,
      50,
    );
    let pieces = 0;
    for (const [step, index] of [7, 21, 8, 40, 0, 49].entries()) {
      const updated = await raw(
        server,
        'POST',
        api('action=updatecustomer'),
        JSON.stringify({ data: { pkcustomerid: page2[index]!.id, surname: `Piece${step}` } }),
      );
      expect(updated.status).toBe(200);
      const got = await raw(server, 'GET', api('action=getallcustomers&page=2'));
      const inProcess = server.mock.handle({
        method: 'GET',
        path: '/apidata.php',
        query: new URLSearchParams(`action=getallcustomers&page=2&api_key=${DEFAULT_API_KEY}`),
        headers: {},
        body: undefined,
      });
      pieces = Math.max(pieces, inProcess.chunks?.length ?? 1);
      expect(got.status).toBe(200);
      expect(Number(got.headers['content-length'])).toBe(got.bytes.byteLength);
      expect(got.bytes.toString('utf8')).toBe(inProcess.body);
      expect(JSON.parse(got.bytes.toString('utf8'))[index].customer_last_name).toBe(`Piece${step}`);
    }
    // The writes above did make the page one of pieces: the path under test was taken.
    expect(pieces).toBeGreaterThan(1);
  });

  test('send a page in pieces asked with an injected latency whole, after the delay', async () => {
    const company = server.mock.world.companyByApiKey(DEFAULT_API_KEY)!.id;
    const page3 = server.mock.world.customersPage(company, 3, 50);
    const updated = await raw(
      server,
      'POST',
      api('action=updatecustomer'),
      JSON.stringify({ data: { pkcustomerid: page3[10]!.id, surname: 'Delayed' } }),
    );
    expect(updated.status).toBe(200);
    const fresh = await raw(server, 'GET', api('action=getallcustomers&page=3'));
    const started = performance.now();
    const delayed = await raw(server, 'GET', api('action=getallcustomers&page=3'), undefined, {
      'x-solarproof-mock-latency': '150',
    });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(delayed.status).toBe(200);
    expect(Number(delayed.headers['content-length'])).toBe(delayed.bytes.byteLength);
    expect(delayed.bytes.equals(fresh.bytes)).toBe(true);
    expect(JSON.parse(delayed.bytes.toString('utf8'))[10].customer_last_name).toBe('Delayed');
  });
});
