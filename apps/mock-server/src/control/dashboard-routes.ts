import { ErrorCode } from '@solarproof/schemas';
import { actionRegistry } from '../actions/action-registry.js';
import { apiError } from '../core/error-response.js';
import { jsonResponse } from '../core/json-response.js';
import type { MockRequest, MockResponse } from '../core/mock-request.js';
import { STATUS_NAMES } from '../views/vocabulary.js';
import type { ControlApi } from './control-api.js';
import { customerViews } from './customer-views.js';
import { dashboardAsset } from './dashboard-asset.js';
import { journalStream } from './journal-stream.js';
import { maskKey } from './mask-key.js';
import { searchCustomers } from './search-customers.js';

/** The read routes the dashboard needs, as `GET /__mock` lists them. */
export const DASHBOARD_ROUTES = [
  'GET /__mock/ui: the dashboard (GET /__mock from a browser goes there too)',
  'GET /__mock/companies: companies with masked keys, users and sizes',
  'GET /__mock/companies/{id}/keys: the full API keys of one company (only when asked)',
  'GET /__mock/companies/{id}/customers?q=&page=&perPage=: customers newest first, searched and paged',
  'GET /__mock/companies/{id}/projects?page=&perPage=: projects newest first, paged',
  'GET /__mock/customers/{id}: one customer as every view of the API gives it',
  'GET /__mock/subscriptions?companyId=: webhook subscriptions',
  'GET /__mock/actions: action names, error codes and statuses (for forms)',
  'GET /__mock/journal/{seq}: one request with its bodies (kept for the latest 100)',
  'GET /__mock/journal/stream?companyId=&since=: the journal as server-sent events',
] as const;

type Route = (api: ControlApi, request: MockRequest, params: string[]) => MockResponse;

/** A whole number in [min, max] from the query, its default when absent, or the error to answer. */
function intParam(request: MockRequest, name: string, fallback: number, max: number): number | MockResponse {
  const raw = request.query.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^[0-9]{1,9}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    return apiError('INVALID_PARAMETERS', `${name} must be a whole number from 1 to ${max}`);
  }
  return Number(raw);
}

const isResponse = (value: unknown): value is MockResponse => typeof value === 'object';

function companies(api: ControlApi): MockResponse {
  const { world } = api;
  return jsonResponse(200, {
    seed: world.options.seed,
    webhookVersion: api.deliveries.version,
    companies: world.companies().map((company) => ({
      id: company.id,
      name: company.name,
      keys: company.apiKeys.map(maskKey),
      users: world.usersOfCompany(company.id).map((user) => ({
        id: user.id,
        name: `${user.firstName} ${user.lastName}`,
        email: user.email,
        workTitle: user.workTitle,
        ownsKey: user.id === company.keyOwnerUserId,
      })),
      customers: world.customerCount(company.id),
      projects: world.projectsOfCompany(company.id).length,
      subscriptions: world.subscriptions(company.id).length,
      profile: api.interpretationOf(company).label,
    })),
  });
}

function companyOf(api: ControlApi, id: string | undefined) {
  const company = api.world.company(Number(id));
  return company ?? apiError('NOT_FOUND', `No company ${id}`);
}

const keys: Route = (api, _request, [id]) => {
  const company = companyOf(api, id);
  if ('status' in company) return company;
  return jsonResponse(200, { companyId: company.id, apiKeys: company.apiKeys });
};

/** The company of a paged route and the page asked for, or the error to answer. */
function pageOf(api: ControlApi, request: MockRequest, id: string | undefined) {
  const company = companyOf(api, id);
  if ('status' in company) return company;
  const page = intParam(request, 'page', 1, 1_000_000);
  if (isResponse(page)) return page;
  const perPage = intParam(request, 'perPage', 25, 200);
  if (isResponse(perPage)) return perPage;
  return { company, page, perPage };
}

const customers: Route = (api, request, [id]) => {
  const asked = pageOf(api, request, id);
  if ('status' in asked) return asked;
  const { company, page, perPage } = asked;
  const q = (request.query.get('q') ?? '').slice(0, 200);
  return jsonResponse(200, searchCustomers(api.world, company.id, { q, page, perPage }));
};

const projects: Route = (api, request, [id]) => {
  const asked = pageOf(api, request, id);
  if ('status' in asked) return asked;
  const { company, page, perPage } = asked;
  const all = api.world.projectsOfCompany(company.id);
  const end = Math.max(0, all.length - (page - 1) * perPage);
  const chosen = all.slice(Math.max(0, end - perPage), end).reverse();
  return jsonResponse(200, {
    total: all.length,
    page,
    perPage,
    projects: chosen.map((project) => {
      const customer = project.customerId === null ? undefined : api.world.customer(project.customerId);
      return {
        id: project.id,
        title: project.title,
        customerId: project.customerId,
        customerName: customer ? `${customer.firstName} ${customer.surname}` : null,
        systemSizeKw: project.systemSizeKw,
        panels: `${project.panelQuantity} × ${project.panelType}`,
        inverter: `${project.inverterQuantity} × ${project.inverterType}`,
        proposal: project.proposalLink !== '',
        createdAt: project.createdAt,
      };
    }),
  });
};

const customer: Route = (api, _request, [id]) => {
  const found = api.world.customer(Number(id));
  if (!found) return apiError('CUSTOMER_NOT_FOUND', `No customer exists with ID: ${id}`);
  return jsonResponse(
    200,
    customerViews(api.world, found, api.deliveries.version, (company) => api.interpretationOf(company)),
  );
};

const subscriptions: Route = (api, request) => {
  const companyId = request.query.get('companyId');
  const chosen =
    companyId !== null && /^[0-9]{1,12}$/.test(companyId)
      ? api.world.companies().filter((company) => company.id === Number(companyId))
      : api.world.companies();
  return jsonResponse(200, {
    subscriptions: chosen.flatMap((company) => api.world.subscriptions(company.id)),
  });
};

const actions: Route = () =>
  jsonResponse(200, {
    actions: [...actionRegistry.keys()],
    errorCodes: ErrorCode.options,
    statuses: Object.entries(STATUS_NAMES).map(([id, name]) => ({ id: Number(id), name })),
  });

const journalEntry: Route = (api, _request, [seq]) => {
  const entry = api.journal.entry(Number(seq));
  if (!entry) return apiError('NOT_FOUND', `The journal no longer holds request ${seq}`);
  const detail = api.journal.detail(entry.seq);
  return jsonResponse(200, {
    entry,
    detail: detail
      ? {
          requestBody: detail.requestBody,
          contentType: detail.contentType,
          responseHeaders: detail.response.headers,
          responseBody: detail.response.body,
        }
      : null,
  });
};

/** Routes to put before the control API's own (the stream before `/journal`'s). */
export const dashboardRoutes: Array<[method: string, pattern: RegExp, route: Route]> = [
  ['GET', /^\/__mock\/ui(?:\/([a-z-]*(?:\.js|\.css)?))?$/, (_api, _request, [name]) => dashboardAsset(name)],
  ['GET', /^\/__mock\/companies$/, companies],
  ['GET', /^\/__mock\/companies\/([0-9]{1,12})\/keys$/, keys],
  ['GET', /^\/__mock\/companies\/([0-9]{1,12})\/customers$/, customers],
  ['GET', /^\/__mock\/companies\/([0-9]{1,12})\/projects$/, projects],
  ['GET', /^\/__mock\/customers\/([0-9]{1,12})$/, customer],
  ['GET', /^\/__mock\/subscriptions$/, subscriptions],
  ['GET', /^\/__mock\/actions$/, actions],
  ['GET', /^\/__mock\/journal\/([0-9]{1,15})$/, journalEntry],
  ['GET', /^\/__mock\/journal\/stream$/, journalStream],
];

/** `GET /__mock` from a browser (it asks for HTML) opens the dashboard, keeping `?token=`. */
export function wantsDashboard(request: MockRequest): boolean {
  return (
    request.method === 'GET' &&
    /^\/__mock\/?$/.test(request.path) &&
    (request.headers.accept ?? '').includes('text/html')
  );
}
