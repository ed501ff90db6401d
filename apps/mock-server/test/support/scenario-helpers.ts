import { expect } from 'vitest';
import type { ScenarioResponse } from './target.js';

/** A valid createcustomer `data` object with a unique email. */
export function newCustomer(tag: string, overrides: Record<string, unknown> = {}) {
  return {
    action: 'createcustomer',
    firstname: 'Ada',
    surname: 'Lovelace',
    email: `ada.${tag}@example.com.au`,
    phone1: '0412 345 678',
    type: 'RESIDENTIAL',
    gststatus: 0,
    ...overrides,
  };
}

/** Asserts the documented `{code, message}` error at a status. */
export function expectApiError(
  response: ScenarioResponse,
  status: number,
  code: string,
  message?: RegExp,
): void {
  expect({ status: response.status, code: (response.json as { code?: string })?.code }).toEqual({
    status,
    code,
  });
  expect(typeof (response.json as { message?: unknown }).message).toBe('string');
  if (message) expect((response.json as { message: string }).message).toMatch(message);
}

/** Asserts the webhook actions' `{success: false, message}` at status 400. */
export function expectWebhookError(response: ScenarioResponse, message: string | RegExp): void {
  expect({ status: response.status, json: response.json }).toEqual({
    status: 400,
    json: { success: false, message: typeof message === 'string' ? message : expect.stringMatching(message) },
  });
}
