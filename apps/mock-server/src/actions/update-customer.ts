import { apiError } from '../core/error-response.js';
import { jsonResponse } from '../core/json-response.js';
import { clip } from '../core/redact.js';
import type { CustomerPatch } from '../world/types.js';
import type { ActionHandler } from './action-context.js';
import { customerOfCompany, isResponse } from './customer-of-company.js';

const FIELDS = [
  'firstname',
  'surname',
  'email',
  'phone1',
  'phone2',
  'type',
  'companyname',
  'companyphone',
  'gststatus',
] as const;

/** `updatecustomer`: a partial update; fields left out keep their values. */
export const updateCustomer: ActionHandler<'updatecustomer'> = ({ world, company, body, now, apply }) => {
  const data = body.data;
  const id = Number(data.pkcustomerid);
  const found = customerOfCompany(world, company, id, 'update', `No customer exists with ID: ${id}`);
  if (isResponse(found)) return found;
  const patch: CustomerPatch = {};
  for (const field of FIELDS) {
    if (data[field] !== undefined) Object.assign(patch, { [field]: data[field] });
  }
  if (Object.keys(patch).length === 0) {
    return apiError('INVALID_PARAMETERS', `Nothing to update: give at least one of ${FIELDS.join(', ')}`);
  }
  const result = apply({ kind: 'updateCustomer', customerId: id, patch, at: now });
  if (!result.ok) {
    // update documents no DUPLICATE_EMAIL; the spec answers INVALID_PARAMETERS (decision I-24).
    return apiError(
      'INVALID_PARAMETERS',
      `Another customer of this account already has email ${clip(patch.email ?? '')}`,
    );
  }
  return jsonResponse(200, { Message: 'Customer updated successfully!', CustomerId: String(id) });
};
