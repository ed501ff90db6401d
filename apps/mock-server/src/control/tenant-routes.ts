import { apiError } from '../core/error-response.js';
import { jsonResponse } from '../core/json-response.js';
import type { MockRequest, MockResponse } from '../core/mock-request.js';
import { InterpretationError } from '../interpretations/interpretation-error.js';
import { resolveInterpretation } from '../interpretations/resolve-interpretation.js';
import type { TenantInterpretation } from '../world/types.js';
import type { ControlApi } from './control-api.js';
import { isResponse, parseBody } from './control-route.js';
import { TenantRequest, type TenantResponse } from './control-schemas.js';
import { tenantApiKey } from './tenant-api-key.js';

/** Tenants the control API makes, beyond the two seeded companies: each holds a whole seeded world. */
export const MAX_TENANTS = 100;

/** `POST /__mock/tenants`: a fresh company with its own key, data and reading of the docs. */
export function createTenant(api: ControlApi, request: MockRequest): MockResponse {
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
