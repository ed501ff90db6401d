import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ResponseLogEntry } from './format-request-log.js';

/** Hands the request log its entry: method, path and action, never the query (it holds the key). */
export function logResponse(
  onResponse: (entry: ResponseLogEntry) => void,
  req: IncomingMessage,
  res: ServerResponse,
  started: number,
): void {
  const raw = req.url ?? '/';
  const at = raw.indexOf('?');
  onResponse({
    method: req.method ?? 'GET',
    path: at < 0 ? raw : raw.slice(0, at),
    action: at < 0 ? null : new URLSearchParams(raw.slice(at + 1)).get('action'),
    status: res.statusCode,
    ms: performance.now() - started,
  });
}
