import { apiError } from '../core/error-response.js';
import { jsonArrayBytes, jsonBytesResponse, jsonTextResponse, utf8 } from '../core/json-response.js';
import type { PageCache } from '../core/page-cache.js';
import type { Interpretation } from '../interpretations/resolve-interpretation.js';
import { customerView } from '../views/customer-view.js';
import type { StoredCustomer, World } from '../world/types.js';
import type { ActionHandler } from './action-context.js';

/** The documented page size. */
export const CUSTOMERS_PER_PAGE = 50;

/**
 * `getallcustomers`: one page of the company's customers in creation order. A page past the end
 * answers NO_CUSTOMERS_FOUND by default, or `[]` (interpretation I-7).
 *
 * A page is cached with what it shows: its customer records and their project lists (by identity,
 * as both are replaced on change), or the customer count for a page past the end. A write thus
 * renders again only the page holding what it changed (a creation: the last page; a deletion: the
 * pages after it), and each customer's JSON is kept, so that page re-renders one customer.
 */
export const getAllCustomers: ActionHandler<'getallcustomers'> = (context) => {
  const { world, company, query, cache, interpretation } = context;
  const { page } = query; // the spec's default (1) is applied by the query schema
  const customers = world.customersPage(company.id, page, CUSTOMERS_PER_PAGE);
  const deps: unknown[] = customers.length === 0 ? [world.customerCount(company.id)] : [];
  for (const customer of customers) deps.push(customer, world.projectsOfCustomer(customer.id));
  return cache.getOrRender(`getallcustomers:${company.id}:${page}:${interpretation.label}`, deps, () => {
    if (customers.length === 0) {
      const total = world.customerCount(company.id);
      const end = interpretation.switches['I-7'];
      if (end === 'empty-array' || (end === 'empty-first-page' && total === 0 && page === 1)) {
        return jsonTextResponse(200, '[]');
      }
      const last = Math.ceil(total / CUSTOMERS_PER_PAGE);
      return apiError(
        'NO_CUSTOMERS_FOUND',
        total === 0
          ? 'No customers exist in this account'
          : `No customers found on page ${page}: the last page is ${last}`,
      );
    }
    return jsonBytesResponse(
      200,
      jsonArrayBytes(customers.map((customer) => pageJson(world, cache, customer, interpretation))),
    );
  });
};

function pageJson(
  world: World,
  cache: PageCache,
  customer: StoredCustomer,
  interpretation: Interpretation,
): Uint8Array {
  const projects = world.projectsOfCustomer(customer.id);
  const owner = world.user(customer.ownerUserId);
  const { switches } = interpretation;
  return cache.recordJson(`getallcustomers:${interpretation.label}`, customer, [projects, owner], () =>
    utf8(JSON.stringify(customerView(world, customer, { systemSize: 'number', switches }))),
  );
}
