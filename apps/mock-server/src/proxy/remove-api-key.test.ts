import { describe, expect, it } from 'vitest';
import type { RecordedExchange } from './recorded-exchange.js';
import { removeApiKey, secretsOfRequest } from './remove-api-key.js';

const KEY = 'sp_live_0123456789abcdef';
const exchange: RecordedExchange = {
  startedDateTime: '2026-12-01T00:00:00.000Z',
  timeMs: 5,
  request: {
    method: 'POST',
    url: `https://solarproof.com.au/apidata.php?action=createcustomer&api_key=${KEY}`,
    headers: [
      { name: 'Content-Type', value: 'application/json' },
      { name: 'Authorization', value: `Bearer ${KEY}` },
      { name: 'X-Trace', value: `call with ${KEY}` },
    ],
    body: JSON.stringify({ data: { apikey: KEY, firstname: 'A' } }),
  },
  response: {
    status: 400,
    statusText: 'Bad Request',
    headers: [{ name: 'Location', value: `https://solarproof.com.au/x?api_key=${encodeURIComponent(KEY)}` }],
    body: JSON.stringify({
      code: 'INVALID_PARAMETERS',
      message: `Bad request to /apidata.php?action=createcustomer&api_key=${KEY}`,
      link: 'https://solarproof.com.au/p?token=other-token-value',
    }),
  },
};

describe('removeApiKey', () => {
  it('finds the key in the query, the headers and data.apikey', () => {
    expect(new Set(secretsOfRequest(exchange.request))).toEqual(new Set([KEY]));
  });

  it('leaves the key nowhere: query, headers, body fields, echoed URLs and messages', () => {
    const clean = removeApiKey(exchange, secretsOfRequest(exchange.request));
    const text = JSON.stringify(clean);
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(encodeURIComponent(KEY));
    expect(text).not.toContain('other-token-value');
    expect(clean.request.url).toBe('https://solarproof.com.au/apidata.php?action=createcustomer&api_key=***');
    expect(JSON.parse(clean.request.body ?? '')).toEqual({ data: { apikey: '***', firstname: 'A' } });
    expect(clean.request.headers[0]).toEqual({ name: 'Content-Type', value: 'application/json' });
  });

  it('leaves a body without secrets byte for byte as it was', () => {
    const body = '{ "a" : 1 }';
    const clean = removeApiKey({ ...exchange, response: { ...exchange.response!, body } }, [KEY]);
    expect(clean.response?.body).toBe(body);
  });
});
