import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIFT_HEADER, type RunningProxy, startProxy } from '../../src/node/start-proxy.js';
import { type DriftingUpstream, PLANTED, startDriftingUpstream } from './drifting-upstream.js';

let upstream: DriftingUpstream;
let proxy: RunningProxy;
const get = (query: string) => fetch(`${proxy.url}/apidata.php?${query}&api_key=${upstream.apiKey}`);

beforeAll(async () => {
  upstream = await startDriftingUpstream({ slowMs: 3_000 });
  proxy = await startProxy({ target: upstream.url, port: 0, upstreamTimeoutMs: 400 });
});
afterAll(async () => {
  await proxy.close();
  await upstream.close();
});

describe('the proxy in front of a drifting upstream', () => {
  it('reports each planted deviation with its path, kind and count', async () => {
    for (let i = 0; i < 2; i += 1) await (await get('action=getallcustomers&page=1')).text();
    await (await get('action=getcustomerofproject&project_id=1001')).text();
    await (await get('action=getcustomerByemail&customer_email=jane%40example.com')).text();
    await (await get('action=getcustomerid&customer_email=jane%40example.com')).text();

    const report = proxy.session.report('now');
    const rows = (action: string) => report.actions.find((a) => a.action === action)?.fields ?? [];
    for (const { path, kind } of PLANTED.getallcustomers) {
      expect(rows('getallcustomers')).toContainEqual(
        expect.objectContaining({ side: 'response', path, kind, exchanges: 2, occurrences: 2 }),
      );
    }
    for (const [action, planted] of [
      ['getcustomerofproject', PLANTED.getcustomerofproject],
      ['getcustomerByemail', PLANTED.getcustomerByemail],
      ['getcustomerid', PLANTED.getcustomerid],
    ] as const) {
      for (const { path, kind } of planted) {
        expect(rows(action)).toContainEqual(expect.objectContaining({ path, kind, exchanges: 1 }));
      }
    }
    // Nothing but what was planted: the rest of each answer matches the spec.
    expect(rows('getallcustomers')).toHaveLength(PLANTED.getallcustomers.length);
    expect(rows('getcustomerofproject')).toHaveLength(PLANTED.getcustomerofproject.length);
  });

  it('passes the answer on unchanged, with the drift count in a header', async () => {
    const response = await get('action=getcustomerid&customer_email=a%40b.com');
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toBe('<html><body>502 Bad Gateway</body></html>');
    expect(response.headers.get(DRIFT_HEADER)).toBe('2');
  });

  it('answers a slow upstream with a timeout in the documented error shape, and keeps serving', async () => {
    const started = Date.now();
    const response = await get('action=getcustomerofproject&project_id=1');
    expect(response.status).toBe(504);
    expect(await response.json()).toEqual({
      code: 'UNKNOWN',
      message: expect.stringContaining('within 400 ms'),
    });
    expect(Date.now() - started).toBeLessThan(2_500);
    expect((await get('action=getallcustomers&page=1')).status).toBe(200);
  });

  it('answers an upstream that drops the connection mid-answer with a clear 502', async () => {
    const response = await get('action=getcustomerofproject&project_id=2');
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({
      code: 'UNKNOWN',
      message: expect.stringMatching(/closed the connection mid-answer|reset the connection/),
    });
  });

  it('masks samples so no personal value reaches the report', async () => {
    const text = JSON.stringify(proxy.session.report('now'));
    expect(text).not.toContain('@');
    expect(text).not.toContain(upstream.apiKey);
    const extra = proxy.session
      .report('now')
      .actions.find((a) => a.action === 'getallcustomers')
      ?.fields.find((f) => f.kind === 'extra');
    expect(extra?.samples).toEqual(['"aaaa"']);
  });
});

describe('the proxy in front of nothing', () => {
  it('answers a dead port with a clear 502 instead of hanging', async () => {
    const dead = await startProxy({ target: 'http://127.0.0.1:1', port: 0, upstreamTimeoutMs: 2_000 });
    try {
      const response = await fetch(
        `${dead.url}/apidata.php?action=getallcustomers&api_key=sp_test_secret_key`,
      );
      expect(response.status).toBe(502);
      const body = (await response.json()) as { code: string; message: string };
      expect(body.code).toBe('UNKNOWN');
      expect(body.message).toMatch(/refused the connection/);
      expect(JSON.stringify(dead.session.journal())).not.toContain('sp_test_secret_key');
    } finally {
      await dead.close();
    }
  });
});
