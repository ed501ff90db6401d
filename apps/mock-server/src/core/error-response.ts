import { type ErrorCode, statusOfErrorCode } from '@solarproof/schemas';
import { jsonResponse } from './json-response.js';
import type { MockResponse } from './mock-request.js';

/** The documented `{code, message}` error, at the status the spec gives the code. */
export function apiError(code: ErrorCode, message: string, headers?: Record<string, string>): MockResponse {
  return jsonResponse(statusOfErrorCode(code), { code, message }, headers);
}

/** The webhook actions' documented error: always status 400 with `{success: false, message}`. */
export function webhookError(message: string): MockResponse {
  return jsonResponse(400, { success: false, message });
}
