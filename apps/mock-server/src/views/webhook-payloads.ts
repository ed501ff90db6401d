import type { CustomerCreatedV1, CustomerCreatedV2, CustomerStatusChange } from '@solarproof/schemas';
import { isoSeconds } from '../world/format-time.js';
import type { SiteAddress, StatusId, StoredCustomer, User, World } from '../world/types.js';
import { TYPE_INPUTS } from './vocabulary.js';

/** Payload versions: v1 the older events page (objects), v2 the newer one (arrays but for customer_created). */
export type WebhookVersion = 'v1' | 'v2';

function ownerOf(world: World, customer: StoredCustomer): User {
  const owner = world.user(customer.ownerUserId);
  if (!owner) throw new Error(`Customer ${customer.id} has an unknown owner ${customer.ownerUserId}`);
  return owner;
}

/** The v2 example's address form, `45 Thuringowa Dr, Kirwan QLD 4817, Australia`. */
function addressText(address: SiteAddress | null): string {
  if (!address) return '';
  const { streetnum, street, suburb, state, postcode, country } = address;
  return `${streetnum} ${street}, ${suburb} ${state} ${postcode}, ${country}`;
}

const fullName = (customer: StoredCustomer): string => `${customer.firstName} ${customer.surname}`;

/**
 * The body of a `customer_created` webhook. v1 has the older page's database-style keys; v2 the
 * newer page's fuller object (one object in both: the newer page's exception to its array rule).
 *
 * @example
 * customerCreatedPayload(world, customer, 'v1'); // { pkcustomerid: 70131, fkuserid: 11, ... }
 */
export function customerCreatedPayload(
  world: World,
  customer: StoredCustomer,
  version: 'v1',
): CustomerCreatedV1;
export function customerCreatedPayload(
  world: World,
  customer: StoredCustomer,
  version: 'v2',
): CustomerCreatedV2;
export function customerCreatedPayload(
  world: World,
  customer: StoredCustomer,
  version: WebhookVersion,
): CustomerCreatedV1 | CustomerCreatedV2;
export function customerCreatedPayload(
  world: World,
  customer: StoredCustomer,
  version: WebhookVersion,
): CustomerCreatedV1 | CustomerCreatedV2 {
  const owner = ownerOf(world, customer);
  if (version === 'v1') {
    return {
      pkcustomerid: customer.id,
      fkuserid: owner.id,
      customer_email: customer.email,
      customer_name: fullName(customer),
      customer_type: TYPE_INPUTS[customer.typeId],
      customer_status: customer.statusId,
    };
  }
  return {
    customer_id: customer.id,
    customer_uid: customer.uid ?? '', // a seeded customer may have none; events come from API-created ones
    first_name: customer.firstName,
    surname: customer.surname,
    customer_name: fullName(customer),
    phone_primary: customer.phone1,
    phone_secondary: customer.phone2,
    customer_email: customer.email,
    company_name: customer.companyName,
    company_phone: customer.companyPhone,
    abn: customer.abn ?? '',
    gst_registered: customer.gstRegistered,
    customer_type_id: customer.typeId,
    customer_status_id: customer.statusId,
    site_address: addressText(customer.siteAddress),
    customer_created_at: isoSeconds(customer.createdAt),
    // The v2 page sends notes as one string; the latest note is the one a new customer could have.
    customer_notes: customer.notes.at(-1)?.note ?? '',
    assigned_user_id: owner.id,
    assigned_user_name: `${owner.firstName} ${owner.lastName}`,
    assigned_user_email: owner.email,
    company_name_full: world.company(customer.companyId)?.name ?? '',
  };
}

/**
 * The body of a `customer_status_change` webhook: one object in v1, an array of one in v2 (I-10).
 *
 * @example
 * customerStatusChangePayload(world, customer, 0, 2, 'v2'); // [{ pkcustomerid, ..., old_status: 0, new_status: 2 }]
 */
export function customerStatusChangePayload(
  world: World,
  customer: StoredCustomer,
  oldStatus: StatusId,
  newStatus: StatusId,
  version: 'v1',
): CustomerStatusChange;
export function customerStatusChangePayload(
  world: World,
  customer: StoredCustomer,
  oldStatus: StatusId,
  newStatus: StatusId,
  version: 'v2',
): CustomerStatusChange[];
export function customerStatusChangePayload(
  world: World,
  customer: StoredCustomer,
  oldStatus: StatusId,
  newStatus: StatusId,
  version: WebhookVersion,
): CustomerStatusChange | CustomerStatusChange[];
export function customerStatusChangePayload(
  world: World,
  customer: StoredCustomer,
  oldStatus: StatusId,
  newStatus: StatusId,
  version: WebhookVersion,
): CustomerStatusChange | CustomerStatusChange[] {
  const change: CustomerStatusChange = {
    pkcustomerid: customer.id,
    fkuserid: ownerOf(world, customer).id,
    customer_email: customer.email,
    customer_name: fullName(customer),
    old_status: oldStatus,
    new_status: newStatus,
  };
  return version === 'v1' ? change : [change];
}
