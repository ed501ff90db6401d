import { apiError } from '../core/error-response.js';
import { jsonTextResponse } from '../core/json-response.js';
import type { Interpretation } from '../interpretations/resolve-interpretation.js';
import { type CustomerJsonForm, customerJsonForm, writeCustomerJson } from '../views/customer-json.js';
import type { StoredCustomer } from '../world/types.js';
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
 * pages after it). Each customer's JSON bytes are kept (`cache.items`, per form of the object), so
 * a page is rendered by writing only the customers never written or changed since, and copying
 * the others' bytes. (Owners are not in the deps: no operation changes a user.)
 */
export const getAllCustomers: ActionHandler<'getallcustomers'> = (context) => {
  const { world, company, query, cache, interpretation } = context;
  const { page } = query; // the spec's default (1) is applied by the query schema
  const key = pageKey(interpretation, company.id, page);
  // While the world has not changed at all, or only in customers this page does not show, the
  // same request answers the same page.
  const revision = world.revision();
  const unchanged = cache.unchangedSince(key, revision, (since, deps) =>
    showsNoneOf(world.customersTouchedSince(since), deps),
  );
  if (unchanged) return unchanged;
  const customers = world.customersPage(company.id, page, CUSTOMERS_PER_PAGE);
  const deps: unknown[] = customers.length === 0 ? [world.customerCount(company.id)] : [];
  for (const customer of customers) deps.push(customer, world.projectsOfCustomer(customer.id));
  return cache.getOrRender(
    key,
    deps,
    () => {
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
      const form = formOf(interpretation);
      const ids = customers.map((customer) => customer.id);
      // deps holds each item's customer and project list, in page order: what each item is written from.
      return cache.items.array(form.key, ids, deps, (out, index) =>
        writeCustomerJson(out, world, customers[index] as (typeof customers)[number], form),
      );
    },
    revision,
  );
};

/**
 * Whether a page rendered from `deps` shows none of the `touched` customers (undefined: changes
 * that could have moved any page). With the same customers in the company, the page holds the
 * same ones, in ascending id order: those from its first id to its last. An empty page stays
 * empty. A touched id of another company in that range only costs the full check.
 */
function showsNoneOf(touched: readonly number[] | undefined, deps: readonly unknown[]): boolean {
  if (touched === undefined) return false;
  if (deps.length < 2) return true;
  const first = (deps[0] as StoredCustomer).id;
  const last = (deps[deps.length - 2] as StoredCustomer).id;
  for (const id of touched) if (id >= first && id <= last) return false;
  return true;
}

/** reading → company id → page → its cache key, so a request builds no key string. */
const keys = new WeakMap<Interpretation, Map<number, string[]>>();

/** The page cache's key of a page under a reading, made once. */
function pageKey(interpretation: Interpretation, companyId: number, page: number): string {
  let ofReading = keys.get(interpretation);
  if (!ofReading) {
    ofReading = new Map();
    keys.set(interpretation, ofReading);
  }
  let ofCompany = ofReading.get(companyId);
  if (!ofCompany) {
    ofCompany = [];
    ofReading.set(companyId, ofCompany);
  }
  // Pages far past the end (a caller's typo) are not kept: a key string is cheap to build.
  if (page > 100_000) return `getallcustomers:${companyId}:${page}:${interpretation.label}`;
  let key = ofCompany[page];
  if (key === undefined) {
    key = `getallcustomers:${companyId}:${page}:${interpretation.label}`;
    ofCompany[page] = key;
  }
  return key;
}

const forms = new WeakMap<Interpretation, CustomerJsonForm>();

/** The item's form under this reading, worked out once per reading. */
function formOf(interpretation: Interpretation): CustomerJsonForm {
  let form = forms.get(interpretation);
  if (!form) {
    form = customerJsonForm('number', interpretation.switches);
    forms.set(interpretation, form);
  }
  return form;
}
