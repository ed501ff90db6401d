import type { IncomingMessage, ServerResponse } from 'node:http';
import { type CorsOptions, corsHeaders, preflightHeaders } from './cors.js';

/** Adds the CORS headers a browser needs; answers a preflight itself (true) without reaching the fake. */
export function answerCors(cors: CorsOptions, req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  const path = (req.url ?? '/').split('?', 1)[0] ?? '/';
  if (req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined) {
    // A refused origin gets no CORS headers, so the browser blocks the real request.
    res.writeHead(204, preflightHeaders(cors, origin, path) ?? {});
    res.end();
    return true;
  }
  for (const [name, value] of Object.entries(corsHeaders(cors, origin, path) ?? {}))
    res.setHeader(name, value);
  return false;
}
