import { type ErrorCode, ErrorCode as ErrorCodeSchema, operationSchemas } from '@solarproof/schemas';
import type { z } from 'zod';
import type { ActionContext } from '../actions/action-context.js';
import { actionRegistry, type RegisteredAction } from '../actions/action-registry.js';
import type { ApplyResult, World, WorldOp } from '../world/types.js';
import { authenticate } from './authenticate.js';
import { isUnsafeCustomerId, UNSAFE_ID_MESSAGE } from './customer-id-problem.js';
import { apiError, webhookError } from './error-response.js';
import type { FaultBook } from './faults.js';
import type { MockRequest, MockResponse } from './mock-request.js';
import type { PageCache } from './page-cache.js';
import { queryValues } from './query-values.js';
import { readJsonBody } from './read-json-body.js';
import { clip } from './redact.js';
import { validationMessage } from './validation-message.js';
import { webhookBodyProblem } from './webhook-body-problem.js';

/** What answering needs from the mock around it. */
export interface ApiDependencies {
  world: World;
  faults: FaultBook;
  cache: PageCache;
  now(): string;
  apply(op: WorldOp): ApplyResult;
  validateResponses: boolean;
}

export interface ApiAnswer {
  response: MockResponse;
  action: string | null;
  companyId: number | null;
}

/** Headers that inject a fault into one request. */
export const FAULT_HEADER = 'x-solarproof-mock-fault';
export const LATENCY_HEADER = 'x-solarproof-mock-latency';

const ACTION_NAMES = [...actionRegistry.keys()];

/** Answers a request to `/apidata.php`: route by `action`, check method, body, key and parameters, run. */
export function answerApiRequest(deps: ApiDependencies, request: MockRequest): ApiAnswer {
  const answer = (response: MockResponse, action: string | null = null, companyId: number | null = null) => ({
    response,
    action,
    companyId,
  });
  const query = queryValues(request.query);
  const name = query.action;
  if (name === undefined || name === '') {
    return answer(apiError('NOT_FOUND', `Missing action parameter: one of ${ACTION_NAMES.join(', ')}`));
  }
  const registered = actionRegistry.get(name);
  if (!registered) return answer(apiError('NOT_FOUND', unknownActionMessage(name)));
  const operationId = registered.methods.get(request.method);
  if (!operationId) {
    const allowed = [...registered.methods.keys()].join(', ');
    return answer(
      apiError(
        'METHOD_NOT_ALLOWED',
        `Action ${name} does not accept ${clip(request.method, 10)}; use ${allowed}`,
        {
          allow: allowed,
        },
      ),
      name,
    );
  }

  // The key is checked first: a fault answers only a caller who may call, and only its own faults.
  let fault: Fault | undefined;
  const ran = runAction(deps, registered, operationId, query, request, (companyId) => {
    fault = takeFault(deps.faults, name, companyId, request.headers);
    return fault && 'response' in fault ? fault.response : undefined;
  });
  const taken = fault as Fault | undefined;
  const response = taken && 'extra' in taken ? { ...ran.response, ...taken.extra } : ran.response;
  if (deps.validateResponses && !(taken && 'response' in taken))
    assertResponseMatchesSpec(operationId, response);
  return answer(response, name, ran.companyId);
}

function runAction(
  deps: ApiDependencies,
  registered: RegisteredAction,
  operationId: keyof typeof operationSchemas,
  query: Record<string, string>,
  request: MockRequest,
  faultFor: (companyId: number) => MockResponse | undefined,
): { response: MockResponse; companyId: number | null } {
  const op = operationSchemas[operationId];
  const isWebhook = registered.kind === 'webhook';
  const fail = (response: MockResponse) => ({ response, companyId: null });

  let body: unknown;
  if (registered.kind !== 'read') {
    const read = readJsonBody(request.body, request.headers['content-type']);
    if (!read.ok) {
      if (isWebhook) return fail(webhookError(read.problem === 'malformed' ? 'Invalid JSON' : read.detail));
      if (read.problem === 'content-type') return fail(apiError('UNSUPPORTED_MEDIA_TYPE', read.detail));
      return fail(
        apiError(
          'INVALID_PARAMETERS',
          read.problem === 'empty' ? `${read.detail}: send {"data": {...}} as JSON` : read.detail,
        ),
      );
    }
    body = read.value;
  }

  const bodyKey = registered.kind === 'write' ? dataField(body, 'apikey') : undefined;
  const auth = authenticate(deps.world, query.api_key ?? null, bodyKey);
  if (!auth.ok)
    return fail(isWebhook ? webhookError('Invalid API key') : apiError('INVALID_API_KEY', auth.message));
  const companyId = auth.company.id;
  const faulted = faultFor(companyId);
  if (faulted) return { response: faulted, companyId };

  if (isWebhook) {
    const problem = webhookBodyProblem(body, registered.action === 'subscribe_customer');
    if (problem) return { response: webhookError(problem), companyId };
  }
  const parsedQuery = op.query.safeParse(query);
  if (!parsedQuery.success) {
    return {
      response: apiError('INVALID_PARAMETERS', validationMessage(parsedQuery.error, 'query', query)),
      companyId,
    };
  }
  if (isUnsafeCustomerId(body)) {
    return { response: apiError('INVALID_PARAMETERS', UNSAFE_ID_MESSAGE), companyId };
  }
  let parsedBody: unknown;
  if (op.body) {
    const result = (op.body as z.ZodType).safeParse(body);
    if (!result.success) {
      const message = validationMessage(result.error, 'body', body);
      return {
        response: isWebhook ? webhookError(message) : apiError('INVALID_PARAMETERS', message),
        companyId,
      };
    }
    parsedBody = result.data;
  }

  const context: ActionContext = {
    world: deps.world,
    company: auth.company,
    query: parsedQuery.data,
    body: parsedBody as ActionContext['body'],
    now: deps.now(),
    cache: deps.cache,
    apply: deps.apply,
  };
  return { response: registered.handler(context), companyId };
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

type Fault = { response: MockResponse } | { extra: Pick<MockResponse, 'delayMs' | 'reset'> };

/** A fault asked for by header or queued through the control API, if any. */
function takeFault(
  faults: FaultBook,
  action: string,
  companyId: number,
  headers: MockRequest['headers'],
): Fault | undefined {
  const queued = faults.take(action, companyId);
  const headerCode = headers[FAULT_HEADER];
  const headerLatency = Number(headers[LATENCY_HEADER] ?? 0);
  const latency = Math.min(
    Math.max(queued?.latencyMs ?? 0, Number.isFinite(headerLatency) ? headerLatency : 0),
    60_000,
  );
  let code: string | null = queued?.code ?? null;
  if (headerCode !== undefined && headerCode !== '') code = headerCode.trim().toUpperCase();
  const extra = {
    ...(latency > 0 ? { delayMs: latency } : {}),
    ...(queued?.reset ? { reset: true } : {}),
  };
  if (code !== null) {
    const parsed = ErrorCodeSchema.safeParse(code);
    if (!parsed.success) {
      return {
        response: apiError('INVALID_PARAMETERS', `Unknown fault code in ${FAULT_HEADER}: ${clip(code, 40)}`),
      };
    }
    return { response: { ...forcedError(parsed.data, queued?.retryAfterSeconds ?? 1), ...extra } };
  }
  return latency > 0 || extra.reset ? { extra } : undefined;
}

function forcedError(code: ErrorCode, retryAfterSeconds: number): MockResponse {
  if (code === 'RATE_LIMITED') {
    return apiError(code, `Too many requests: retry after ${retryAfterSeconds} s`, {
      'retry-after': String(retryAfterSeconds),
    });
  }
  return apiError(code, `Injected fault: ${code}`);
}

/** In tests, a response the spec does not describe is a bug of the mock: fail loudly. */
function assertResponseMatchesSpec(operationId: keyof typeof operationSchemas, response: MockResponse): void {
  const responses: Record<number, z.ZodType | undefined> = operationSchemas[operationId].responses;
  const schema = responses[response.status];
  if (!schema)
    throw new Error(`${operationId} answered status ${response.status}, which the spec does not describe`);
  const result = schema.safeParse(JSON.parse(response.body));
  if (!result.success) {
    throw new Error(
      `${operationId} answered a ${response.status} body the spec rejects: ${result.error.message}`,
    );
  }
}
