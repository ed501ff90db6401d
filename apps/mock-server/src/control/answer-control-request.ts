import { z } from 'zod';
import { actionRegistry } from '../actions/action-registry.js';
import { faultCodesOfAction } from '../actions/fault-codes-of-action.js';
import { apiError } from '../core/error-response.js';
import { MAX_QUEUED_FAULTS } from '../core/faults.js';
import { jsonResponse } from '../core/json-response.js';
import type { MockRequest, MockResponse } from '../core/mock-request.js';
import { readJsonBody } from '../core/read-json-body.js';
import { clip } from '../core/redact.js';
import { InterpretationError } from '../interpretations/interpretation-error.js';
import { PROFILES } from '../interpretations/profiles.js';
import { resolveInterpretation } from '../interpretations/resolve-interpretation.js';
import { SWITCHES } from '../interpretations/switch-catalogue.js';
import { MAX_DELIVERY_PAGE } from '../webhooks/webhook-deliveries.js';
import type { TenantInterpretation } from '../world/types.js';
import type { ControlApi } from './control-api.js';
import {
  FaultRequest,
  NoteRequest,
  ResetRequest,
  StatusRequest,
  TenantRequest,
  type TenantResponse,
} from './control-schemas.js';
import { DASHBOARD_ROUTES, dashboardRoutes, wantsDashboard } from './dashboard-routes.js';
import { tenantApiKey } from './tenant-api-key.js';

/** The control API's routes, as its index lists them. */
export const CONTROL_ROUTES = [
  'GET /__mock: this list',
  'GET /__mock/health: readiness, 200 {"ok":true} once the fake answers',
  'POST /__mock/reset: back to the seeded world; tenants, journal and faults cleared',
  "POST /__mock/reset?companyId=|api_key= (or {companyId}): one company back to its seeded data (a tenant: as created), with its faults, journal and deliveries; the others' stay",
  'GET /__mock/world: companies and their sizes (no keys)',
  'POST /__mock/tenants {name?, customers?, seed?, profile?, interpret?}: a fresh company with its own key, data and reading of the docs',
  "GET /__mock/interpretations: every interpretation switch with its alternatives and their evidence, the profiles, and the world's reading",
  'GET /__mock/journal?companyId=&limit=: recent API requests, keys redacted',
  "DELETE /__mock/journal?companyId=|api_key=: empty the journal, or one company's part of it",
  "GET /__mock/faults?companyId=|api_key=: queued faults (those a company's requests would take)",
  "POST /__mock/faults {action, code?, count?, latencyMs?, retryAfterSeconds?, reset?, companyId?}: inject a fault, for one company's requests when it names one (or ?api_key=)",
  "DELETE /__mock/faults?companyId=|api_key=: remove every queued fault, or one company's",
  'POST /__mock/customers/{id}/status {status}: change a status, as the web app would',
  'POST /__mock/customers/{id}/notes {note}: add a note, as the web app would',
  'GET /__mock/deliveries?companyId=&event=&limit=&after=: webhook deliveries with their attempts, a page (default 100, at most 500) at a time; next is the after of the next page',
  'GET /__mock/deliveries/{id}: one delivery',
  'POST /__mock/deliveries/{id}/replay: send a delivery again',
  ...DASHBOARD_ROUTES,
] as const;

/** Tenants the control API makes, beyond the two seeded companies: each holds a whole seeded world. */
export const MAX_TENANTS = 100;

type Route = (api: ControlApi, request: MockRequest, params: string[]) => MockResponse;

const routes: Array<[method: string, pattern: RegExp, route: Route]> = [
  ...dashboardRoutes,
  ['GET', /^\/__mock\/?$/, () => jsonResponse(200, { routes: CONTROL_ROUTES })],
  ['GET', /^\/__mock\/health$/, () => jsonResponse(200, { ok: true })],
  ['POST', /^\/__mock\/reset$/, reset],
  ['GET', /^\/__mock\/world$/, (api) => jsonResponse(200, worldSummary(api))],
  ['POST', /^\/__mock\/tenants$/, createTenant],
  ['GET', /^\/__mock\/interpretations$/, listInterpretations],
  ['GET', /^\/__mock\/journal$/, readJournal],
  ['DELETE', /^\/__mock\/journal$/, scoped((api, companyId) => api.journal.clear(companyId))],
  [
    'GET',
    /^\/__mock\/faults$/,
    (api, request) => {
      const companyId = scopeOf(api, request);
      if (isResponse(companyId)) return companyId;
      return jsonResponse(200, { faults: api.faults.list(companyId) });
    },
  ],
  ['POST', /^\/__mock\/faults$/, addFault],
  ['DELETE', /^\/__mock\/faults$/, scoped((api, companyId) => api.faults.clear(companyId))],
  ['POST', /^\/__mock\/customers\/([0-9]{1,12})\/status$/, setStatus],
  ['POST', /^\/__mock\/customers\/([0-9]{1,12})\/notes$/, addNote],
  ['GET', /^\/__mock\/deliveries$/, listDeliveries],
  ['GET', /^\/__mock\/deliveries\/([0-9a-f-]{36})$/, getDelivery],
  ['POST', /^\/__mock\/deliveries\/([0-9a-f-]{36})\/replay$/, replayDelivery],
];

/** Answers a request under `/__mock/`. */
export function answerControlRequest(api: ControlApi, request: MockRequest): MockResponse {
  if (wantsDashboard(request)) {
    const query = request.query.toString();
    return { status: 302, headers: { location: `/__mock/ui${query ? `?${query}` : ''}` }, body: '' };
  }
  const matching = routes.filter(([, pattern]) => pattern.test(request.path));
  if (matching.length === 0)
    return apiError('NOT_FOUND', `No control route ${clip(request.path, 60)}; see GET /__mock`);
  const found = matching.find(([method]) => method === request.method);
  if (!found) {
    const allow = matching.map(([method]) => method).join(', ');
    return apiError('METHOD_NOT_ALLOWED', `${clip(request.path, 60)} accepts ${allow}`, { allow });
  }
  const [, pattern, route] = found;
  return route(api, request, pattern.exec(request.path)?.slice(1) ?? []);
}

/** Parses a control body with `schema`, or answers the error. */
function parseBody<T extends z.ZodType>(
  request: MockRequest,
  schema: T,
  optional = false,
): z.output<T> | MockResponse {
  if (optional && (request.body === undefined || request.body.trim() === '')) return schema.parse({});
  const read = readJsonBody(request.body, request.headers['content-type']);
  if (!read.ok)
    return apiError(
      read.problem === 'content-type' ? 'UNSUPPORTED_MEDIA_TYPE' : 'INVALID_PARAMETERS',
      read.detail,
    );
  const parsed = schema.safeParse(read.value);
  if (!parsed.success) return apiError('INVALID_PARAMETERS', z.prettifyError(parsed.error));
  return parsed.data;
}

/**
 * The company a control request is scoped to: `?companyId=N`, or the tenant's own `?api_key=`.
 * Undefined when it names none (the whole mock); an error answer when it names an unknown one.
 */
function scopeOf(api: ControlApi, request: MockRequest): number | undefined | MockResponse {
  const id = request.query.get('companyId');
  const key = request.query.get('api_key');
  if (id === null && key === null) return undefined;
  const company =
    id !== null
      ? /^[0-9]{1,9}$/.test(id)
        ? api.world.company(Number(id))
        : undefined
      : api.world.companyByApiKey(key ?? '');
  if (!company) {
    return id !== null
      ? apiError('NOT_FOUND', `No company ${clip(id, 20)}; GET /__mock/world lists them`)
      : apiError('INVALID_API_KEY', 'The provided API key is invalid');
  }
  return company.id;
}

/** A clearing route that empties everything, or, when the request names a company, only its part. */
function scoped(clear: (api: ControlApi, companyId: number | undefined) => void): Route {
  return (api, request) => {
    const companyId = scopeOf(api, request);
    if (isResponse(companyId)) return companyId;
    clear(api, companyId);
    return jsonResponse(200, { cleared: true, ...(companyId === undefined ? {} : { companyId }) });
  };
}

const isResponse = (value: unknown): value is MockResponse =>
  typeof value === 'object' && value !== null && 'status' in value && 'body' in value && 'headers' in value;

/** The whole mock back to its seed, or, when the request names a company, only that company. */
function reset(api: ControlApi, request: MockRequest): MockResponse {
  const body = parseBody(request, ResetRequest, true);
  if (isResponse(body)) return body;
  const scope = scopeOf(api, request);
  if (isResponse(scope)) return scope;
  if (scope !== undefined && body.companyId !== undefined && scope !== body.companyId) {
    return apiError(
      'INVALID_PARAMETERS',
      `The query names company ${scope} and the body company ${body.companyId}: name one`,
    );
  }
  const companyId = scope ?? body.companyId;
  if (companyId === undefined) {
    api.reset();
    return jsonResponse(200, { reset: true, scope: 'world' });
  }
  const cleared = api.resetCompany(companyId);
  const company = api.world.company(companyId);
  if (!cleared || !company) {
    return apiError('NOT_FOUND', `No company ${companyId}; GET /__mock/world lists them`);
  }
  return jsonResponse(200, {
    reset: true,
    scope: 'company',
    companyId,
    name: company.name,
    customers: api.world.customerCount(companyId),
    projects: api.world.projectsOfCompany(companyId).length,
    subscriptions: api.world.subscriptions(companyId).length,
    cleared: {
      faults: cleared.faults,
      journalEntries: cleared.journalEntries,
      deliveries: cleared.deliveries,
    },
  });
}

function worldSummary(api: ControlApi) {
  return {
    seed: api.world.options.seed,
    companies: api.world.companies().map((company) => ({
      id: company.id,
      name: company.name,
      users: api.world.usersOfCompany(company.id).map((user) => user.email),
      customers: api.world.customerCount(company.id),
      projects: api.world.projectsOfCompany(company.id).length,
    })),
  };
}

function createTenant(api: ControlApi, request: MockRequest): MockResponse {
  const body = parseBody(request, TenantRequest, true);
  if (isResponse(body)) return body;
  const reading = tenantReading(body);
  if (isResponse(reading)) return reading;
  const number = api.world.companies().length + 1;
  if (number - 2 > MAX_TENANTS) {
    return apiError(
      'INVALID_PARAMETERS',
      `At most ${MAX_TENANTS} tenants: POST /__mock/reset removes them all (a tenant may hold up to 10000 customers)`,
    );
  }
  const apiKey = tenantApiKey(api.world.options.seed, number);
  const customers = body.customers ?? 10;
  const result = api.apply({
    kind: 'createTenant',
    name: body.name,
    customers,
    seed: body.seed ?? number,
    apiKey,
    at: api.now(),
    ...(reading ? { interpretation: reading } : {}),
  });
  if (!result.ok || !result.tenant) return apiError('UNKNOWN', 'The tenant could not be created');
  const { companyId } = result.tenant;
  const answer: TenantResponse = {
    companyId,
    apiKey,
    users: api.world.usersOfCompany(companyId).map((user) => user.email),
    customers: api.world.customerCount(companyId),
    profile: api.interpretationOf(api.world.company(companyId) ?? null).label,
  };
  return jsonResponse(201, answer);
}

/** The tenant's own reading, checked; undefined when the body names none. */
function tenantReading(body: TenantRequest): TenantInterpretation | undefined | MockResponse {
  if (body.profile === undefined && body.interpret === undefined) return undefined;
  const interpret = Array.isArray(body.interpret)
    ? Object.fromEntries(
        body.interpret.map((pair) => [pair.split('=')[0] ?? '', pair.slice(pair.indexOf('=') + 1)]),
      )
    : body.interpret;
  const reading: TenantInterpretation = {
    ...(body.profile === undefined ? {} : { profile: body.profile }),
    ...(interpret === undefined ? {} : { interpret }),
  };
  try {
    // Arrays are checked as given, so a pair without '=' is named as such.
    resolveInterpretation({ profile: body.profile, interpret: body.interpret });
  } catch (error) {
    if (error instanceof InterpretationError) return apiError('INVALID_PARAMETERS', error.message);
    throw error;
  }
  return reading;
}

function listInterpretations(api: ControlApi): MockResponse {
  return jsonResponse(200, {
    world: {
      profile: api.interpretation.profile,
      label: api.interpretation.label,
      switches: api.interpretation.switches,
    },
    profiles: Object.values(PROFILES).map((p) => ({
      name: p.name,
      basedOn: 'basedOn' in p ? p.basedOn : null,
      switches: p.switches,
    })),
    switches: SWITCHES,
  });
}

function readJournal(api: ControlApi, request: MockRequest): MockResponse {
  const companyId = request.query.get('companyId');
  const limit = request.query.get('limit');
  const filter = {
    ...(companyId !== null && /^[0-9]+$/.test(companyId) ? { companyId: Number(companyId) } : {}),
    ...(limit !== null && /^[0-9]+$/.test(limit) ? { limit: Number(limit) } : {}),
  };
  return jsonResponse(200, { entries: api.journal.entries(filter) });
}

function addFault(api: ControlApi, request: MockRequest): MockResponse {
  const body = parseBody(request, FaultRequest);
  if (isResponse(body)) return body;
  if (body.action !== '*' && !actionRegistry.has(body.action)) {
    return apiError(
      'INVALID_PARAMETERS',
      `Unknown action '${clip(body.action, 60)}' (use an action name or *)`,
    );
  }
  const allowed = faultCodesOfAction(body.action);
  if (body.action !== '*' && body.code && !allowed.includes(body.code)) {
    return apiError(
      'INVALID_PARAMETERS',
      `${body.action} never answers ${body.code}; a fault can force ${allowed.join(', ')}`,
    );
  }
  const scope = scopeOf(api, request);
  if (isResponse(scope)) return scope;
  const companyId = body.companyId ?? scope;
  if (companyId !== undefined && !api.world.company(companyId)) {
    return apiError('NOT_FOUND', `No company ${companyId}; GET /__mock/world lists them`);
  }
  const fault = api.faults.add({ ...body, companyId });
  if (!fault) {
    return apiError(
      'INVALID_PARAMETERS',
      `At most ${MAX_QUEUED_FAULTS} faults may be queued: DELETE /__mock/faults, or let some be taken`,
    );
  }
  return jsonResponse(201, fault);
}

function setStatus(api: ControlApi, request: MockRequest, [id]: string[]): MockResponse {
  const body = parseBody(request, StatusRequest);
  if (isResponse(body)) return body;
  const customer = api.world.customer(Number(id));
  if (!customer) return apiError('CUSTOMER_NOT_FOUND', `No customer exists with ID: ${id}`);
  const oldStatus = customer.statusId;
  api.apply({ kind: 'setCustomerStatus', customerId: customer.id, statusId: body.status, at: api.now() });
  return jsonResponse(200, { customerId: customer.id, oldStatus, newStatus: body.status });
}

function addNote(api: ControlApi, request: MockRequest, [id]: string[]): MockResponse {
  const body = parseBody(request, NoteRequest);
  if (isResponse(body)) return body;
  const customer = api.world.customer(Number(id));
  if (!customer) return apiError('CUSTOMER_NOT_FOUND', `No customer exists with ID: ${id}`);
  api.apply({ kind: 'addNote', customerId: customer.id, note: body.note, at: api.now() });
  return jsonResponse(201, {
    customerId: customer.id,
    notes: api.world.customer(customer.id)?.notes.length ?? 0,
  });
}

function listDeliveries(api: ControlApi, request: MockRequest): MockResponse {
  const companyId = request.query.get('companyId');
  const event = request.query.get('event');
  const limit = request.query.get('limit');
  const after = request.query.get('after');
  if (limit !== null && !/^[1-9][0-9]{0,5}$/.test(limit)) {
    return apiError('INVALID_PARAMETERS', `limit must be a whole number from 1 to ${MAX_DELIVERY_PAGE}`);
  }
  const filter = {
    ...(companyId !== null && /^[0-9]+$/.test(companyId) ? { companyId: Number(companyId) } : {}),
    ...(event ? { event } : {}),
    limit: Math.min(Number(limit ?? 100), MAX_DELIVERY_PAGE),
    ...(after ? { after } : {}),
  };
  return jsonResponse(200, { version: api.deliveries.version, ...api.deliveries.page(filter) });
}

function getDelivery(api: ControlApi, _request: MockRequest, [id]: string[]): MockResponse {
  const delivery = api.deliveries.get(id ?? '');
  return delivery ? jsonResponse(200, delivery) : apiError('NOT_FOUND', `No delivery ${id}`);
}

function replayDelivery(api: ControlApi, _request: MockRequest, [id]: string[]): MockResponse {
  const delivery = api.deliveries.replay(id ?? '');
  return delivery ? jsonResponse(202, delivery) : apiError('NOT_FOUND', `No delivery ${id}`);
}
