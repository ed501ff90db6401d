import { apiError } from '../core/error-response.js';
import { jsonResponse } from '../core/json-response.js';
import type { MockRequest, MockResponse } from '../core/mock-request.js';
import type { ControlApi } from './control-api.js';
import { isResponse, parseBody } from './control-route.js';
import { NoteRequest, StatusRequest } from './control-schemas.js';

/** `POST /__mock/customers/{id}/status`: a status changed, as the web app would. */
export function setStatus(api: ControlApi, request: MockRequest, [id]: string[]): MockResponse {
  const body = parseBody(request, StatusRequest);
  if (isResponse(body)) return body;
  const customer = api.world.customer(Number(id));
  if (!customer) return apiError('CUSTOMER_NOT_FOUND', `No customer exists with ID: ${id}`);
  const oldStatus = customer.statusId;
  api.apply({ kind: 'setCustomerStatus', customerId: customer.id, statusId: body.status, at: api.now() });
  return jsonResponse(200, { customerId: customer.id, oldStatus, newStatus: body.status });
}

/** `POST /__mock/customers/{id}/notes`: a note added, as the web app would. */
export function addNote(api: ControlApi, request: MockRequest, [id]: string[]): MockResponse {
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
