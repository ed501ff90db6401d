import { apiError } from '../core/error-response.js';
import { jsonResponse } from '../core/json-response.js';
import { clip } from '../core/redact.js';
import { customerView } from '../views/customer-view.js';
import type { ActionHandler } from './action-context.js';

/** `getcustomerid`: the current docs return the full customer object; the ID is its `customer_id`. */
export const getCustomerId: ActionHandler<'getcustomerid'> = ({ world, company, query }) => {
  const customer = world.customerByEmail(company.id, query.customer_email);
  if (!customer) {
    return apiError('CUSTOMER_NOT_FOUND', `No customer exists with email: ${clip(query.customer_email)}`);
  }
  return jsonResponse(200, customerView(world, customer, { systemSize: 'kW' }));
};
