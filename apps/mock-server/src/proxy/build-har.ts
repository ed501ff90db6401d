import type { HeaderPair, RecordedExchange } from './recorded-exchange.js';

/** The parts of HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) the proxy writes and `infer` reads. */
export interface Har {
  log: {
    version: '1.2';
    creator: { name: string; version: string };
    pages?: unknown[];
    entries: HarEntry[];
    comment?: string;
  };
}

export interface HarEntry {
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    cookies: unknown[];
    headers: HeaderPair[];
    queryString: HeaderPair[];
    postData?: { mimeType: string; text: string };
    headersSize: number;
    bodySize: number;
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    cookies: unknown[];
    headers: HeaderPair[];
    content: { size: number; mimeType: string; text?: string };
    redirectURL: string;
    headersSize: number;
    bodySize: number;
    _error?: string;
  };
  cache: Record<string, never>;
  timings: { send: number; wait: number; receive: number };
  comment?: string;
}

const header = (headers: HeaderPair[], name: string) =>
  headers.find((h) => h.name.toLowerCase() === name)?.value;

/** One recorded exchange as a HAR entry. No answer is status 0 with `_error`, as browsers record it. */
export function harEntry(exchange: RecordedExchange, comment?: string): HarEntry {
  const { request, response } = exchange;
  let queryString: HeaderPair[] = [];
  try {
    queryString = [...new URL(request.url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    // Not a URL: no query to list.
  }
  const body = response?.body ?? '';
  return {
    startedDateTime: exchange.startedDateTime,
    time: exchange.timeMs,
    request: {
      method: request.method,
      url: request.url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: request.headers,
      queryString,
      ...(request.body === undefined
        ? {}
        : { postData: { mimeType: header(request.headers, 'content-type') ?? '', text: request.body } }),
      headersSize: -1,
      bodySize: request.body === undefined ? 0 : request.body.length,
    },
    response: {
      status: response?.status ?? 0,
      statusText: response?.statusText ?? '',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: response?.headers ?? [],
      content: {
        size: body.length,
        mimeType: header(response?.headers ?? [], 'content-type') ?? '',
        text: body,
      },
      redirectURL: header(response?.headers ?? [], 'location') ?? '',
      headersSize: -1,
      bodySize: response ? body.length : -1,
      ...(exchange.failure === undefined ? {} : { _error: exchange.failure }),
    },
    cache: {},
    timings: { send: 0, wait: exchange.timeMs, receive: 0 },
    ...(comment ? { comment } : {}),
  };
}

/** A HAR log of the entries, oldest first. */
export function buildHar(entries: HarEntry[], creatorVersion: string, comment?: string): Har {
  return {
    log: {
      version: '1.2',
      creator: { name: 'solarproof-mock proxy', version: creatorVersion },
      entries,
      ...(comment ? { comment } : {}),
    },
  };
}
