import { answerControlRequest } from '../control/answer-control-request.js';
import {
  type Interpretation,
  type InterpretationOptions,
  resolveInterpretation,
} from '../interpretations/resolve-interpretation.js';
import { WebhookDeliveries, type WebhookOptions } from '../webhooks/webhook-deliveries.js';
import { createWorld } from '../world/create-world.js';
import type { ApplyResult, Company, World, WorldOp, WorldOptions } from '../world/types.js';
import { type ApiAnswer, type ApiDependencies, answerApiRequest } from './answer-api-request.js';
import { apiError } from './error-response.js';
import { withErrorStatus } from './error-status.js';
import { FaultBook } from './faults.js';
import { Journal } from './journal.js';
import type { MockRequest, MockResponse } from './mock-request.js';
import { PageCache } from './page-cache.js';
import { clip, redactQuery } from './redact.js';

export interface MockOptions extends WorldOptions, InterpretationOptions {
  /** The clock of new records and journal entries. Default: the wall clock. */
  now?: () => Date;
  /** Check every answer against the spec and throw on a mismatch (for tests). Default false. */
  validateResponses?: boolean;
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
  /** Answers one request. Synchronous and free of I/O; adapters do the waiting and the sockets. */
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
  const tenantReadings = new WeakMap<Company, Interpretation>();
  const interpretationOf = (company: Company | null): Interpretation => {
    if (!company?.interpretation) return interpretation;
    let found = tenantReadings.get(company);
    if (!found) {
      found = resolveInterpretation(company.interpretation);
      tenantReadings.set(company, found);
    }
    return found;
  };
  const journal = new Journal(options.journalLimit);
  const faults = new FaultBook();
  const cache = new PageCache();
  const listeners = new Set<ApplyListener>();
  const resetListeners = new Set<() => void>();
  const now = () => (options.now ? options.now() : new Date()).toISOString();
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
    now,
    apply,
    validateResponses: options.validateResponses ?? false,
    interpretationOf,
  };

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
      world.reset();
      journal.clear();
      faults.clear();
      cache.clear();
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
      const answer = answerSafely(deps, request);
      const response = withErrorStatus(answer.response, answer.interpretation.switches['U-1']);
      journal.add({
        at: now(),
        method: request.method,
        path: clip(request.path, 200),
        query: clip(redactQuery(request.query), 500),
        action: answer.action,
        status: response.status,
        code: errorCodeOf(response.body),
        companyId: answer.companyId,
        profile: answer.interpretation.label,
        bodyBytes: request.body?.length ?? 0,
      });
      return response;
    },
  };
  return api;
}

/** A bug must answer UNKNOWN, never crash the server or hang the caller. */
function answerSafely(deps: ApiDependencies, request: MockRequest): ApiAnswer {
  try {
    if (request.path !== '/apidata.php') {
      const message = `No endpoint ${clip(request.path, 60)}: every action is at /apidata.php`;
      return {
        response: apiError('NOT_FOUND', message),
        action: null,
        companyId: null,
        interpretation: deps.interpretationOf(null),
      };
    }
    return answerApiRequest(deps, request);
  } catch (error) {
    const message = `The mock failed: ${clip(error instanceof Error ? error.message : String(error), 2000)}`;
    return {
      response: apiError('UNKNOWN', message),
      action: null,
      companyId: null,
      interpretation: deps.interpretationOf(null),
    };
  }
}

function errorCodeOf(body: string): string | null {
  const code = /^\{"code":"([A-Z_]+)"/.exec(body)?.[1];
  return code ?? null;
}
