import type { ProjectCustomer } from '@solarproof/schemas';
import { nonEmpty } from './non-empty.js';
import type { NormalizedProjectCustomer } from './normalized-types.js';
import { text, textOrNull, type Unset } from './unset.js';

/**
 * The customer of getcustomerofproject (its own camelCase vocabulary, `gstRegistered` 0/1, one
 * `note` string) in the vocabulary of `normalizeCustomer`. `uid`, `abn` and `contactTime` are `null`
 * when unset, whether the API sent `null` or `""`; other unset texts are `""`. Pure: it makes no request.
 *
 * @example
 * const customer = normalizeProjectCustomer(await client.getCustomerOfProject(1640));
 * customer.id; // 79298
 * customer.lastName; // 'Matherson' (the API's `surname`)
 * customer.gstRegistered; // false (the API's 0)
 * customer.notes; // [] (the API's "")
 */
export function normalizeProjectCustomer(
  customer: ProjectCustomer | Unset<ProjectCustomer>,
): NormalizedProjectCustomer {
  const note = text(customer.note);
  return {
    id: customer.customerID,
    uid: textOrNull(customer.uid),
    firstName: text(customer.firstName),
    lastName: text(customer.surname),
    email: text(customer.email),
    phones: nonEmpty([text(customer.phone1), text(customer.phone2)]),
    gstRegistered: customer.gstRegistered === 1,
    companyName: text(customer.companyName),
    companyPhone: text(customer.companyPhone),
    abn: textOrNull(customer.customerabn),
    siteAddress: text(customer.siteAddress),
    notes: note.trim() === '' ? [] : [{ datetime: null, text: note }],
    contactTime: textOrNull(customer.contactTime),
  };
}
