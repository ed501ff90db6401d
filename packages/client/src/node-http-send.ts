import type * as Http from 'node:http';
import type * as Https from 'node:https';
import type { Readable } from 'node:stream';
import type * as Zlib from 'node:zlib';
import type { Send, WireBody, WireChunk, WireReader, WireResponse } from './wire-response.js';

/** Node's modules the transport uses, given by the caller so that this module imports no `node:*`. */
export interface NodeHttpModules {
  http: () => Pick<typeof Http, 'request'>;
  /** Each is asked for only when needed: an https URL, a compressed body. */
  https: () => Pick<typeof Https, 'request'>;
  zlib: () => Pick<typeof Zlib, 'createGunzip' | 'createInflate' | 'createBrotliDecompress' | 'constants'>;
}

/** Statuses whose response has no body (as fetch answers them: `body` is `null`). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
/** Chunks held before the socket is paused, when the reader is slower than the network. */
const HIGH_WATER_CHUNKS = 16;

/**
 * A `Send` over `node:http` and `node:https` (their global agents, which keep connections alive),
 * for the default client in Node: per page it costs about half of what fetch costs (undici's
 * `Request`, `Headers`, signals and web streams). It sends what Node's fetch sends (the same
 * headers, `Accept-Encoding` included, and decodes gzip, deflate and brotli as fetch does), follows
 * no redirect (the client does, like `redirect: 'manual'`), rejects as fetch does (`TypeError:
 * fetch failed` with the cause; the signal's reason on abort).
 *
 * @example
 * const send = createNodeHttpSend({ http, https, zlib: () => zlib });
 * const response = await send('http://127.0.0.1:4010/apidata.php?action=getallcustomers&api_key=k', { method: 'GET' });
 */
export function createNodeHttpSend(modules: NodeHttpModules): Send {
  return (url, init) => send(modules, url, init);
}

function send(modules: NodeHttpModules, url: string, init: RequestInit): Promise<WireResponse> {
  const signal = init.signal ?? undefined;
  if (signal?.aborted) return Promise.reject(signal.reason);
  let target: URL;
  try {
    target = new URL(url);
  } catch (error) {
    return Promise.reject(new TypeError('Failed to parse URL', { cause: error }));
  }
  const secure = target.protocol === 'https:';
  if (!secure && target.protocol !== 'http:') {
    return Promise.reject(
      new TypeError('fetch failed', { cause: new Error(`${target.protocol} is not http`) }),
    );
  }
  const method = (init.method ?? 'GET').toUpperCase();
  const body = typeof init.body === 'string' ? new TextEncoder().encode(init.body) : undefined;
  const headers = requestHeaders(init.headers, secure, body);
  return new Promise<WireResponse>((resolve, reject) => {
    const request = (secure ? modules.https() : modules.http()).request(target, { method, headers });
    let reader: NodeBodyReader | undefined;
    let answered = false;
    const onAbort = () => {
      request.destroy();
      if (reader) reader.fail(signal?.reason);
      else if (!answered) {
        answered = true;
        reject(signal?.reason);
      }
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbort);
    request.once('response', (incoming) => {
      answered = true;
      const status = incoming.statusCode ?? 0;
      const hasBody = method !== 'HEAD' && !NULL_BODY_STATUSES.has(status);
      if (!hasBody) {
        incoming.resume();
        done();
      } else {
        reader = new NodeBodyReader(decoded(modules, incoming, status), done);
      }
      resolve(new NodeResponse(url, status, incoming, reader));
    });
    // `on`, not `once`: a second error with no listener left would be thrown.
    request.on('error', (error) => {
      if (reader) {
        reader.fail(new TypeError('terminated', { cause: error }));
        return;
      }
      if (answered) return;
      answered = true;
      done();
      // Not sent again, even on a kept-alive connection the server had closed: fetch does not.
      reject(new TypeError('fetch failed', { cause: error }));
    });
    request.end(body);
  });
}

/** The headers Node's fetch sends beside the caller's (its `Host` and `Connection` come from node:http). */
function requestHeaders(
  given: HeadersInit | undefined,
  secure: boolean,
  body: Uint8Array | undefined,
): Record<string, string> {
  const headers: Record<string, string> = {};
  // Not through `new Headers(given)`: in Node 20 that loads undici, which this transport avoids.
  const add = (value: string, name: string) => {
    const key = name.toLowerCase();
    headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
  };
  if (Array.isArray(given)) for (const [name, value] of given) add(value ?? '', name ?? '');
  else if (given && typeof (given as Headers).forEach === 'function') (given as Headers).forEach(add);
  else if (given) for (const [name, value] of Object.entries(given)) add(value, name);
  headers.accept ??= '*/*';
  headers['accept-language'] ??= '*';
  headers['sec-fetch-mode'] ??= 'cors';
  headers['user-agent'] ??= 'node';
  headers['accept-encoding'] ??= secure ? 'br, gzip, deflate' : 'gzip, deflate';
  if (body) headers['content-length'] = String(body.byteLength);
  return headers;
}

/** The body decoded as its `Content-Encoding` says, as fetch decodes it; an unknown coding is left as it came. */
function decoded(modules: NodeHttpModules, incoming: Http.IncomingMessage, status: number): Readable {
  const header = incoming.headers['content-encoding'];
  if (header === undefined || (status >= 300 && status < 400)) return incoming;
  const codings = header
    .toLowerCase()
    .split(',')
    .map((coding) => coding.trim())
    .filter((coding) => coding !== '' && coding !== 'identity');
  if (codings.length === 0) return incoming;
  const zlib = modules.zlib();
  const flush = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const decoders: Readable[] = [];
  for (const coding of codings.reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip') decoders.push(zlib.createGunzip(flush));
    else if (coding === 'deflate') decoders.push(zlib.createInflate(flush));
    else if (coding === 'br') decoders.push(zlib.createBrotliDecompress());
    else return incoming;
  }
  let stream: Readable = incoming;
  for (const decoder of decoders) {
    const source = stream;
    source.on('error', (error) => decoder.destroy(error));
    source.once('close', () => {
      if (!source.readableEnded) decoder.destroy(new Error('the body was cut short'));
    });
    stream = source.pipe(decoder as unknown as NodeJS.WritableStream) as unknown as Readable;
  }
  return stream;
}

class NodeResponse implements WireResponse {
  readonly redirected = false;
  readonly type = 'basic';
  readonly headers: { get(name: string): string | null };
  readonly body: WireBody | null;

  constructor(
    readonly url: string,
    readonly status: number,
    incoming: Http.IncomingMessage,
    reader: NodeBodyReader | undefined,
  ) {
    // Repeated fields joined with ", ", as fetch's `Headers` joins them.
    this.headers = {
      get: (name) => incoming.headersDistinct[name.toLowerCase()]?.join(', ') ?? null,
    };
    this.body = reader ? { getReader: () => reader, cancel: () => reader.cancel() } : null;
  }
}

/** Chunks of a Node stream as a web reader answers them, without the web stream. */
class NodeBodyReader implements WireReader {
  private readonly queue: Uint8Array[] = [];
  private ended = false;
  private error: unknown;
  private failed = false;
  private waiting: { resolve: (chunk: WireChunk) => void; reject: (error: unknown) => void } | undefined;

  constructor(
    private readonly stream: Readable,
    private readonly onSettled: () => void,
  ) {
    stream.on('data', (chunk: Uint8Array) => {
      const waiting = this.waiting;
      if (waiting) {
        this.waiting = undefined;
        waiting.resolve({ done: false, value: chunk });
        return;
      }
      this.queue.push(chunk);
      if (this.queue.length >= HIGH_WATER_CHUNKS) stream.pause();
    });
    stream.once('end', () => this.end());
    stream.on('error', (error) => this.fail(new TypeError('terminated', { cause: error })));
    // A connection closed before the end, with no error: the body was cut short.
    stream.once('close', () => {
      if (!this.ended) this.fail(new TypeError('terminated', { cause: new Error('the body was cut short') }));
    });
  }

  read(): Promise<WireChunk> {
    const chunk = this.queue.shift();
    if (chunk) {
      if (this.queue.length === 0 && this.stream.isPaused()) this.stream.resume();
      return Promise.resolve({ done: false, value: chunk });
    }
    if (this.failed) return Promise.reject(this.error);
    if (this.ended) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  cancel(): Promise<void> {
    if (!this.ended && !this.failed) {
      this.queue.length = 0;
      this.end();
      this.stream.destroy();
    }
    return Promise.resolve();
  }

  fail(error: unknown): void {
    if (this.ended || this.failed) return;
    this.failed = true;
    this.error = error;
    this.stream.destroy();
    this.onSettled();
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.reject(error);
  }

  private end(): void {
    if (this.ended || this.failed) return;
    this.ended = true;
    this.onSettled();
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.resolve({ done: true, value: undefined });
  }
}
