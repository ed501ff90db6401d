import { apiError } from '../core/error-response.js';
import type { MockResponse } from '../core/mock-request.js';

/** The files of the dashboard (src/dashboard, copied to dist/dashboard by the build). */
export const DASHBOARD_FILES: Readonly<Record<string, string>> = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'api.js': 'text/javascript; charset=utf-8',
  'dom.js': 'text/javascript; charset=utf-8',
  'world-view.js': 'text/javascript; charset=utf-8',
  'traffic-view.js': 'text/javascript; charset=utf-8',
  'webhooks-view.js': 'text/javascript; charset=utf-8',
  'controls-view.js': 'text/javascript; charset=utf-8',
  'store.js': 'text/javascript; charset=utf-8',
  'customer-detail.js': 'text/javascript; charset=utf-8',
  'key-cell.js': 'text/javascript; charset=utf-8',
  'reset-card.js': 'text/javascript; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
};

/**
 * The page may talk to this origin only: no script, style, image or fetch from any other host,
 * and no framing by another site.
 */
const POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * A file of the dashboard, for the adapter to read and send (`asset`); `body` is what an adapter
 * that cannot read files (MSW in a test) answers instead.
 */
export function dashboardAsset(name: string | undefined): MockResponse {
  const file = name === undefined || name === '' ? 'index.html' : name;
  const type = DASHBOARD_FILES[file];
  if (!type) return apiError('NOT_FOUND', `The dashboard has no file ${file}`);
  return {
    status: 200,
    headers: {
      'content-type': type,
      'content-security-policy': POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    },
    body: 'The dashboard is served by solarproof-mock over HTTP: open /__mock/ui there.',
    asset: file,
  };
}
