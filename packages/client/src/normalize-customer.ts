import {
  type Customer,
  type CustomerProject,
  customerTypeToInput,
  fromOwnerUserInfo,
  parseSystemSizeKw,
} from '@solarproof/schemas';
import { nonEmpty } from './non-empty.js';
import type { NormalizedCustomer, NormalizedProject } from './normalized-types.js';

/**
 * The customer object of getallcustomers, getcustomerByemail and getcustomerid in one vocabulary:
 * numeric ids, the upper-case type, a boolean GST flag, system sizes in kW whichever form came
 * (I-4), notes always an array (`""` becomes `[]`, I-5). Pure: it makes no request.
 *
 * @example
 * const customer = normalizeCustomer(await client.getCustomerByEmail('will@example.com'));
 * customer.id; // 71553
 * customer.type; // 'RESIDENTIAL'
 * customer.gstRegistered; // false
 * customer.projects[0]?.systemSizeKw; // 17.92 (the API sent "17.92kW")
 */
export function normalizeCustomer(customer: Customer): NormalizedCustomer {
  return {
    id: Number(customer.customer_id),
    firstName: customer.customer_first_name,
    lastName: customer.customer_last_name,
    email: customer.customer_email,
    phones: nonEmpty([customer.customer_phone_1, customer.customer_phone_2]),
    type: customerTypeToInput(customer.customer_type),
    gstRegistered: customer.gst_status === 'GST Registered',
    companyName: customer.company_name,
    companyPhone: customer.company_phone,
    createdOn: customer.creation_date.slice(0, 10),
    notes:
      customer.customer_notes === ''
        ? []
        : customer.customer_notes.map((note) => ({ datetime: note.datetime, text: note.note })),
    status: customer.customer_status,
    owner: fromOwnerUserInfo(customer.owner_user_info),
    projects: customer.projects.map(normalizeProject),
  };
}

function normalizeProject(project: CustomerProject): NormalizedProject {
  return {
    id: Number(project.project_id),
    title: project.project_title,
    siteAddress: project.site_address,
    panelQuantity: count(project.solar_panel_quantity),
    panelType: project.solar_panel_type,
    inverterQuantity: count(project.inverter_quantity),
    inverterType: project.inverter_type,
    systemSizeKw: parseSystemSizeKw(project.system_size),
    proposalLink: project.proposal_link === '' ? null : project.proposal_link,
  };
}

/** A quantity sent as text: a number when it is digits, `null` when it is not (rather than `NaN`). */
function count(text: string): number | null {
  return /^\s*[0-9]+\s*$/.test(text) ? Number(text) : null;
}
