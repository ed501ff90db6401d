import type { MockResponse } from './mock-request.js';

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' } as const;

/** A JSON response from a value. */
export function jsonResponse(status: number, value: unknown, headers?: Record<string, string>): MockResponse {
  return jsonTextResponse(status, JSON.stringify(value), headers);
}

/** A JSON response from text already serialised (cached pages skip JSON.stringify). */
export function jsonTextResponse(
  status: number,
  body: string,
  headers?: Record<string, string>,
): MockResponse {
  return { status, headers: headers ? { ...JSON_HEADERS, ...headers } : { ...JSON_HEADERS }, body };
}
