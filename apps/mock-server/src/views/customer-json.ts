import type { StoredCustomer, StoredProject, User, World } from '../world/types.js';
import { datePart, GST_STATUS, STATUS_NAMES, TYPE_TITLES } from './vocabulary.js';

// Text JSON.stringify would write as it is: no quote, backslash, control character or surrogate.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what JSON escapes.
const PLAIN = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

/** A JSON string literal, byte for byte what JSON.stringify writes. */
function text(value: string): string {
  return PLAIN.test(value) ? `"${value}"` : JSON.stringify(value);
}

function projectJson(project: StoredProject): string {
  const a = project.siteAddress;
  return `{"project_id":"${project.id}","project_title":${text(project.title)},"site_address":{"streetnum":${text(a.streetnum)},"street":${text(a.street)},"suburb":${text(a.suburb)},"state":${text(a.state)},"postcode":${text(a.postcode)},"country":${text(a.country)}},"solar_panel_quantity":"${project.panelQuantity}","solar_panel_type":${text(project.panelType)},"inverter_quantity":"${project.inverterQuantity}","inverter_type":${text(project.inverterType)},"system_size":${JSON.stringify(project.systemSizeKw)},"proposal_link":${text(project.proposalLink)}}`;
}

function ownerJson(owner: User): string {
  return `{"user_id":"${owner.id}","first_name":${text(owner.firstName)},"last_name":${text(owner.lastName)},"phone_number":${text(owner.phone)},"email":${text(owner.email)},"work_title":${text(owner.workTitle)},"username":${text(owner.username)}}`;
}

/**
 * `JSON.stringify(customerView(world, customer, { systemSize: 'number' }))` written straight from
 * the records, the same text in about half the time (no view objects, no generic walk): the
 * documented reading of a getallcustomers item, the one most pages render. Other readings render
 * through the view. A test compares the two over whole seeded worlds.
 */
export function customerJson(world: World, customer: StoredCustomer): string {
  const owner = world.user(customer.ownerUserId);
  if (!owner) throw new Error(`Customer ${customer.id} has an unknown owner ${customer.ownerUserId}`);
  let notes = '';
  for (const note of customer.notes) {
    notes += `${notes === '' ? '' : ','}{"datetime":${text(note.datetime)},"note":${text(note.note)}}`;
  }
  let projects = '';
  for (const project of world.projectsOfCustomer(customer.id)) {
    projects += `${projects === '' ? '' : ','}${projectJson(project)}`;
  }
  return `{"customer_id":"${customer.id}","gst_status":${text(GST_STATUS[customer.gstRegistered])},"customer_first_name":${text(customer.firstName)},"customer_last_name":${text(customer.surname)},"customer_phone_1":${text(customer.phone1)},"customer_phone_2":${text(customer.phone2)},"customer_email":${text(customer.email)},"customer_type":${text(TYPE_TITLES[customer.typeId])},"company_name":${text(customer.companyName)},"company_phone":${text(customer.companyPhone)},"owner_user_info":${ownerJson(owner)},"creation_date":${text(datePart(customer.createdAt))},"customer_notes":[${notes}],"customer_status":${text(STATUS_NAMES[customer.statusId])},"projects":[${projects}]}`;
}
