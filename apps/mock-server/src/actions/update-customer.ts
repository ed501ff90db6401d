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

/**
 * `updatecustomer`: a partial update; fields left out keep their values. Whether an update with
 * nothing to change (U-4) or with another customer's email (I-24) is accepted depends on the reading.
 */
export const updateCustomer: ActionHandler<'updatecustomer'> = (context) => {
  const { world, company, body, now, apply, interpretation } = context;
  const { switches } = interpretation;
  const data = body.data;
  const id = Number(data.pkcustomerid);
  const found = customerOfCompany(world, company, id, 'update', `No customer exists with ID: ${id}`);
  if (isResponse(found)) return found;
  const patch: CustomerPatch = {};
  let fields = 0;
  for (const field of FIELDS) {
    const value = data[field];
    if (value === undefined) continue;
    (patch as Record<string, unknown>)[field] = value;
    fields += 1;
  }
  const done = () => jsonResponse(200, { Message: 'Customer updated successfully!', CustomerId: String(id) });
  if (fields === 0) {
    if (switches['U-4'] === 'accepted') return done();
    return apiError('INVALID_PARAMETERS', `Nothing to update: give at least one of ${FIELDS.join(', ')}`);
  }
  const allowDuplicateEmail = switches['I-24'] === 'accepted';
  const result = apply({
    kind: 'updateCustomer',
    customerId: id,
    patch,
    at: now,
    ...(allowDuplicateEmail ? { allowDuplicateEmail } : {}),
  });
  if (!result.ok) {
    // update documents no DUPLICATE_EMAIL; the spec answers INVALID_PARAMETERS (decision I-24).
    return apiError(
      'INVALID_PARAMETERS',
      `Another customer of this account already has email ${clip(patch.email ?? '')}`,
    );
  }
  return done();
};
