import { type OperationId, operationSchemas } from '@solarproof/schemas';
import type { z } from 'zod';
import type { ActionContext } from '../actions/action-context.js';
import { actionRegistry, type RegisteredAction } from '../actions/action-registry.js';
import { authenticate } from '../core/authenticate.js';
import { isUnsafeCustomerId, UNSAFE_ID_MESSAGE } from '../core/customer-id-problem.js';
import { apiError, webhookError } from '../core/error-response.js';
import type { FaultBook } from '../core/faults.js';
import { type Fault, takeFault } from '../core/forced-fault.js';
import { isoInstant } from '../core/iso-instant.js';
import { withExtras } from '../core/json-response.js';
import type { MockRequest, MockResponse } from '../core/mock-request.js';
import type { PageCache } from '../core/page-cache.js';
import { queryValues } from '../core/query-values.js';
import type { JsonBody } from '../core/read-json-body.js';
import { clip } from '../core/redact.js';
import { responseProblem } from '../core/response-problem.js';
import { validationMessage } from '../core/validation-message.js';
import { webhookBodyProblem } from '../core/webhook-body-problem.js';
import { interpretBody, interpretQuery, readBodyAs } from '../interpretations/interpret-input.js';
import type { Interpretation } from '../interpretations/resolve-interpretation.js';
import type { ApplyResult, Company, World, WorldOp } from '../world/types.js';
import { type FailureTrace, MockFailure } from './mock-failure.js';
import type { ParsedQueries, ParsedQuery } from './parsed-queries.js';

/** What answering needs from the mock around it. */
export interface ApiDependencies {
  world: World;
  faults: FaultBook;
  cache: PageCache;
  apply(op: WorldOp): ApplyResult;
  hookRefusal(hookUrl: string): string | undefined;
  validateResponses: boolean;
  /** The reading of the docs a company (or, for null, a caller not yet known) is answered by. */
  interpretationOf(company: Company | null): Interpretation;
  /** Queries already parsed, so a repeated query skips routing, key check and schema check. */
  parsedQueries: ParsedQueries;
}

/** A failure trace that also learns which reading of the docs answered. */
export interface AnswerTrace extends FailureTrace {
  interpretation?: Interpretation | undefined;
}

const ACTION_NAMES = [...actionRegistry.keys()];

/**
 * Answers a request to `/apidata.php`: route by `action`, check method, body, key and parameters,
 * run. `trace` is filled in as the request is understood (its action, then the caller's company),
 * so a failure can name them. With `validateResponses`, every answer of a known operation, an
 * injected fault's included, is checked against the spec; a mismatch throws a `MockFailure`.
 */
export function answerApiRequest(
  deps: ApiDependencies,
  request: MockRequest,
  trace: AnswerTrace,
  atMs: number,
): MockResponse {
  const known = deps.parsedQueries.lookup(
    request.method,
    request.queryText,
    deps.world,
    deps.interpretationOf,
  );
  if (known) {
    trace.interpretation = known.early;
    trace.action = known.name;
    trace.companyId = known.company.id;
    const { registered, operationId } = known;
    if (registered.kind !== 'read') {
      return answered(deps, registered, operationId, known.name, request, trace, (faultFor) =>
        runParsedWrite(deps, known, request, trace, atMs, faultFor),
      );
    }
    const fault = faultOf(deps, registered, operationId, known.name, known.company.id, request);
    let ran: MockResponse;
    if (fault && 'response' in fault) ran = fault.response;
    else {
      trace.interpretation = known.interpretation;
      ran = runHandler(deps, registered, known.company, known.interpretation, known.query, undefined, atMs);
    }
    return checked(deps, operationId, trace, ran, fault);
  }
  const query = queryValues(request.query);
  // Until the key is checked, the query key's company (if any) picks the reading.
  const early = deps.interpretationOf(deps.world.companyByApiKey(query.api_key ?? '') ?? null);
  trace.interpretation = early;
  const name = query.action;
  if (name === undefined || name === '') {
    return apiError('NOT_FOUND', `Missing action parameter: one of ${ACTION_NAMES.join(', ')}`);
  }
  const registered = actionRegistry.get(name);
  if (!registered) return apiError('NOT_FOUND', unknownActionMessage(name));
  trace.action = name;
  const methods = allowedMethods(registered, early);
  const operationId = methods.get(request.method);
  if (!operationId) {
    const allowed = [...methods.keys()].join(', ');
    return apiError(
      'METHOD_NOT_ALLOWED',
      `Action ${name} does not accept ${clip(request.method, 10)}; use ${allowed}`,
      { allow: allowed },
    );
  }
  return answered(deps, registered, operationId, name, request, trace, (faultFor) =>
    runAction(deps, registered, operationId, name, query, request, trace, atMs, early, faultFor),
  );
}

/**
 * Runs an action with its fault (the key is checked first: a fault answers only a caller who may
 * call, and only its own faults), adds the fault's extras, and checks the answer against the spec.
 */
function answered(
  deps: ApiDependencies,
  registered: RegisteredAction,
  operationId: OperationId,
  name: string,
  request: MockRequest,
  trace: AnswerTrace,
  run: (faultFor: (companyId: number) => MockResponse | undefined) => MockResponse,
): MockResponse {
  let fault: Fault | undefined;
  const ran = run((companyId) => {
    fault = faultOf(deps, registered, operationId, name, companyId, request);
    return fault && 'response' in fault ? fault.response : undefined;
  });
  return checked(deps, operationId, trace, ran, fault);
}

/** The fault queued for (or asked for by) this request of a company that may call, if any. */
function faultOf(
  deps: ApiDependencies,
  registered: RegisteredAction,
  operationId: OperationId,
  name: string,
  companyId: number,
  request: MockRequest,
): Fault | undefined {
  return takeFault(deps.faults, name, companyId, operationId, registered.kind === 'webhook', request.headers);
}

/** The answer with its fault's extras, checked against the spec when asked to. */
function checked(
  deps: ApiDependencies,
  operationId: OperationId,
  trace: AnswerTrace,
  ran: MockResponse,
  fault: Fault | undefined,
): MockResponse {
  const response = fault && 'extra' in fault ? withExtras(ran, fault.extra) : ran;
  // Readings the response schemas do not describe (U-2 null) deviate from the spec on purpose.
  if (deps.validateResponses && (trace.interpretation as Interpretation).inSpec) {
    const problem = responseProblem(operationSchemas, operationId, response);
    if (problem !== null) throw new MockFailure(problem, trace);
  }
  return response;
}

/** Each action's methods under `post-only` (I-1), built once rather than on every request. */
const postOrGetOnly = new WeakMap<RegisteredAction, RegisteredAction['methods']>();

/** The methods an action takes; `post-only` (I-1) drops the page headings' PUT and DELETE. */
function allowedMethods(registered: RegisteredAction, interpretation: Interpretation) {
  if (interpretation.switches['I-1'] === 'accepted') return registered.methods;
  let methods = postOrGetOnly.get(registered);
  if (methods === undefined) {
    methods = new Map([...registered.methods].filter(([method]) => method === 'POST' || method === 'GET'));
    postOrGetOnly.set(registered, methods);
  }
  return methods;
}

function runAction(
  deps: ApiDependencies,
  registered: RegisteredAction,
  operationId: OperationId,
  name: string,
  rawQuery: Record<string, string>,
  request: MockRequest,
  trace: AnswerTrace,
  atMs: number,
  early: Interpretation,
  faultFor: (companyId: number) => MockResponse | undefined,
): MockResponse {
  const op = operationSchemas[operationId];
  const isWebhook = registered.kind === 'webhook';

  const read =
    registered.kind === 'read' ? undefined : readBodyAs(early, request.body, request.headers['content-type']);
  let body: unknown = read?.ok ? read.value : undefined;

  // I-29 `rejected`: only the query key identifies the caller.
  const bodyKey =
    registered.kind === 'write' && early.switches['I-29'] === 'accepted'
      ? dataField(body, 'apikey')
      : undefined;
  const auth = authenticate(deps.world, rawQuery.api_key ?? null, bodyKey);
  if (auth.ok) {
    // A fault answers only a caller whose key is valid, and only that company's faults; it comes
    // before the body's problems, as it stands in for the whole answer.
    trace.companyId = auth.company.id;
    const faulted = faultFor(auth.company.id);
    if (faulted) return faulted;
  }
  if (read && !read.ok) return bodyReadError(read, isWebhook);
  if (!auth.ok)
    return isWebhook ? webhookError('Invalid API key') : apiError('INVALID_API_KEY', auth.message);
  const interpretation = deps.interpretationOf(auth.company);
  trace.interpretation = interpretation;
  const input = interpretBody(interpretation, registered, body);
  if ('problem' in input) return apiError('INVALID_PARAMETERS', input.problem);
  body = input.body;
  const query = interpretQuery(interpretation, rawQuery);

  if (isWebhook) {
    const problem = webhookBodyProblem(body, registered.action === 'subscribe_customer');
    if (problem) return webhookError(problem);
  }
  const parsedQuery = op.query.safeParse(query);
  if (!parsedQuery.success) {
    return apiError('INVALID_PARAMETERS', validationMessage(parsedQuery.error, 'query', query));
  }
  // A query whose own key let the caller in is the same query whatever body comes with it next
  // time (a write's body key is checked again on every use).
  const parsed: ParsedQuery = {
    name,
    registered,
    operationId,
    apiKey: auth.key,
    company: auth.company,
    early,
    interpretation,
    query: Object.freeze(parsedQuery.data),
  };
  const reusable =
    registered.kind === 'read'
      ? op.body === undefined
      : registered.kind === 'write' && rawQuery.api_key === auth.key;
  if (reusable) deps.parsedQueries.remember(request.method, request.queryText, parsed);
  return runWithBody(deps, parsed, body, atMs);
}

/**
 * A write whose query is known (`ParsedQueries`): only its body is read and checked, in the order
 * `runAction` checks it. A key in the body that is not the query's goes the whole way instead.
 */
function runParsedWrite(
  deps: ApiDependencies,
  known: ParsedQuery,
  request: MockRequest,
  trace: AnswerTrace,
  atMs: number,
  faultFor: (companyId: number) => MockResponse | undefined,
): MockResponse {
  const { early, registered } = known;
  const read = readBodyAs(early, request.body, request.headers['content-type']);
  if (read.ok && early.switches['I-29'] === 'accepted') {
    const bodyKey = dataField(read.value, 'apikey');
    if (typeof bodyKey === 'string' && bodyKey !== '' && bodyKey !== known.apiKey) {
      return runAction(
        deps,
        registered,
        known.operationId,
        known.name,
        queryValues(request.query),
        request,
        trace,
        atMs,
        early,
        faultFor,
      );
    }
  }
  const faulted = faultFor(known.company.id);
  if (faulted) return faulted;
  if (!read.ok) return bodyReadError(read, false);
  trace.interpretation = known.interpretation;
  const input = interpretBody(known.interpretation, registered, read.value);
  if ('problem' in input) return apiError('INVALID_PARAMETERS', input.problem);
  return runWithBody(deps, known, input.body, atMs);
}

/** The answer to a body that could not be read as JSON. */
function bodyReadError(read: Extract<JsonBody, { ok: false }>, isWebhook: boolean): MockResponse {
  if (isWebhook) return webhookError(read.problem === 'malformed' ? 'Invalid JSON' : read.detail);
  if (read.problem === 'content-type') return apiError('UNSUPPORTED_MEDIA_TYPE', read.detail);
  return apiError(
    'INVALID_PARAMETERS',
    read.problem === 'empty' ? `${read.detail}: send {"data": {...}} as JSON` : read.detail,
  );
}

/** The rest of every request once its query passed: the body's own checks, then the action. */
function runWithBody(deps: ApiDependencies, parsed: ParsedQuery, body: unknown, atMs: number): MockResponse {
  const { registered, operationId } = parsed;
  const isWebhook = registered.kind === 'webhook';
  if (isUnsafeCustomerId(body)) return apiError('INVALID_PARAMETERS', UNSAFE_ID_MESSAGE);
  let parsedBody: unknown;
  const schema = operationSchemas[operationId].body;
  if (schema) {
    const result = (schema as z.ZodType).safeParse(body);
    if (!result.success) {
      const message = validationMessage(result.error, 'body', body);
      return isWebhook ? webhookError(message) : apiError('INVALID_PARAMETERS', message);
    }
    parsedBody = result.data;
  }
  return runHandler(deps, registered, parsed.company, parsed.interpretation, parsed.query, parsedBody, atMs);
}

/** The action itself, given its checked input. */
function runHandler(
  deps: ApiDependencies,
  registered: RegisteredAction,
  company: Company,
  interpretation: Interpretation,
  query: unknown,
  body: unknown,
  atMs: number,
): MockResponse {
  return registered.handler(new Context(deps, company, interpretation, query, body, atMs));
}

/**
 * An action's context. A class, not an object literal: a literal with a getter is made as a
 * dictionary (about 670 bytes on every request); instances of a class share one shape.
 */
class Context implements ActionContext {
  readonly world: World;
  readonly cache: PageCache;
  readonly apply: (op: WorldOp) => ApplyResult;
  readonly hookRefusal: (hookUrl: string) => string | undefined;
  readonly query: ActionContext['query'];
  readonly body: ActionContext['body'];
  #now: string | undefined;

  constructor(
    deps: ApiDependencies,
    readonly company: Company,
    readonly interpretation: Interpretation,
    query: unknown,
    body: unknown,
    readonly atMs: number,
  ) {
    this.world = deps.world;
    this.cache = deps.cache;
    this.apply = deps.apply;
    this.hookRefusal = deps.hookRefusal;
    this.query = query as ActionContext['query'];
    this.body = body as ActionContext['body'];
  }

  /** Formatted only for the writes that stamp records with it. */
  get now(): string {
    this.#now ??= isoInstant(this.atMs);
    return this.#now;
  }
}

function dataField(body: unknown, field: string): unknown {
  if (body === null || typeof body !== 'object') return undefined;
  const data = (body as { data?: unknown }).data;
  if (data === null || typeof data !== 'object') return undefined;
  return Object.hasOwn(data, field) ? (data as Record<string, unknown>)[field] : undefined;
}

function unknownActionMessage(name: string): string {
  const sameLetters = ACTION_NAMES.find((known) => known.toLowerCase() === name.toLowerCase());
  if (sameLetters)
    return `Unknown action '${clip(name)}': action names are case-sensitive, did you mean '${sameLetters}'?`;
  return `Unknown action '${clip(name)}': one of ${ACTION_NAMES.join(', ')}`;
}
