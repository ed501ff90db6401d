import { apiError } from './error-response.js';
import type { MockRequest, MockResponse } from './mock-request.js';

/** Whether a request is for the control API (`/__mock` and below). */
export function isControlPath(path: string): boolean {
  return path === '/__mock' || path.startsWith('/__mock/');
}

/** The dashboard page: a browser's page load may carry the token as `?token=`; the page then sends the header. */
function isDashboardPageLoad(request: MockRequest): boolean {
  return (
    request.method === 'GET' && (request.path === '/__mock/ui' || request.path.startsWith('/__mock/ui/'))
  );
}

/**
 * Routes that pass without the token: the dashboard's own script and style files (the browser
 * fetches them without the header the page sends later; they hold no data and no key) and the
 * readiness probe, which says only that the server is up.
 */
function isOpenControlRoute(request: MockRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  return request.path === '/__mock/health' || /^\/__mock\/ui\/[\w-]+\.(?:js|css)$/.test(request.path);
}

/**
 * The answer to a control request without the right token, or undefined when it may pass. Off
 * loopback anyone who reaches the port could mint keys, reset the world or inject faults, so the
 * control API then wants `Authorization: Bearer <token>`.
 */
export function controlTokenProblem(request: MockRequest, token: string): MockResponse | undefined {
  if (isOpenControlRoute(request)) return undefined;
  const header = request.headers.authorization;
  const bearer = header && /^Bearer\s+/i.test(header) ? header.replace(/^Bearer\s+/i, '').trim() : undefined;
  const given =
    bearer ?? (isDashboardPageLoad(request) ? (request.query.get('token') ?? undefined) : undefined);
  if (given !== undefined && sameText(given, token)) return undefined;
  return apiError(
    'INVALID_API_KEY',
    given === undefined
      ? 'The control API needs Authorization: Bearer <token>: the token solarproof-mock printed at start (or --control-token)'
      : 'The control token is wrong',
    { 'www-authenticate': 'Bearer realm="solarproof-mock control API"' },
  );
}

/** Compares in time that depends on the lengths only, so the token cannot be guessed byte by byte. */
function sameText(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < b.length; i += 1) difference |= a.charCodeAt(i % (a.length || 1)) ^ b.charCodeAt(i);
  return difference === 0;
}

/** Addresses only this machine can reach: there the control API needs no token. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d+\.\d+\.\d+$/.test(bare);
}
