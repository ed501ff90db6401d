import { z } from 'zod';
import { apiError } from '../core/error-response.js';
import { jsonResponse } from '../core/json-response.js';
import type { MockRequest, MockResponse } from '../core/mock-request.js';
import { readJsonBody } from '../core/read-json-body.js';
import { clip } from '../core/redact.js';
import type { ControlApi } from './control-api.js';

/** One control route: the mock, the request, and what its path pattern captured. */
export type Route = (api: ControlApi, request: MockRequest, params: string[]) => MockResponse;

/** Parses a control body with `schema`, or answers the error. */
export function parseBody<T extends z.ZodType>(
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
export function scopeOf(api: ControlApi, request: MockRequest): number | undefined | MockResponse {
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
export function scoped(clear: (api: ControlApi, companyId: number | undefined) => void): Route {
  return (api, request) => {
    const companyId = scopeOf(api, request);
    if (isResponse(companyId)) return companyId;
    clear(api, companyId);
    return jsonResponse(200, { cleared: true, ...(companyId === undefined ? {} : { companyId }) });
  };
}

export const isResponse = (value: unknown): value is MockResponse =>
  typeof value === 'object' && value !== null && 'status' in value && 'body' in value && 'headers' in value;
