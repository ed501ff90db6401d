import type { CustomerObject } from '@solarproof/schemas';
import type { SiteAddress, StoredCustomer } from '../world/types.js';
import { datePart } from './vocabulary.js';

/** The Customer Object's address form, `123 Main Street, Sydney NSW 2000`. */
function siteAddressText(address: SiteAddress | null): string {
  if (!address) return '';
  return `${address.streetnum} ${address.street}, ${address.suburb} ${address.state} ${address.postcode}`;
}

/**
 * "The Customer Object" of the docs, in database-style keys: the stored record itself, as the docs
 * name it (no action returns it, I-18). Fields the record may lack (ABN, address, contact times)
 * become '' or all-zero flags, as the schema has no nulls.
 *
 * @example
 * customerObjectView(customer).fkcustomertypeid; // 1
 */
export function customerObjectView(customer: StoredCustomer): CustomerObject {
  const times = customer.bestContactTimes;
  return {
    pkcustomerid: customer.id,
    customerfirstname: customer.firstName,
    customersurname: customer.surname,
    customeremail: customer.email,
    customerphone1: customer.phone1,
    customerphone2: customer.phone2,
    customercompanyname: customer.companyName,
    customercompanyphone: customer.companyPhone,
    customerabn: customer.abn ?? '',
    fkcustomerstatusid: customer.statusId,
    fkcustomertypeid: customer.typeId,
    customergstregistered: customer.gstRegistered,
    created_at: datePart(customer.createdAt),
    customer_site_address: siteAddressText(customer.siteAddress),
    best_contact_times: times
      ? {
          mornings: times.mornings,
          middays: times.middays,
          afternoons: times.afternoons,
          evenings: times.evenings,
        }
      : { mornings: 0, middays: 0, afternoons: 0, evenings: 0 },
  };
}
