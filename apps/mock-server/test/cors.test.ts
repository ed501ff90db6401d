import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_API_KEY } from '../src/index.js';
import { type RunningMockServer, startMockServer } from '../src/node.js';

const preflight = (url: string, origin: string) =>
  fetch(url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    },
  });

describe('CORS over HTTP', () => {
  let server: RunningMockServer;
  beforeAll(async () => {
    server = await startMockServer({ port: 0, cors: { origins: ['*', 'http://localhost:5173'] } });
  });
  afterAll(() => server.close());

  test('answers a preflight for the API without reaching the fake', async () => {
    const response = await preflight(`${server.url}/apidata.php?action=createcustomer`, 'http://app.test');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(server.mock.journal.entries()).toHaveLength(0);
  });

  test('marks an API answer as readable by the calling page', async () => {
    const response = await fetch(
      `${server.url}/apidata.php?action=getallcustomers&page=1&api_key=${DEFAULT_API_KEY}`,
      { headers: { origin: 'http://app.test' } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  test('lets only an origin listed by name reach the control API', async () => {
    const listed = await preflight(`${server.url}/__mock/reset`, 'http://localhost:5173');
    expect(listed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const other = await preflight(`${server.url}/__mock/reset`, 'http://app.test');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
