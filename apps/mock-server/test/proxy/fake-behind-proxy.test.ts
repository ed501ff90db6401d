import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMockServer, startMockServer } from '../../src/node/start-mock-server.js';
import { type RunningProxy, startProxy } from '../../src/node/start-proxy.js';
import type { Har } from '../../src/proxy/build-har.js';

const dir = mkdtempSync(join(tmpdir(), 'sp-proxy-'));
let fake: RunningMockServer;
let proxy: RunningProxy;
let key: string;

beforeAll(async () => {
  fake = await startMockServer({ port: 0, seed: 1, customers: 60 });
  key = fake.mock.world.options.apiKey;
  proxy = await startProxy({
    target: fake.url,
    port: 0,
    record: join(dir, 'session.har'),
    report: join(dir, 'drift.md'),
  });
});
afterAll(async () => {
  await proxy.close();
  await fake.close();
});

const call = (query: string, init?: RequestInit) => fetch(`${proxy.url}/apidata.php?${query}`, init);

describe('the fake behind the proxy', () => {
  it('forwards reads and returns the fake answer byte for byte, with no drift', async () => {
    const direct = await (
      await fetch(`${fake.url}/apidata.php?action=getallcustomers&page=2&api_key=${key}`)
    ).text();
    const proxied = await call(`action=getallcustomers&page=2&api_key=${key}`);
    expect(await proxied.text()).toBe(direct);
    expect(proxied.headers.get('x-solarproof-proxy-drift')).toBe('0');
    const page = await call(`action=getcustomerofproject&project_id=1001&api_key=${key}`);
    expect(page.status).toBe(200);
    const missing = await call(`action=getallcustomers&page=99&api_key=${key}`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-solarproof-proxy-drift')).toBe('0');
  });

  it('refuses writes in the documented error shape, and nothing reaches the fake', async () => {
    const before = fake.mock.journal.entries().length;
    const response = await call('action=deletecustomer', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: { apikey: key, pkcustomerid: 70001 } }),
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as { code: string; message: string };
    expect(body.code).toBe('PERMISSION_DENIED');
    expect(body.message).toMatch(/read-only.*--allow-writes/);
    expect(body.message).not.toContain(key);
    expect(fake.mock.journal.entries().length).toBe(before);
    expect(proxy.session.journal().at(-1)).toMatchObject({
      action: 'deletecustomer',
      status: null,
      failure: expect.stringMatching(/read-only/),
    });
  });

  it('keeps its control routes to itself', async () => {
    const report = (await (await fetch(`${proxy.url}/__proxy/report`)).json()) as { exchanges: number };
    expect(report.exchanges).toBeGreaterThanOrEqual(3);
    const markdown = await (await fetch(`${proxy.url}/__proxy/report?format=markdown`)).text();
    expect(markdown).toMatch(/^# Drift report/);
    const journal = (await (await fetch(`${proxy.url}/__proxy/journal`)).json()) as Array<{ action: string }>;
    expect(journal.map((e) => e.action)).toContain('getallcustomers');
  });

  it('writes the report and a HAR 1.2 recording with the key removed from every place', async () => {
    await call(`action=getcustomerByemail&customer_email=nobody%40example.com&api_key=${key}`, {
      headers: { 'x-api-key': key, authorization: `Bearer ${key}` },
    });
    const written = (await (await fetch(`${proxy.url}/__proxy/report`, { method: 'POST' })).json()) as {
      written: string[];
    };
    expect(written.written).toEqual([
      join(dir, 'drift.md'),
      join(dir, 'drift.json'),
      join(dir, 'session.har'),
    ]);
    const text = readFileSync(join(dir, 'session.har'), 'utf8');
    expect(text).not.toContain(key);
    const har = JSON.parse(text) as Har;
    expect(har.log.version).toBe('1.2');
    expect(har.log.entries.length).toBeGreaterThanOrEqual(4);
    const last = har.log.entries.at(-1);
    expect(last?.request.queryString).toContainEqual({ name: 'api_key', value: '***' });
    expect(last?.request.headers).toContainEqual({ name: 'x-api-key', value: '***' });
    expect(last?.response.status).toBe(404);
    expect(JSON.parse(readFileSync(join(dir, 'drift.json'), 'utf8')).target).toBe(`${fake.url}/`);
    expect(readFileSync(join(dir, 'drift.md'), 'utf8')).not.toContain(key);
  });
});

describe('the proxy with --allow-writes', () => {
  it('forwards writes to the target', async () => {
    const writer = await startProxy({ target: fake.url, port: 0, allowWrites: true });
    try {
      const response = await fetch(`${writer.url}/apidata.php?action=updatecustomer&api_key=${key}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ data: { pkcustomerid: 70002, surname: 'Proxied' } }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-solarproof-proxy-drift')).toBe('0');
    } finally {
      await writer.close();
    }
  });
});

describe('the proxy with --scrub', () => {
  it('records no name or email of the answers, and the same stand-in for the same email in query and answer', async () => {
    const scrubbing = await startProxy({ target: fake.url, port: 0, scrub: true });
    try {
      const page = (await (
        await fetch(`${scrubbing.url}/apidata.php?action=getallcustomers&page=1&api_key=${key}`)
      ).json()) as Array<{
        customer_email: string;
        customer_first_name: string;
      }>;
      const first = page[0];
      await fetch(
        `${scrubbing.url}/apidata.php?action=getcustomerByemail&customer_email=${encodeURIComponent(first?.customer_email ?? '')}&api_key=${key}`,
      );
      const text = JSON.stringify(scrubbing.session.har('test'));
      expect(text).not.toContain(key);
      expect(text).not.toContain(first?.customer_email);
      expect(text).not.toContain(`"${first?.customer_first_name}"`);
      const [list, lookup] = scrubbing.session.har('test').log.entries;
      const standIn = (
        JSON.parse(list?.response.content.text ?? '[]') as Array<{ customer_email: string }>
      )[0]?.customer_email;
      expect(lookup?.request.queryString).toContainEqual({ name: 'customer_email', value: standIn });
    } finally {
      await scrubbing.close();
    }
  });
});

describe('the proxy and requests meant for elsewhere', () => {
  it('sends an absolute-form request (as to an HTTP proxy) to its target only, never to the host it names', async () => {
    let elsewhere = 0;
    const other = createServer((_req, res) => {
      elsewhere += 1;
      res.end('{}');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const otherPort = (other.address() as AddressInfo).port;
    const before = fake.mock.journal.entries().length;
    try {
      const reply = await new Promise<string>((resolve, reject) => {
        const socket = connect(proxy.port, '127.0.0.1', () => {
          socket.write(
            `GET http://127.0.0.1:${otherPort}/apidata.php?action=getallcustomers&api_key=${key} HTTP/1.1\r\nHost: 127.0.0.1:${otherPort}\r\nConnection: close\r\n\r\n`,
          );
        });
        let data = '';
        socket.on('data', (chunk) => {
          data += chunk.toString();
        });
        socket.on('end', () => resolve(data));
        socket.on('error', reject);
      });
      expect(reply).toMatch(/^HTTP\/1\.1 \d{3}/);
      expect(elsewhere).toBe(0);
      expect(fake.mock.journal.entries().length).toBe(before + 1);
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });
});
