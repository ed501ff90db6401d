import { type ErrorCode, statusOfErrorCode } from '@solarproof/schemas';
import { expect, test } from 'vitest';
import type { ClientOptions, FetchLike } from '../../src/client-options.js';
import { DEFAULT_BASE_URL } from '../../src/client-options.js';
import { createClient, type SolarProofClient } from '../../src/create-client.js';
import type { ApiErrorCode } from '../../src/errors/api-error-code.js';
import { SolarProofApiError } from '../../src/errors/solar-proof-api-error.js';
import type { ContractCase } from './contract-cases.js';
import type { Session, Target } from './target.js';

/** What every part of the suite gets from `defineContract`. */
export interface ContractContext {
  target: Target;
  /** The file's session; available from the first case on. */
  session(): Session;
  /** A client of the session's target; `overrides` win (another key, no retries, a short timeout). */
  client(overrides?: Partial<ClientOptions>): SolarProofClient;
  /**
   * A test of one case: it runs unless the target's `cannot` list names the case, and then it is
   * reported skipped with the reason in its title.
   */
  caseTest(name: ContractCase, title: string, body: () => Promise<void>): void;
  /**
   * Asserts a typed API error with the code, the action, and a status the session's reading gives
   * the code (by default the spec's status for it).
   */
  expectApiError(
    call: Promise<unknown>,
    expected: { code: ApiErrorCode; action: string; status?: number },
  ): Promise<SolarProofApiError>;
  /** Asserts what a page past the last answers under the session's reading (I-7). */
  expectPastTheEnd(call: Promise<unknown>): Promise<void>;
}

export function createContractContext(target: Target, current: () => Session | undefined): ContractContext {
  const session = () => {
    const opened = current();
    if (!opened) throw new Error(`The ${target.name} session did not open (see the beforeAll error)`);
    return opened;
  };
  const context: ContractContext = {
    target,
    session,
    client: (overrides = {}) =>
      createClient({
        apiKey: session().apiKey,
        ...session().clientOptions,
        timeoutMs: 10_000,
        // Strict where every answer is in the spec; elsewhere tolerant, but any drift fails the case.
        validate: session().reading.inSpec ? 'strict' : 'tolerant',
        onDrift: (drift) => {
          throw new Error(`Drift under ${session().reading.profile}: ${JSON.stringify(drift)}`);
        },
        ...overrides,
      }),
    expectApiError: (call, expected) => {
      const documented = expected.status ?? statusOfErrorCode(expected.code);
      const statuses = session().reading.errorStatuses(expected.code as ErrorCode, documented);
      return expectApiError(call, { ...expected, statuses });
    },
    async expectPastTheEnd(call) {
      const { pastTheEnd } = session().reading;
      if (pastTheEnd === 'empty-page') {
        await expect(call).resolves.toEqual([]);
        return;
      }
      const outcome = await call.then(
        (page: unknown) => ({ page }),
        (error: unknown) => ({ error }),
      );
      if (pastTheEnd === 'either' && 'page' in outcome) {
        expect(outcome.page).toEqual([]);
        return;
      }
      await context.expectApiError(Promise.reject('error' in outcome ? outcome.error : outcome), {
        code: 'NO_CUSTOMERS_FOUND',
        action: 'getallcustomers',
      });
    },
    caseTest(name, title, body) {
      const reason = target.cannot[name];
      test.skipIf(reason !== undefined)(reason === undefined ? title : `${title} (cannot: ${reason})`, body);
    },
  };
  return context;
}

/** The error a call rejects with; fails the test when the call succeeds. */
export async function rejectionOf(call: Promise<unknown>): Promise<unknown> {
  let result: unknown;
  try {
    result = await call;
  } catch (error) {
    return error;
  }
  throw new Error(`Expected the call to fail, but it answered ${JSON.stringify(result)?.slice(0, 200)}`);
}

/** Asserts a typed API error with the code, the action, and one of the statuses given. */
async function expectApiError(
  call: Promise<unknown>,
  expected: { code: ApiErrorCode; action: string; statuses: readonly number[] },
): Promise<SolarProofApiError> {
  const error = await rejectionOf(call);
  expect(error).toBeInstanceOf(SolarProofApiError);
  expect(error).toMatchObject({ code: expected.code, action: expected.action });
  expect(expected.statuses).toContain((error as SolarProofApiError).status);
  expect((error as SolarProofApiError).serverMessage).not.toBe('');
  return error as SolarProofApiError;
}

/** The session's fetch, looked up at each call (MSW patches the global one), counting requests. */
export function countingFetch(session: Session): FetchLike & { calls: URL[] } {
  const calls: URL[] = [];
  const fetch = ((input: string, init: RequestInit) => {
    calls.push(new URL(input));
    return (session.clientOptions.fetch ?? globalThis.fetch)(input, init);
  }) as FetchLike & { calls: URL[] };
  fetch.calls = calls;
  return fetch;
}

/** A GET of an action without the client, to check a raw body against the spec's zod schema. */
export async function rawGet(
  session: Session,
  query: Record<string, string>,
): Promise<{ status: number; json: unknown }> {
  const search = new URLSearchParams({ ...query, api_key: session.apiKey });
  const baseUrl = session.clientOptions.baseUrl ?? DEFAULT_BASE_URL;
  const response = await (session.clientOptions.fetch ?? globalThis.fetch)(
    `${baseUrl}/apidata.php?${search}`,
    { method: 'GET', headers: { Accept: 'application/json' } },
  );
  return { status: response.status, json: await response.json() };
}

/** An email no customer has: clearly marked, never issued to a created customer. */
export function unknownEmail(): string {
  return `solarproof-devkit-contract+nobody-${Date.now()}@example.com`;
}

/** A hook URL on a reserved domain that nothing ever receives on. */
export function contractHookUrl(label: string): string {
  return `https://example.com/solarproof-devkit-contract/${label}-${Date.now()}`;
}
