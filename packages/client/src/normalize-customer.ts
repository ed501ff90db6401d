import {
  type Customer,
  type CustomerNote,
  type CustomerProject,
  customerTypeToInput,
  fromOwnerUserInfo,
} from '@solarproof/schemas';
import { nonEmpty } from './non-empty.js';
import type { NormalizedCustomer, NormalizedNote, NormalizedProject } from './normalized-types.js';
import { systemSizeKw } from './system-size-kw.js';
import { text, textOrNull, type Unset } from './unset.js';

/**
 * The customer object of getallcustomers, getcustomerByemail and getcustomerid in one vocabulary:
 * numeric ids, the upper-case type, a boolean GST flag, system sizes in kW whichever form came
 * (I-4), notes always an array (`""` or `null` becomes `[]`, I-5), unset texts `""` whether the API
 * sent `""` or `null`. The same shape under every documented reading. Pure: it makes no request.
 *
 * @example
 * const customer = normalizeCustomer(await client.getCustomerByEmail('will@example.com'));
 * customer.id; // 71553
 * customer.type; // 'RESIDENTIAL'
 * customer.gstRegistered; // false
 * customer.projects[0]?.systemSizeKw; // 17.92 (the API sent "17.92kW")
 */
export function normalizeCustomer(customer: Customer | Unset<Customer>): NormalizedCustomer {
  const notes = customer.customer_notes;
  return {
    id: Number(customer.customer_id),
    firstName: text(customer.customer_first_name),
    lastName: text(customer.customer_last_name),
    email: text(customer.customer_email),
    phones: nonEmpty([text(customer.customer_phone_1), text(customer.customer_phone_2)]),
    type: customerTypeToInput(customer.customer_type as Customer['customer_type']),
    gstRegistered: customer.gst_status === 'GST Registered',
    companyName: text(customer.company_name),
    companyPhone: text(customer.company_phone),
    createdOn: text(customer.creation_date).slice(0, 10),
    notes: Array.isArray(notes) ? notes.map(normalizeNote) : [],
    status: text(customer.customer_status),
    // The owner mapping is the schemas' (one table for the mock's view and this normaliser).
    owner: fromOwnerUserInfo(customer.owner_user_info, (value) => text(value as string | null)),
    projects: (customer.projects ?? []).map(normalizeProject),
  };
}

function normalizeNote(note: CustomerNote | Unset<CustomerNote>): NormalizedNote {
  return { datetime: textOrNull(note.datetime), text: text(note.note) };
}

function normalizeProject(project: CustomerProject | Unset<CustomerProject>): NormalizedProject {
  return {
    id: Number(project.project_id),
    title: text(project.project_title),
    siteAddress: {
      streetnum: text(project.site_address.streetnum),
      street: text(project.site_address.street),
      suburb: text(project.site_address.suburb),
      state: text(project.site_address.state),
      postcode: text(project.site_address.postcode),
      country: text(project.site_address.country),
    },
    panelQuantity: count(project.solar_panel_quantity),
    panelType: text(project.solar_panel_type),
    inverterQuantity: count(project.inverter_quantity),
    inverterType: text(project.inverter_type),
    systemSizeKw: systemSizeKw(project.system_size),
    proposalLink: textOrNull(project.proposal_link),
  };
}

/** A quantity sent as text: a number when it is digits, `null` when it is not (rather than `NaN`). */
function count(value: string | null): number | null {
  return value !== null && /^\s*[0-9]+\s*$/.test(value) ? Number(value) : null;
}
