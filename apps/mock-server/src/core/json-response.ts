import type { MockResponse } from './mock-request.js';

const JSON_HEADERS = Object.freeze({ 'content-type': 'application/json; charset=utf-8' });
const encoder = new TextEncoder();
const decoder = new TextDecoder();

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

/**
 * A frozen JSON response from UTF-8 bytes, its text decoded only if someone reads `body`: the
 * node:http adapter sends the bytes and never needs the text.
 */
export function jsonBytesResponse(status: number, bytes: Uint8Array): MockResponse {
  let body: string | undefined;
  return Object.freeze({
    status,
    headers: JSON_HEADERS,
    bytes,
    get body(): string {
      body ??= decoder.decode(bytes);
      return body;
    },
  });
}

/** `response`, frozen, with its bytes encoded on first use and kept (for responses shared between requests). */
export function frozenResponse(response: MockResponse): MockResponse {
  if (response.bytes !== undefined) return Object.freeze(response);
  const { status, body } = response;
  const headers = Object.freeze({ ...response.headers });
  let bytes: Uint8Array | undefined;
  return Object.freeze({
    status,
    headers,
    body,
    ...(response.delayMs === undefined ? {} : { delayMs: response.delayMs }),
    ...(response.reset === undefined ? {} : { reset: response.reset }),
    get bytes(): Uint8Array {
      bytes ??= encoder.encode(body);
      return bytes;
    },
  });
}

/** The UTF-8 bytes of a JSON array of elements already serialised to bytes: `[a,b,c]`. */
export function jsonArrayBytes(elements: readonly Uint8Array[]): Uint8Array {
  let size = 2 + Math.max(0, elements.length - 1);
  for (const element of elements) size += element.byteLength;
  const out = new Uint8Array(size);
  out[0] = 0x5b; // [
  let at = 1;
  for (let index = 0; index < elements.length; index += 1) {
    const element = elements[index] as Uint8Array;
    if (index > 0) out[at++] = 0x2c; // ,
    out.set(element, at);
    at += element.byteLength;
  }
  out[at] = 0x5d; // ]
  return out;
}

/** The UTF-8 bytes of `text`. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}
