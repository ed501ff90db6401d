import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMockServer, startMockServer } from '../../src/node/start-mock-server.js';

let server: RunningMockServer;
beforeAll(async () => {
  server = await startMockServer({ port: 0 });
});
afterAll(() => server.close());

describe('GET /__mock/docs', () => {
  it('serves the rendered API reference with the documented examples, needing no other host for its scripts', async () => {
    const response = await fetch(`${server.url}/__mock/docs`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('Solar Proof API reference');
    // The seeds' examples: the documented answer of createcustomer and a documented request body.
    expect(html).toContain('Customer created successfully!');
    expect(html).toContain('Smith Solar Solutions');
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    expect(html).not.toMatch(/<link[^>]+href="https?:\/\/cdn/);
  });
});
