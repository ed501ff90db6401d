import { apiError } from '../core/error-response.js';
import type { MockResponse } from '../core/mock-request.js';
import type { Company, StoredCustomer, World } from '../world/types.js';

/**
 * The customer a write names, or the error to answer: not found, or another company's
 * (`PERMISSION_DENIED`, as update and delete document it).
 */
export function customerOfCompany(
  world: World,
  company: Company,
  id: number,
  verb: 'update' | 'delete',
  notFoundMessage: string,
): StoredCustomer | MockResponse {
  const customer = world.customer(id);
  if (!customer) return apiError('CUSTOMER_NOT_FOUND', notFoundMessage);
  if (customer.companyId !== company.id) {
    return apiError('PERMISSION_DENIED', `You don't have permission to ${verb} customer ${id}`);
  }
  return customer;
}

export function isResponse(value: StoredCustomer | MockResponse): value is MockResponse {
  return 'status' in value;
}
