import type { Customer, CustomerTypeInput } from '@solarproof/schemas';
import type { SiteAddress, StatusId, TypeId } from '../world/types.js';

/** `customer_status` names of the status ids (I-3). */
export const STATUS_NAMES: Readonly<Record<StatusId, string>> = {
  0: 'No Status Set',
  1: 'New Contacts',
  2: 'Signed',
  3: 'Mega Status',
};

/** `customer_type` of the GET output, title case (I-2). */
export const TYPE_TITLES: Readonly<Record<TypeId, Customer['customer_type']>> = {
  1: 'Residential',
  2: 'Commercial',
  3: 'Large-Scale',
};

/** The upper-case type of request inputs and the v1 webhook (I-2). */
export const TYPE_INPUTS: Readonly<Record<TypeId, CustomerTypeInput>> = {
  1: 'RESIDENTIAL',
  2: 'COMMERCIAL',
  3: 'LARGE-SCALE',
};

/** `gst_status` text of the 0/1 flag (I-15). */
export const GST_STATUS: Readonly<Record<0 | 1, Customer['gst_status']>> = {
  0: 'Not GST Registered',
  1: 'GST Registered',
};

/**
 * An address as one line, getcustomerofproject's form (`132 Mono Drive, Brisbane, QLD, 4321`).
 *
 * @example
 * addressLine({ streetnum: '45', street: 'Thuringowa Drive', suburb: 'Kirwan', state: 'QLD', postcode: '4817', country: 'Australia' });
 * // '45 Thuringowa Drive, Kirwan, QLD, 4817'
 */
export function addressLine(address: SiteAddress | null): string {
  if (!address) return '';
  return `${address.streetnum} ${address.street}, ${address.suburb}, ${address.state}, ${address.postcode}`;
}

/** The date part, `YYYY-MM-DD`, of a stored ISO instant. */
export function datePart(isoInstant: string): string {
  return isoInstant.slice(0, 10);
}
