import type { RawRequest } from '../core/transport-policy.js';

/** A Fetch `Request` as the transport policy takes it: method, path and query, headers, body text. */
export async function rawRequestOf(request: Request): Promise<RawRequest> {
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return {
    method: request.method,
    target: url.pathname + url.search,
    headers,
    body: request.body ? await request.text() : undefined,
  };
}
