import { apiError } from '../core/error-response.js';
import { jsonResponse } from '../core/json-response.js';
import type { MockRequest, MockResponse } from '../core/mock-request.js';
import type { ControlApi } from './control-api.js';
import { isResponse, parseBody, scopeOf } from './control-route.js';
import { ResetRequest } from './control-schemas.js';

/** The whole mock back to its seed, or, when the request names a company, only that company. */
export function reset(api: ControlApi, request: MockRequest): MockResponse {
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
