import { describe, expect, test } from 'vitest';
import { jsonTextResponse } from './json-response.js';
import type { MockRequest } from './mock-request.js';
import { transportPolicy } from './transport-policy.js';

/** A policy over a handler that records what it was given. */
function recording(maxBodyBytes?: number) {
  const seen: MockRequest[] = [];
  const policy = transportPolicy(
    (request) => {
      seen.push(request);
      return jsonTextResponse(200, '{}');
    },
    { maxBodyBytes },
  );
  return { policy, seen };
}

describe('transportPolicy', () => {
  test('translates the request target into path and query, and upper-cases the method', () => {
    const { policy, seen } = recording();
    policy.answer({
      method: 'post',
      target: '/apidata.php?action=x&page=2&page=3',
      headers: { a: 'b' },
      body: '{}',
    });
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/apidata.php', headers: { a: 'b' }, body: '{}' });
    expect(seen[0]?.query.getAll('page')).toEqual(['2', '3']);
    policy.answer({ method: 'GET', target: '/__mock', headers: {}, body: undefined });
    expect(seen[1]).toMatchObject({ path: '/__mock' });
    expect([...(seen[1]?.query ?? [])]).toEqual([]);
  });

  test.each([
    ['ASCII at the limit', 'x'.repeat(12), 200],
    ['ASCII one byte over', 'x'.repeat(13), 413],
    ['multi-byte text over the limit in UTF-8 though not in characters', 'é'.repeat(7), 413],
    ['multi-byte text within it', 'é'.repeat(6), 200],
  ])('limits bodies by their UTF-8 bytes: %s', (_name, body, status) => {
    const { policy, seen } = recording(12);
    const response = policy.answer({ method: 'POST', target: '/apidata.php', headers: {}, body });
    expect(response.status).toBe(status);
    expect(seen).toHaveLength(status === 200 ? 1 : 0);
    if (status === 413) expect(JSON.parse(response.body)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  test('refuses a declared size over the limit before any body is read', () => {
    const { policy } = recording(100);
    expect(policy.bodyTooLarge(100)).toBeNull();
    expect(policy.bodyTooLarge(101)?.status).toBe(413);
  });

  test.each([
    ['malformed', 400, 'INVALID_PARAMETERS', /Malformed HTTP request/],
    ['timeout', 408, 'REQUEST_TIMEOUT', /^Timed out: the request was not received in time/],
    ['headers-too-large', 431, 'INVALID_PARAMETERS', /headers too large/],
  ] as const)('answers a %s request in the documented error shape', (kind, status, code, message) => {
    const response = recording().policy.clientError(kind);
    expect(response.status).toBe(status);
    expect(JSON.parse(response.body)).toEqual({ code, message: expect.stringMatching(message) });
  });

  test('answers a rethrown failure with a 500 UNKNOWN naming it, and cuts a reset body in half', () => {
    const { policy } = recording();
    expect(JSON.parse(policy.failure(new Error('boom')).body)).toEqual({
      code: 'UNKNOWN',
      message: 'The mock failed: boom',
    });
    expect(policy.resetCut(101)).toBe(50);
  });
});
