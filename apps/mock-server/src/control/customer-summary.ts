import { STATUS_NAMES, TYPE_TITLES } from '../views/vocabulary.js';
import type { StoredCustomer, World } from '../world/types.js';

/** One row of the dashboard's customer table. */
export interface CustomerSummary {
  id: number;
  uid: string | null;
  companyId: number;
  name: string;
  email: string;
  phone: string;
  companyName: string;
  status: number;
  statusName: string;
  type: string;
  createdAt: string;
  projects: number;
  notes: number;
}

/** A stored customer as a table row: what a person scans for, no views. */
export function customerSummary(world: World, customer: StoredCustomer): CustomerSummary {
  return {
    id: customer.id,
    uid: customer.uid,
    companyId: customer.companyId,
    name: `${customer.firstName} ${customer.surname}`,
    email: customer.email,
    phone: customer.phone1,
    companyName: customer.companyName,
    status: customer.statusId,
    statusName: STATUS_NAMES[customer.statusId],
    type: TYPE_TITLES[customer.typeId],
    createdAt: customer.createdAt,
    projects: world.projectsOfCustomer(customer.id).length,
    notes: customer.notes.length,
  };
}
