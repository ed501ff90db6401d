import { answerControlRequest } from '../control/answer-control-request.js';
import { WebhookDeliveries, type WebhookOptions } from '../webhooks/webhook-deliveries.js';
import { createWorld } from '../world/create-world.js';
import type { ApplyResult, World, WorldOp, WorldOptions } from '../world/types.js';
import { type ApiAnswer, type ApiDependencies, answerApiRequest } from './answer-api-request.js';
import { type ChangeLog, ChangeNotSavedError } from './change-log.js';
import { apiError } from './error-response.js';
import { FaultBook } from './faults.js';
import { Journal } from './journal.js';
import type { MockRequest, MockResponse } from './mock-request.js';
import { PageCache } from './page-cache.js';
import { clip, redactKnownKeys, redactQuery } from './redact.js';

export interface MockOptions extends WorldOptions {
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
  /**
   * Makes every change durable in `log` before it is applied and announced (one log at a time);
   * returns the function that detaches it.
   */
  useChangeLog(log: ChangeLog): () => void;
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
  const world = createWorld(options);
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

  let changeLog: ChangeLog | undefined;
  // Every company's keys, gathered again only when the companies change.
  let keyCache: { count: number; keys: string[] } = { count: -1, keys: [] };
  const knownKeys = (): string[] => {
    const companies = world.companies();
    if (companies.length !== keyCache.count) {
      keyCache = { count: companies.length, keys: companies.flatMap((company) => company.apiKeys) };
    }
    return keyCache.keys;
  };

  // Saved first, applied second, announced last: a change that cannot be saved throws before
  // anything is changed, and one that turns out to change nothing is taken back from the log.
  const apply = (op: WorldOp): ApplyResult => {
    const log = changeLog;
    log?.append(op);
    let result: ApplyResult;
    try {
      result = world.apply(op);
    } catch (error) {
      log?.revert();
      throw error;
    }
    if (!result.ok) {
      log?.revert();
      return result;
    }
    for (const listener of listeners) listener(op, result);
    return result;
  };
  const deps: ApiDependencies = {
    world,
    faults,
    cache,
    now,
    apply,
    validateResponses: options.validateResponses ?? false,
  };

  const api: MockApi = {
    world,
    journal,
    faults,
    deliveries,
    now,
    apply,
    onApply(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reset() {
      changeLog?.reset();
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
    useChangeLog(log) {
      if (changeLog) throw new Error('This mock already keeps its changes in a log');
      changeLog = log;
      return () => {
        if (changeLog === log) changeLog = undefined;
      };
    },
    handle(request) {
      if (request.path === '/__mock' || request.path.startsWith('/__mock/')) {
        const response = controlSafely(api, request);
        if (response.status < 400) return response;
        return { ...response, body: redactKnownKeys(response.body, knownKeys()) };
      }
      const answer = answerSafely(deps, request);
      const keys = knownKeys();
      journal.add({
        at: now(),
        method: request.method,
        path: clip(redactKnownKeys(request.path, keys), 200),
        query: clip(redactKnownKeys(redactQuery(request.query), keys), 500),
        action: answer.action,
        status: answer.response.status,
        code: answer.response.status >= 400 ? errorCodeOf(answer.response.body) : null,
        companyId: answer.companyId,
        bodyBytes: request.body?.length ?? 0,
      });
      // An error may echo what the caller sent, and a caller may send a key in the wrong place.
      if (answer.response.status < 400) return answer.response;
      const body = redactKnownKeys(answer.response.body, keys);
      return body === answer.response.body ? answer.response : { ...answer.response, body };
    },
  };
  return api;
}

/** A bug must answer UNKNOWN, never crash the server or hang the caller. */
function answerSafely(deps: ApiDependencies, request: MockRequest): ApiAnswer {
  try {
    if (request.path !== '/apidata.php') {
      const message = `No endpoint ${clip(request.path, 60)}: every action is at /apidata.php`;
      return { response: apiError('NOT_FOUND', message), action: null, companyId: null };
    }
    return answerApiRequest(deps, request);
  } catch (error) {
    return { response: apiError('UNKNOWN', failureMessage(error)), action: null, companyId: null };
  }
}

/** A failed save (or a bug) in a control route answers JSON and leaves the server serving. */
function controlSafely(api: MockApi, request: MockRequest): MockResponse {
  try {
    return answerControlRequest(api, request);
  } catch (error) {
    return apiError('UNKNOWN', failureMessage(error));
  }
}

function failureMessage(error: unknown): string {
  if (error instanceof ChangeNotSavedError) return clip(error.message, 2000);
  return `The mock failed: ${clip(error instanceof Error ? error.message : String(error), 2000)}`;
}

function errorCodeOf(body: string): string | null {
  const code = /^\{"code":"([A-Z_]+)"/.exec(body)?.[1];
  return code ?? null;
}
