import { answerControlRequest } from '../control/answer-control-request.js';
import { apiError } from '../core/error-response.js';
import { FaultBook } from '../core/faults.js';
import { Journal } from '../core/journal.js';
import { journalDetail } from '../core/journal-detail.js';
import { bodyStartsWith } from '../core/json-response.js';
import type { MockRequest, MockResponse } from '../core/mock-request.js';
import { PageCache } from '../core/page-cache.js';
import { clip } from '../core/redact.js';
import {
  type Interpretation,
  type InterpretationOptions,
  resolveInterpretation,
} from '../interpretations/resolve-interpretation.js';
import { WebhookDeliveries, type WebhookOptions } from '../webhooks/webhook-deliveries.js';
import { createWorld } from '../world/create-world.js';
import type {
  ApplyResult,
  Company,
  TenantInterpretation,
  World,
  WorldOp,
  WorldOptions,
} from '../world/types.js';
import { type AnswerTrace, type ApiDependencies, answerApiRequest } from './answer-api-request.js';
import { withErrorStatus } from './error-status.js';
import { MockFailure } from './mock-failure.js';

export interface MockOptions extends WorldOptions, InterpretationOptions {
  /** The clock of new records and journal entries. Default: the wall clock. */
  now?: () => Date;
  /**
   * Check every answer of an action, injected faults' included, against the spec (for tests). A
   * mismatch is a `MockFailure` naming the action and company, handed to `onError`, which
   * rethrows it by default in this mode. Default false.
   */
  validateResponses?: boolean;
  /**
   * What a failure of the mock answers (a response the spec does not describe, or a bug). Default:
   * rethrow when `validateResponses` is on, so `handle` throws; otherwise a 500 `UNKNOWN`. The
   * journal records the request with its action and company either way.
   */
  onError?: (failure: MockFailure, request: MockRequest) => MockResponse;
  /** How many requests the journal keeps. Default 1000. */
  journalLimit?: number;
  /** Webhook delivery: payload version, retries, timeout, and the fetch that sends. */
  webhooks?: WebhookOptions;
}

export type ApplyListener = (op: WorldOp, result: ApplyResult & { ok: true }) => void;

/** The fake Solar Proof without any transport: give it requests, get responses. */
export interface MockApi {
  readonly world: World;
  readonly journal: Journal;
  readonly faults: FaultBook;
  /** Webhook deliveries of world events to the subscribed URLs. */
  readonly deliveries: WebhookDeliveries;
  /** The world's reading of the docs (`profile` and `interpret`); a tenant may have its own. */
  readonly interpretation: Interpretation;
  /** The reading a company is answered by: its own, or the world's. */
  interpretationOf(company: Company | null): Interpretation;
  /**
   * Answers one request, synchronously. Its only effects beyond the mock's memory are those of the
   * `onApply` listeners, run inside it for each change a write makes: the built-in webhook
   * dispatcher queues deliveries and starts their `fetch` (not awaited), and a state file, when
   * one is open (node), appends and fsyncs the change before `handle` returns. Waiting
   * (`delayMs`) and cutting connections (`reset`) are left to the adapter. Throws only what
   * `onError` rethrows.
   */
  handle(request: MockRequest): MockResponse;
  /** Changes the world and tells the listeners (persistence, webhooks). */
  apply(op: WorldOp): ApplyResult;
  /** Calls `listener` after every successful change; returns the unsubscribe function. */
  onApply(listener: ApplyListener): () => void;
  /** Back to the seeded world; the journal, faults and tenants are cleared. */
  reset(): void;
  /** Calls `listener` after every reset; returns the unsubscribe function. */
  onReset(listener: () => void): () => void;
  /** The current instant, ISO-8601. */
  now(): string;
}

/**
 * Creates the fake. The same options give the same world, byte for byte.
 *
 * @example
 * const mock = createMockApi({ seed: 7, customers: 120 });
 * mock.handle({ method: 'GET', path: '/apidata.php', headers: {}, body: undefined,
 *   query: new URLSearchParams({ action: 'getallcustomers', api_key: DEFAULT_API_KEY }) });
 */
export function createMockApi(options: MockOptions = {}): MockApi {
  // First, so an unknown profile or switch fails before any world is built.
  const interpretation = resolveInterpretation(options);
  const world = createWorld(options);
  // Company records are replaced on change: cache by id, checked against the reading they carry.
  const tenantReadings = new Map<number, [TenantInterpretation, Interpretation]>();
  const interpretationOf = (company: Company | null): Interpretation => {
    const own = company?.interpretation;
    if (!company || !own) return interpretation;
    const cached = tenantReadings.get(company.id);
    if (cached?.[0] === own) return cached[1];
    const resolved = resolveInterpretation(own);
    tenantReadings.set(company.id, [own, resolved]);
    return resolved;
  };
  const journal = new Journal(options.journalLimit);
  const faults = new FaultBook();
  const cache = new PageCache();
  const listeners = new Set<ApplyListener>();
  const resetListeners = new Set<() => void>();
  const clock = options.now ? () => (options.now as () => Date)().getTime() : Date.now;
  const now = () => new Date(clock()).toISOString();
  const deliveries = new WebhookDeliveries(world, now, options.webhooks);
  listeners.add((_op, result) => {
    if (result.events.length > 0) deliveries.dispatch(result.events);
  });

  const apply = (op: WorldOp): ApplyResult => {
    const result = world.apply(op);
    if (result.ok) for (const listener of listeners) listener(op, result);
    return result;
  };
  const deps: ApiDependencies = {
    world,
    faults,
    cache,
    apply,
    validateResponses: options.validateResponses ?? false,
    interpretationOf,
  };
  const onError =
    options.onError ??
    (options.validateResponses
      ? (failure: MockFailure): MockResponse => {
          throw failure;
        }
      : (failure: MockFailure): MockResponse => apiError('UNKNOWN', clip(failure.message, 2000)));

  const api: MockApi = {
    world,
    journal,
    faults,
    deliveries,
    interpretation,
    interpretationOf,
    now,
    apply,
    onApply(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reset() {
      // Caches first: they hold records of the old world, which may then go while the new one is seeded.
      cache.clear();
      journal.clear();
      faults.clear();
      world.reset();
      deliveries.clear();
      for (const listener of resetListeners) listener();
    },
    onReset(listener) {
      resetListeners.add(listener);
      return () => resetListeners.delete(listener);
    },
    handle(request) {
      if (request.path === '/__mock' || request.path.startsWith('/__mock/'))
        return answerControlRequest(api, request);
      const trace: AnswerTrace = { action: null, companyId: null };
      // One clock read per request: the journal's instant, and the actions' `now` when they need it.
      const atMs = clock();
      const record = (response: MockResponse | null) =>
        journal.add(
          {
            atMs,
            method: request.method,
            path: request.path,
            query: request.query,
            action: trace.action,
            status: response?.status ?? 500,
            // An error body counts even where a reading answers it with 200 (U-1).
            errorBody:
              response === null
                ? UNKNOWN_BODY
                : response.status >= 400 || bodyStartsWith(response, '{"code":')
                  ? response.body
                  : null,
            companyId: trace.companyId,
            profile: (trace.interpretation ?? interpretation).label,
            bodyBytes: request.body?.length ?? 0,
          },
          response === null ? undefined : journalDetail(request, response),
        );
      let response: MockResponse;
      try {
        response = answer(deps, request, trace, atMs);
      } catch (error) {
        const failure =
          error instanceof MockFailure
            ? error
            : new MockFailure(
                `The mock failed: ${error instanceof Error ? error.message : String(error)}`,
                trace,
                {
                  cause: error,
                },
              );
        try {
          response = onError(failure, request);
        } catch (rethrown) {
          record(null);
          throw rethrown;
        }
      }
      response = withErrorStatus(response, (trace.interpretation ?? interpretation).switches['U-1']);
      record(response);
      return response;
    },
  };
  return api;
}

function answer(deps: ApiDependencies, request: MockRequest, trace: AnswerTrace, atMs: number): MockResponse {
  if (request.path !== '/apidata.php') {
    return apiError('NOT_FOUND', `No endpoint ${clip(request.path, 60)}: every action is at /apidata.php`);
  }
  return answerApiRequest(deps, request, trace, atMs);
}

const UNKNOWN_BODY = JSON.stringify({ code: 'UNKNOWN' });
