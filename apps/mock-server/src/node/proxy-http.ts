import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HeaderPair } from '../proxy/recorded-exchange.js';
import { HOP_BY_HOP } from './forward-request.js';

/** The proxy's HTTP plumbing: the target, headers and bodies in and out. */

export function parseTarget(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      `--target must be an http(s) URL, e.g. https://solarproof.com.au (got ${JSON.stringify(text.slice(0, 80))})`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`--target must be an http(s) URL (got ${url.protocol})`);
  }
  return url;
}

/** The target's origin and base path, then the request's own path and query, untouched. */
export function upstreamUrl(target: URL, requestUrl: string): URL {
  const base = target.pathname.replace(/\/$/, '');
  return new URL(`${target.origin}${base}${requestUrl.startsWith('/') ? requestUrl : `/${requestUrl}`}`);
}

/** The client's headers for the upstream: all but the hop-by-hop ones, with the target's Host. */
export function forwardHeaders(raw: string[], url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (let i = 0; i < raw.length; i += 2) {
    const name = (raw[i] as string).toLowerCase();
    if (HOP_BY_HOP.has(name) || name === 'host') continue;
    const value = raw[i + 1] as string;
    const had = out[name];
    out[name] = had === undefined ? value : Array.isArray(had) ? [...had, value] : [had, value];
  }
  out.host = url.host;
  return out;
}

export function pairs(raw: string[]): HeaderPair[] {
  const out: HeaderPair[] = [];
  for (let i = 0; i < raw.length; i += 2) out.push({ name: raw[i] as string, value: raw[i + 1] as string });
  return out;
}

export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined | 'too-large'> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      resolve('too-large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('error', () => resolve(undefined));
    req.on('end', () =>
      resolve(size > limit ? 'too-large' : chunks.length === 0 ? undefined : Buffer.concat(chunks)),
    );
  });
}

export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

/** The documented `{code, message}` error shape, from the proxy itself. */
export function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { code, message }, { 'x-solarproof-proxy': 'answered-by-proxy', ...headers });
}
