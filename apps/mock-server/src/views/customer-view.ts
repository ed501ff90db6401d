import { type Customer, type CustomerProject, toOwnerUserInfo } from '@solarproof/schemas';
import type { StoredCustomer, StoredProject, World } from '../world/types.js';
import { datePart, GST_STATUS, STATUS_NAMES, TYPE_TITLES } from './vocabulary.js';

/** How `system_size` is written: getallcustomers sends a number, the by-email actions `"17.92kW"` (I-4). */
export interface CustomerViewOptions {
  readonly systemSize: 'number' | 'kW';
}

// Plain object literals, no spread: a page renders 50 of these, and spreading costs more than the rest.
function projectView(project: StoredProject, systemSize: CustomerViewOptions['systemSize']): CustomerProject {
  const address = project.siteAddress;
  const siteAddress = {
    streetnum: address.streetnum,
    street: address.street,
    suburb: address.suburb,
    state: address.state,
    postcode: address.postcode,
    country: address.country,
  };
  // Each documented example has its own key order (inverter fields swap places); follow each.
  if (systemSize === 'number') {
    return {
      project_id: String(project.id),
      project_title: project.title,
      site_address: siteAddress,
      solar_panel_quantity: String(project.panelQuantity),
      solar_panel_type: project.panelType,
      inverter_quantity: String(project.inverterQuantity),
      inverter_type: project.inverterType,
      system_size: project.systemSizeKw,
      proposal_link: project.proposalLink,
    };
  }
  return {
    project_id: String(project.id),
    project_title: project.title,
    site_address: siteAddress,
    solar_panel_quantity: String(project.panelQuantity),
    solar_panel_type: project.panelType,
    inverter_type: project.inverterType,
    inverter_quantity: String(project.inverterQuantity),
    system_size: `${project.systemSizeKw}kW`,
    proposal_link: project.proposalLink,
  };
}

/**
 * The rich customer object of getallcustomers, getcustomerByemail and getcustomerid, in the key order
 * of the documented examples: ids and counts as strings, names for type, status and GST.
 *
 * @example
 * customerView(world, world.customer(70001)!, { systemSize: 'kW' }).projects[0]?.system_size; // '6.6kW'
 */
export function customerView(world: World, customer: StoredCustomer, options: CustomerViewOptions): Customer {
  const owner = world.user(customer.ownerUserId);
  if (!owner) throw new Error(`Customer ${customer.id} has an unknown owner ${customer.ownerUserId}`);
  return {
    customer_id: String(customer.id),
    gst_status: GST_STATUS[customer.gstRegistered],
    customer_first_name: customer.firstName,
    customer_last_name: customer.surname,
    customer_phone_1: customer.phone1,
    customer_phone_2: customer.phone2,
    customer_email: customer.email,
    customer_type: TYPE_TITLES[customer.typeId],
    company_name: customer.companyName,
    company_phone: customer.companyPhone,
    owner_user_info: toOwnerUserInfo(owner),
    creation_date: datePart(customer.createdAt),
    customer_notes: customer.notes.map((note) => ({ datetime: note.datetime, note: note.note })),
    customer_status: STATUS_NAMES[customer.statusId],
    projects: world
      .projectsOfCustomer(customer.id)
      .map((project) => projectView(project, options.systemSize)),
  };
}
