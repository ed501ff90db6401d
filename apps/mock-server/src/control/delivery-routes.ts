import { apiError } from '../core/error-response.js';
import { jsonResponse } from '../core/json-response.js';
import type { MockRequest, MockResponse } from '../core/mock-request.js';
import { MAX_DELIVERY_PAGE } from '../webhooks/webhook-deliveries.js';
import type { ControlApi } from './control-api.js';

/** `GET /__mock/deliveries`: webhook deliveries with their attempts, a page at a time. */
export function listDeliveries(api: ControlApi, request: MockRequest): MockResponse {
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

/** `GET /__mock/deliveries/{id}`: one delivery. */
export function getDelivery(api: ControlApi, _request: MockRequest, [id]: string[]): MockResponse {
  const delivery = api.deliveries.get(id ?? '');
  return delivery ? jsonResponse(200, delivery) : apiError('NOT_FOUND', `No delivery ${id}`);
}

/** `POST /__mock/deliveries/{id}/replay`: a delivery sent again. */
export function replayDelivery(api: ControlApi, _request: MockRequest, [id]: string[]): MockResponse {
  const delivery = api.deliveries.replay(id ?? '');
  return delivery ? jsonResponse(202, delivery) : apiError('NOT_FOUND', `No delivery ${id}`);
}
