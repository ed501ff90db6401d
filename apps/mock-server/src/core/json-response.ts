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
 * A frozen JSON response over UTF-8 bytes, whole or in pieces, its `bytes` joined and its `body`
 * decoded only when first read (the node:http adapter sends the pieces and never needs either). A
 * class rather than an object literal with getters: every page rendered again makes one, and
 * this costs a fraction (no closures, no accessor pairs). Its `bytes` and `body` are the class's
 * getters, which spreading would drop: a copy is made with `withExtras`.
 */
class BytesResponse implements MockResponse {
  readonly status: number;
  readonly headers: Record<string, string> = JSON_HEADERS;
  readonly chunks: readonly Uint8Array[] | undefined;
  #bytes: Uint8Array | undefined;
  #body: string | undefined;

  constructor(status: number, bytes: Uint8Array | undefined, chunks: readonly Uint8Array[] | undefined) {
    this.status = status;
    this.chunks = chunks;
    this.#bytes = bytes;
    Object.freeze(this);
  }

  get bytes(): Uint8Array {
    this.#bytes ??= joined(this.chunks ?? []);
    return this.#bytes;
  }

  get body(): string {
    this.#body ??= decoder.decode(this.bytes);
    return this.#body;
  }
}

function joined(chunks: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const chunk of chunks) length += chunk.byteLength;
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * A frozen JSON response from UTF-8 bytes, its text decoded only if someone reads `body`: the
 * node:http adapter sends the bytes and never needs the text.
 */
export function jsonBytesResponse(status: number, bytes: Uint8Array): MockResponse {
  return new BytesResponse(status, bytes, undefined);
}

/**
 * A frozen JSON response from UTF-8 bytes in pieces (a page assembled from kept items): adapters
 * that can send pieces send `chunks`; `bytes` joins them, and `body` decodes them, only if read.
 */
export function jsonChunksResponse(status: number, chunks: readonly Uint8Array[]): MockResponse {
  // A copy, so the caller's array cannot change a response that may be cached.
  return new BytesResponse(status, undefined, Object.freeze(chunks.slice()));
}

/**
 * `response` with `extra` (an injected delay or reset) as a new object. A response made from bytes
 * keeps its `bytes` and `body` in getters, which a spread would leave behind, so they are read.
 */
export function withExtras(response: MockResponse, extra: Partial<MockResponse>): MockResponse {
  if (!(response instanceof BytesResponse)) return { ...response, ...extra };
  const { status, headers, bytes, body } = response;
  return { status, headers, bytes, body, ...extra };
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

/** The UTF-8 bytes of `text`. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/**
 * Whether the body begins with `prefix` (ASCII), read from the bytes when the response has them:
 * reading `body` of a bytes response decodes the whole body and keeps the text beside the bytes.
 */
export function bodyStartsWith(response: MockResponse, prefix: string): boolean {
  // Text that is there already is read as it is (asking a text response for bytes would encode it).
  if (!(response instanceof BytesResponse)) return response.body.startsWith(prefix);
  // A response in pieces is read from its first piece when that is long enough (no join).
  const first = response.chunks?.[0];
  const bytes = first !== undefined && first.byteLength >= prefix.length ? first : response.bytes;
  if (bytes === undefined) return response.body.startsWith(prefix);
  if (bytes.byteLength < prefix.length) return false;
  for (let index = 0; index < prefix.length; index += 1) {
    if (bytes[index] !== prefix.charCodeAt(index)) return false;
  }
  return true;
}
