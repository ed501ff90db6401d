import { apiError } from '../core/error-response.js';
import { jsonResponse } from '../core/json-response.js';
import { clip } from '../core/redact.js';
import { customerView } from '../views/customer-view.js';
import type { ActionHandler } from './action-context.js';

/** `getcustomerByemail`: the full customer object, `system_size` as `"17.92kW"` like the docs' example. */
export const getCustomerByEmail: ActionHandler<'getcustomerByemail'> = ({
  world,
  company,
  query,
  interpretation,
}) => {
  const customer = world.customerByEmail(company.id, query.customer_email);
  if (!customer) {
    return apiError('CUSTOMER_NOT_FOUND', `No customer exists with email: ${clip(query.customer_email)}`);
  }
  return jsonResponse(
    200,
    customerView(world, customer, { systemSize: 'kW', switches: interpretation.switches }),
  );
};
