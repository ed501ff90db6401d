export interface CorsOptions {
  /**
   * Origins a browser page may call the API from: `*` for any, or exact origins such as
   * `http://localhost:5173`. The control API (`/__mock/*`) answers only origins listed by name,
   * never `*`: a page on any site must not be able to reset or read the fake. Default `['*']`.
   */
  origins?: readonly string[];
}

/** Headers a browser may send across origins: the JSON body type and the fault and latency headers. */
const ALLOWED_HEADERS = 'content-type, authorization, x-solarproof-mock-fault, x-solarproof-mock-latency';

/**
 * The CORS headers for a request from `origin` to `path`, or undefined when that origin may not
 * call it (then the browser blocks the answer, as it should).
 */
export function corsHeaders(
  options: CorsOptions,
  origin: string | undefined,
  path: string,
): Record<string, string> | undefined {
  if (origin === undefined) return undefined;
  const origins = options.origins ?? ['*'];
  const named = origins.includes(origin);
  const allowed = path.startsWith('/__mock') ? named : named || origins.includes('*');
  if (!allowed) return undefined;
  return {
    'access-control-allow-origin': named ? origin : '*',
    'access-control-expose-headers': 'retry-after',
    vary: 'Origin',
  };
}

/** The answer to a preflight (`OPTIONS` with `Access-Control-Request-Method`). */
export function preflightHeaders(
  options: CorsOptions,
  origin: string | undefined,
  path: string,
): Record<string, string> | undefined {
  const headers = corsHeaders(options, origin, path);
  if (!headers) return undefined;
  return {
    ...headers,
    'access-control-allow-methods': 'GET, POST, DELETE',
    'access-control-allow-headers': ALLOWED_HEADERS,
    'access-control-max-age': '600',
  };
}
