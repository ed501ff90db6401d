import { answerControlRequest } from '../control/answer-control-request.js';
import { apiError } from '../core/error-response.js';
import { FaultBook } from '../core/faults.js';
import { isoInstant } from '../core/iso-instant.js';
import { Journal } from '../core/journal.js';
import { journalDetail } from '../core/journal-detail.js';
import { bodyStartsWith } from '../core/json-response.js';
import type { MockRequest, MockResponse } from '../core/mock-request.js';
import { PageCache } from '../core/page-cache.js';
import { clip, redactKnownKeys } from '../core/redact.js';
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
import { type ChangeLog, ChangeNotSavedError } from './change-log.js';
import { withErrorStatus } from './error-status.js';
import { MockFailure } from './mock-failure.js';
import { ParsedQueries } from './parsed-queries.js';

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

/** What `resetCompany` cleared besides the company's data. */
export interface CompanyReset {
  companyId: number;
  faults: number;
  journalEntries: number;
  deliveries: number;
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
  /**
   * One company back to its seeded data (a tenant: to what it was created with), with its own
   * faults, journal entries and webhook deliveries gone; every other company's data, faults,
   * journal and deliveries stay, and so do faults that any company's request may take. Saved like
   * any change (a state file replays it); a save the disk refuses throws `ChangeNotSavedError` and
   * changes nothing. Undefined for a company that does not exist.
   */
  resetCompany(companyId: number): CompanyReset | undefined;
  /** Calls `listener` after every (global) reset; returns the unsubscribe function. */
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
  // Every company's keys, gathered again only when the companies change.
  let keyCache: { count: number; keys: string[] } = { count: -1, keys: [] };
  const knownKeys = (): string[] => {
    const companies = world.companies();
    if (companies.length !== keyCache.count) {
      keyCache = { count: companies.length, keys: companies.flatMap((company) => company.apiKeys) };
    }
    return keyCache.keys;
  };
  const journal = new Journal(options.journalLimit, knownKeys);
  const faults = new FaultBook();
  const cache = new PageCache();
  const parsedQueries = new ParsedQueries();
  const listeners = new Set<ApplyListener>();
  const resetListeners = new Set<() => void>();
  const clock = options.now ? () => (options.now as () => Date)().getTime() : Date.now;
  const now = () => isoInstant(clock());
  const deliveries = new WebhookDeliveries(world, now, options.webhooks);
  listeners.add((_op, result) => {
    if (result.events.length > 0) deliveries.dispatch(result.events);
  });

  let changeLog: ChangeLog | undefined;

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
    apply,
    hookRefusal: (hookUrl) => deliveries.refusalNow(hookUrl),
    validateResponses: options.validateResponses ?? false,
    interpretationOf,
    parsedQueries,
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
      // The file first: a reset the disk refuses changes nothing.
      changeLog?.reset();
      // Caches first: they hold records of the old world, which may then go while the new one is seeded.
      cache.clear();
      parsedQueries.clear();
      journal.clear();
      faults.clear();
      world.reset();
      deliveries.clear();
      for (const listener of resetListeners) listener();
    },
    resetCompany(companyId) {
      if (!world.company(companyId)) return undefined;
      // The data first, saved before it is applied: a refused save throws with nothing changed.
      // Its pages need no clearing: they are cached by the records they show, which now differ
      // (or are again the very records they were rendered from).
      if (!apply({ kind: 'resetCompany', companyId }).ok) return undefined;
      return {
        companyId,
        faults: faults.clear(companyId),
        journalEntries: journal.clear(companyId),
        deliveries: deliveries.clear(companyId),
      };
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
        if (error instanceof ChangeNotSavedError) {
          // Not a bug of the mock: the disk refused the change, and nothing of it was applied.
          response = apiError('UNKNOWN', clip(error.message, 2000));
        } else {
          const failure =
            error instanceof MockFailure
              ? error
              : new MockFailure(
                  `The mock failed: ${error instanceof Error ? error.message : String(error)}`,
                  trace,
                  { cause: error },
                );
          try {
            response = onError(failure, request);
          } catch (rethrown) {
            record(null);
            throw rethrown;
          }
        }
      }
      response = withErrorStatus(response, (trace.interpretation ?? interpretation).switches['U-1']);
      record(response);
      // An error may echo what the caller sent, and a caller may send a key in the wrong place.
      // Read from the bytes: decoding a page's body here kept its text beside its bytes in the cache.
      if (response.status < 400 && !bodyStartsWith(response, '{"code":')) return response;
      const body = redactKnownKeys(response.body, knownKeys());
      return body === response.body ? response : { ...response, body };
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

/** A failed save (or a bug) in a control route answers JSON and leaves the server serving. */
function controlSafely(api: MockApi, request: MockRequest): MockResponse {
  try {
    return answerControlRequest(api, request);
  } catch (error) {
    if (error instanceof ChangeNotSavedError) return apiError('UNKNOWN', clip(error.message, 2000));
    return apiError(
      'UNKNOWN',
      `The mock failed: ${clip(error instanceof Error ? error.message : String(error), 2000)}`,
    );
  }
}

const UNKNOWN_BODY = JSON.stringify({ code: 'UNKNOWN' });
