import { actionRegistry } from '../actions/action-registry.js';
import { faultCodesOfAction } from '../actions/fault-codes-of-action.js';
import { apiError } from '../core/error-response.js';
import { MAX_QUEUED_FAULTS } from '../core/faults.js';
import { jsonResponse } from '../core/json-response.js';
import type { MockRequest, MockResponse } from '../core/mock-request.js';
import { clip } from '../core/redact.js';
import { PROFILES } from '../interpretations/profiles.js';
import { SWITCHES } from '../interpretations/switch-catalogue.js';
import type { ControlApi } from './control-api.js';
import { isResponse, parseBody, type Route, scoped, scopeOf } from './control-route.js';
import { FaultRequest } from './control-schemas.js';
import { addNote, setStatus } from './customer-routes.js';
import { DASHBOARD_ROUTES, dashboardRoutes, wantsDashboard } from './dashboard-routes.js';
import { getDelivery, listDeliveries, replayDelivery } from './delivery-routes.js';
import { reset } from './reset-route.js';
import { createTenant } from './tenant-routes.js';

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

export { MAX_TENANTS } from './tenant-routes.js';

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
