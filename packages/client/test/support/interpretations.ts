import type { Customer, ProjectCustomer } from '@solarproof/schemas';
import { loadExample } from './fixtures.js';

/**
 * Stand-ins for the readings of the docs that issue #9 lists, built from the documented examples:
 * what a fake (or the live API) would send under each. Used before the mock's own switches exist.
 */

/** The documented getallcustomers customer, with its project and notes, and an empty company. */
export function documentedCustomer(): Customer {
  const [customer] = loadExample('getallcustomers-response.json') as Customer[];
  return structuredClone(customer as Customer);
}

/** The documented getcustomerofproject customer (uid, ABN and contact time `null`). */
export function documentedProjectCustomer(): ProjectCustomer {
  return structuredClone(
    (loadExample('getcustomerofproject-response.json') as { Customer: ProjectCustomer }).Customer,
  );
}

/** Every `""` text becomes `null`: the unset-as-null reading (a PHP backend reading NULL columns). */
export function unsetAsNull<T>(value: T): T {
  if (value === '') return null as T;
  if (Array.isArray(value)) return value.map(unsetAsNull) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, unsetAsNull(item)])) as T;
  }
  return value;
}

/** Every `null` a nullable field holds becomes `""`: the unset-as-empty reading. */
export function unsetAsEmpty<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, item ?? ''])) as T;
}

/** Every project's `system_size` in one form: a number, or a `"NN.NNkW"` string. */
export function systemSizeAs(customer: Customer, form: 'number' | 'kw'): Customer {
  return {
    ...customer,
    projects: customer.projects.map((project) => {
      const kw =
        typeof project.system_size === 'number'
          ? project.system_size
          : Number.parseFloat(project.system_size);
      return { ...project, system_size: form === 'number' ? kw : `${kw.toFixed(2)}kW` };
    }),
  };
}
