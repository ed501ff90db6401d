import { type Customer, type CustomerProject, toOwnerUserInfo } from '@solarproof/schemas';
import { DOCUMENTED } from '../interpretations/resolve-interpretation.js';
import type { SwitchValues } from '../interpretations/switch-catalogue.js';
import type { StoredCustomer, StoredProject, World } from '../world/types.js';
import { type WithUnset, writeUnset } from './unset-fields.js';
import { datePart, GST_STATUS, STATUS_NAMES, TYPE_TITLES } from './vocabulary.js';

export interface CustomerViewOptions {
  /**
   * The action's documented form (I-4): getallcustomers sends a number, the by-email actions
   * `"17.92kW"`; it also picks the example's key order. Switch I-4 may force one form everywhere.
   */
  readonly systemSize: 'number' | 'kW';
  /** The reading of the docs to answer by; default the documented one. */
  readonly switches?: SwitchValues;
}

type Form = CustomerViewOptions['systemSize'];

function sizeForm(documented: Form, chosen: SwitchValues['I-4']): Form {
  if (chosen === 'number') return 'number';
  if (chosen === 'kw-string') return 'kW';
  return documented;
}

// Plain object literals, no spread: a page renders 50 of these, and spreading costs more than the rest.
function projectView(project: StoredProject, order: Form, size: Form): CustomerProject {
  const systemSize = size === 'number' ? project.systemSizeKw : `${project.systemSizeKw}kW`;
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
  if (order === 'number') {
    return {
      project_id: String(project.id),
      project_title: project.title,
      site_address: siteAddress,
      solar_panel_quantity: String(project.panelQuantity),
      solar_panel_type: project.panelType,
      inverter_quantity: String(project.inverterQuantity),
      inverter_type: project.inverterType,
      system_size: systemSize,
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
    system_size: systemSize,
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
export function customerView(
  world: World,
  customer: StoredCustomer,
  options: CustomerViewOptions,
): WithUnset<Customer> {
  const owner = world.user(customer.ownerUserId);
  if (!owner) throw new Error(`Customer ${customer.id} has an unknown owner ${customer.ownerUserId}`);
  const switches = options.switches ?? DOCUMENTED.switches;
  const unset = switches['U-2'];
  const size = sizeForm(options.systemSize, switches['I-4']);
  const notes = customer.notes.map((note) => ({ datetime: note.datetime, note: note.note }));
  const view: Customer = {
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
    creation_date:
      switches['I-16'] === 'datetime' ? dateTime(customer.createdAt) : datePart(customer.createdAt),
    customer_notes: notes.length === 0 && switches['I-5'] === 'empty-string' ? '' : notes,
    customer_status: STATUS_NAMES[customer.statusId],
    projects: world
      .projectsOfCustomer(customer.id)
      .map((project) => projectView(project, options.systemSize, size)),
  };
  if (unset === 'as-documented') return view;
  return {
    ...writeUnset(view, unset),
    customer_notes: view.customer_notes,
    owner_user_info: writeUnset(view.owner_user_info, unset),
    projects: view.projects.map((project) => ({
      ...writeUnset(project, unset),
      site_address: writeUnset(project.site_address, unset),
    })),
  } as WithUnset<Customer>;
}

/** `YYYY-MM-DD HH:MM:SS` of a stored ISO instant, the legacy page's form (I-16). */
function dateTime(isoInstant: string): string {
  return `${isoInstant.slice(0, 10)} ${isoInstant.slice(11, 19)}`;
}
