import { apiError } from './error-response.js';
import type { MockResponse } from './mock-request.js';

/** The default request body limit: far above any real customer payload, far below harm. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** The answer to a body over the limit. */
export function payloadTooLarge(limit: number): MockResponse {
  return apiError('PAYLOAD_TOO_LARGE', `The request body is larger than the limit of ${limit} bytes`);
}
