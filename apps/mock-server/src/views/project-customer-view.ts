import type { ProjectCustomer } from '@solarproof/schemas';
import { DOCUMENTED } from '../interpretations/resolve-interpretation.js';
import type { SwitchValues } from '../interpretations/switch-catalogue.js';
import type { BestContactTimes, StoredCustomer, StoredProject, World } from '../world/types.js';
import { type WithUnset, writeUnset } from './unset-fields.js';
import { addressLine } from './vocabulary.js';

const CONTACT_TIMES: readonly [keyof BestContactTimes, string][] = [
  ['mornings', 'Mornings'],
  ['middays', 'Middays'],
  ['afternoons', 'Afternoons'],
  ['evenings', 'Evenings'],
];

/**
 * `contactTime`: the chosen times as text (`Mornings, Evenings`), or null when none were given
 * (the documented example has null).
 */
function contactTime(times: BestContactTimes | null): string | null {
  if (!times) return null;
  const chosen = CONTACT_TIMES.filter(([key]) => times[key] === 1).map(([, name]) => name);
  return chosen.length > 0 ? chosen.join(', ') : null;
}

/**
 * The `Customer` of getcustomerofproject, in its camelCase vocabulary: the site address is the
 * project's, as one line, and `note` the latest note (the object has room for one).
 *
 * @example
 * projectCustomerView(world, customer, project).siteAddress; // '132 Mono Drive, Brisbane, QLD, 4321'
 */
export function projectCustomerView(
  _world: World,
  customer: StoredCustomer,
  project: StoredProject,
  switches: SwitchValues = DOCUMENTED.switches,
): WithUnset<ProjectCustomer> {
  const view: ProjectCustomer = {
    customerID: customer.id,
    uid: customer.uid,
    gstRegistered: customer.gstRegistered,
    firstName: customer.firstName,
    surname: customer.surname,
    phone1: customer.phone1,
    phone2: customer.phone2,
    email: customer.email,
    companyName: customer.companyName,
    companyPhone: customer.companyPhone,
    customerabn: customer.abn,
    siteAddress: addressLine(project.siteAddress),
    note: customer.notes.at(-1)?.note ?? '',
    contactTime: contactTime(customer.bestContactTimes),
  };
  return writeUnset(view, switches['U-2']);
}
