import { apiError } from '../core/error-response.js';
import { jsonArrayBytes } from '../core/json-array-bytes.js';
import { jsonTextResponse } from '../core/json-response.js';
import type { PageCache } from '../core/page-cache.js';
import { answerAtRevision } from '../core/revision-memo.js';
import { DOCUMENTED, type Interpretation } from '../interpretations/resolve-interpretation.js';
import { customerJson } from '../views/customer-json.js';
import { customerView } from '../views/customer-view.js';
import type { StoredCustomer, World } from '../world/types.js';
import type { ActionHandler } from './action-context.js';

/** The documented page size. */
export const CUSTOMERS_PER_PAGE = 50;

/**
 * `getallcustomers`, answered again without comparing the page's records while the world has not
 * changed at all (its revision), since the same request then answers the same page.
 */
export const getAllCustomers: ActionHandler<'getallcustomers'> = (context) => {
  const key = `getallcustomers:${context.company.id}:${context.query.page}:${context.interpretation.label}`;
  return answerAtRevision(context.cache, context.world.revision(), key, () => cachedPage(context));
};

/**
 * `getallcustomers`: one page of the company's customers in creation order. A page past the end
 * answers NO_CUSTOMERS_FOUND by default, or `[]` (interpretation I-7).
 *
 * A page is cached with what it shows: its customer records and their project lists (by identity,
 * as both are replaced on change), or the customer count for a page past the end. A write thus
 * renders again only the page holding what it changed (a creation: the last page; a deletion: the
 * pages after it), and each customer's JSON is kept, so that page re-renders one customer and
 * copies the others' bytes.
 */
const cachedPage: ActionHandler<'getallcustomers'> = (context) => {
  const { world, company, query, cache, interpretation } = context;
  const { page } = query; // the spec's default (1) is applied by the query schema
  const customers = world.customersPage(company.id, page, CUSTOMERS_PER_PAGE);
  const deps: unknown[] = customers.length === 0 ? [world.customerCount(company.id)] : [];
  for (const customer of customers) deps.push(customer, world.projectsOfCustomer(customer.id));
  const key = `getallcustomers:${company.id}:${page}:${interpretation.label}`;
  return cache.getOrRender(key, deps, (previous) => {
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
    const items = customers.map((customer) => pageJson(world, cache, customer, interpretation));
    // deps holds each item's customer and project list, in page order: the items' keys.
    return jsonArrayBytes(deps, items, previous);
  });
};

/**
 * One item's JSON text, kept per view and reading of the docs (its label is the variant). The
 * documented reading is written straight from the records (`customerJson`, tested equal to the
 * view); any other goes through the view with its switches.
 */
function pageJson(
  world: World,
  cache: PageCache,
  customer: StoredCustomer,
  interpretation: Interpretation,
): string {
  const projects = world.projectsOfCustomer(customer.id);
  const owner = world.user(customer.ownerUserId);
  const { switches } = interpretation;
  return cache.recordJson('getallcustomers', interpretation.label, customer, [projects, owner], () =>
    isDocumented(interpretation)
      ? customerJson(world, customer)
      : JSON.stringify(customerView(world, customer, { systemSize: 'number', switches })),
  );
}

const documented = new WeakMap<Interpretation, boolean>();

/** Whether every switch has its documented value (whatever the profile is called). */
function isDocumented(interpretation: Interpretation): boolean {
  let known = documented.get(interpretation);
  if (known === undefined) {
    const values = interpretation.switches as unknown as Record<string, unknown>;
    const defaults = DOCUMENTED.switches as unknown as Record<string, unknown>;
    known = Object.keys({ ...values, ...defaults }).every((id) => values[id] === defaults[id]);
    documented.set(interpretation, known);
  }
  return known;
}
