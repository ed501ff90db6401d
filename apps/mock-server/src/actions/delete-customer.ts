import { jsonResponse } from '../core/json-response.js';
import type { ActionHandler } from './action-context.js';
import { customerOfCompany, isResponse } from './customer-of-company.js';

/** `deletecustomer`: permanent; the customer's projects stay, with no customer assigned. */
export const deleteCustomer: ActionHandler<'deletecustomer'> = ({ world, company, body, now, apply }) => {
  const id = Number(body.data.pkcustomerid);
  const found = customerOfCompany(world, company, id, 'delete', 'The specified customer does not exist');
  if (isResponse(found)) return found;
  apply({ kind: 'deleteCustomer', customerId: id, at: now });
  return jsonResponse(200, { Message: 'Customer Deleted Permanently!', CustomerId: String(id) });
};
