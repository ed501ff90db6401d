import { apiError } from '../core/error-response.js';
import { jsonResponse } from '../core/json-response.js';
import { clip } from '../core/redact.js';
import type { ActionHandler } from './action-context.js';

/**
 * `createcustomer`: owned by the user `useremail` names, or by the key's owner when it is empty.
 * Emails are unique within the company.
 */
export const createCustomer: ActionHandler<'createcustomer'> = (context) => {
  const { world, company, body, now, apply, interpretation } = context;
  const data = body.data;
  let ownerUserId = company.keyOwnerUserId;
  if (data.useremail !== undefined && data.useremail.trim() !== '') {
    const owner = world.userByEmail(company.id, data.useremail.trim());
    if (!owner)
      return apiError('USER_NOT_FOUND', `No user with email ${clip(data.useremail)} exists in this account`);
    ownerUserId = owner.id;
  }
  const result = apply({
    kind: 'createCustomer',
    companyId: company.id,
    ownerUserId,
    input: {
      firstname: data.firstname,
      surname: data.surname,
      email: data.email,
      phone1: data.phone1,
      phone2: data.phone2,
      type: data.type,
      companyname: data.companyname,
      companyphone: data.companyphone,
      gststatus: data.gststatus,
    },
    at: now,
    ...(interpretation.switches['I-3'] === 'new-contacts' ? { statusId: 1 as const } : {}),
  });
  if (!result.ok && result.reason === 'DUPLICATE_EMAIL') {
    return apiError('DUPLICATE_EMAIL', `A customer with email ${clip(data.email)} already exists`);
  }
  if (!result.ok || !result.customer) {
    // The key's company exists, so nothing else can fail: anything else is a bug of the mock.
    throw new Error(
      `createcustomer could not create the customer: ${result.ok ? 'no record' : result.reason}`,
    );
  }
  return jsonResponse(200, { Message: 'Customer created successfully!', id: String(result.customer.id) });
};
