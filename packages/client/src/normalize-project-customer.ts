import type { ProjectCustomer } from '@solarproof/schemas';
import { nonEmpty } from './non-empty.js';
import type { NormalizedProjectCustomer } from './normalized-types.js';

/**
 * The customer of getcustomerofproject (its own camelCase vocabulary, `gstRegistered` 0/1, one
 * `note` string) in the vocabulary of `normalizeCustomer`. Pure: it makes no request.
 *
 * @example
 * const customer = normalizeProjectCustomer(await client.getCustomerOfProject(1640));
 * customer.id; // 79298
 * customer.lastName; // 'Matherson' (the API's `surname`)
 * customer.gstRegistered; // false (the API's 0)
 * customer.notes; // [] (the API's "")
 */
export function normalizeProjectCustomer(customer: ProjectCustomer): NormalizedProjectCustomer {
  return {
    id: customer.customerID,
    uid: customer.uid,
    firstName: customer.firstName,
    lastName: customer.surname,
    email: customer.email,
    phones: nonEmpty([customer.phone1, customer.phone2]),
    gstRegistered: customer.gstRegistered === 1,
    companyName: customer.companyName,
    companyPhone: customer.companyPhone,
    abn: customer.customerabn,
    siteAddress: customer.siteAddress,
    notes: customer.note === '' ? [] : [{ datetime: null, text: customer.note }],
    contactTime: customer.contactTime,
  };
}
