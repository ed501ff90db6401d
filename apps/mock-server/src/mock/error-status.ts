import type { MockResponse } from '../core/mock-request.js';
import type { SwitchValues } from '../interpretations/switch-catalogue.js';

/** Codes whose status carries meaning a transport acts on (Retry-After), kept under every reading. */
const KEPT = new Set(['RATE_LIMITED']);

/**
 * A `{code, message}` error at the status the reading gives (U-1): the spec's per code, 200 or 400
 * for all. Webhook errors keep their documented 400. A new object: cached responses are shared.
 *
 * @example
 * withErrorStatus(apiError('CUSTOMER_NOT_FOUND', 'No customer'), 'always-200').status; // 200
 */
export function withErrorStatus(response: MockResponse, mode: SwitchValues['U-1']): MockResponse {
  if (mode === 'mapped' || response.status < 400) return response;
  const code = /^\{"code":"([A-Z_]+)"/.exec(response.body)?.[1];
  if (code === undefined || KEPT.has(code)) return response;
  return { ...response, status: mode === 'always-200' ? 200 : 400 };
}
