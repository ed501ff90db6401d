import { describe, expect, test } from 'vitest';
import { redactKnownKeys } from '../../src/core/redact.js';
import { createMockApi, DEFAULT_API_KEY, FAULT_HEADER, type MockApi } from '../../src/index.js';

const send = (mock: MockApi, path: string, query: string, headers: Record<string, string> = {}) =>
  mock.handle({ method: 'GET', path, query: new URLSearchParams(query), headers, body: undefined });

describe('a key sent in a place that is not for keys', () => {
  test.each([
    ['action', '/apidata.php', `action=${DEFAULT_API_KEY}`],
    [
      'customer_email',
      '/apidata.php',
      `action=getcustomerid&customer_email=${DEFAULT_API_KEY}&api_key=${DEFAULT_API_KEY}`,
    ],
    ['the path', `/${DEFAULT_API_KEY}/apidata.php`, 'action=getallcustomers'],
    ['a control path', `/__mock/${DEFAULT_API_KEY}`, ''],
    ['page', '/apidata.php', `action=getallcustomers&page=${DEFAULT_API_KEY}&api_key=${DEFAULT_API_KEY}`],
  ])('is redacted from the error and the journal (%s)', (_where, path, query) => {
    const mock = createMockApi();
    const response = send(mock, path, query);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.body).not.toContain(DEFAULT_API_KEY);
    expect(JSON.stringify(mock.journal.entries())).not.toContain(DEFAULT_API_KEY);
  });

  test('is redacted from an echoed header, in any letter case, even cut short', () => {
    const mock = createMockApi();
    const tenant = JSON.parse(
      mock.handle({
        method: 'POST',
        path: '/__mock/tenants',
        query: new URLSearchParams(),
        headers: {},
        body: undefined,
      }).body,
    ) as { apiKey: string };
    const response = send(mock, '/apidata.php', `action=getallcustomers&api_key=${DEFAULT_API_KEY}`, {
      [FAULT_HEADER]: tenant.apiKey,
    });
    expect(response.status).toBe(400);
    expect(response.body).not.toContain(tenant.apiKey.slice(0, 16).toUpperCase());
    expect(response.body).not.toContain(tenant.apiKey.slice(0, 16));
  });

  test('redactKnownKeys leaves text without keys alone', () => {
    expect(redactKnownKeys('Unknown action x…', [DEFAULT_API_KEY])).toBe('Unknown action x…');
    expect(redactKnownKeys(`a ${DEFAULT_API_KEY.toUpperCase()} b`, [DEFAULT_API_KEY])).toBe('a *** b');
  });
});
