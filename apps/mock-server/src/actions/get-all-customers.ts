import { apiError } from '../core/error-response.js';
import { jsonTextResponse } from '../core/json-response.js';
import type { Interpretation } from '../interpretations/resolve-interpretation.js';
import { type CustomerJsonForm, customerJsonForm, writeCustomerJson } from '../views/customer-json.js';
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
 * pages after it). Each customer's JSON bytes are kept (`cache.items`, per form of the object), so
 * a page is rendered by writing only the customers never written or changed since, and copying
 * the others' bytes. After a write, the world says which customers it touched: a page showing
 * none of them is answered as it is, and one showing some reads only theirs again. (Owners are
 * not in the deps: no operation changes a user.)
 */
export const getAllCustomers: ActionHandler<'getallcustomers'> = (context) => {
  const { world, company, query, cache, interpretation } = context;
  const { page } = query; // the spec's default (1) is applied by the query schema
  const key = pageKey(interpretation, company.id, page);
  // While the world has not changed at all, the same request answers the same page.
  const revision = world.revision();
  const unchanged = cache.unchangedSince(key, revision);
  if (unchanged) return unchanged;
  // Changed only in customers this page does not show, it is rendered from the very same deps.
  const deps = pageDeps(world, company.id, page, cache.lastChecked(key));
  return cache.getOrRender(
    key,
    deps,
    () => {
      if (deps.length < STRIDE) {
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
      const count = deps.length / STRIDE;
      const ids: number[] = new Array(count);
      for (let index = 0; index < count; index += 1) ids[index] = deps[index * STRIDE] as number;
      return cache.items.array(form.key, ids, deps, (out, index) =>
        writeCustomerJson(out, world, deps[index * STRIDE + 1] as StoredCustomer, form),
      );
    },
    revision,
  );
};

/** Values per customer in a page's deps: its id, its record, its project list. */
const STRIDE = 3;

/**
 * What a page is rendered from and cached by: `[id, customer, projects]` for each of its
 * customers in order, or `[count]` for a page past the end. After changes that touched only some
 * customers (the company's customers the same, so the page holds the same ones), the page's
 * previous deps: the very array when it shows none of them (an empty page stays empty), else a
 * copy with their records put in. The page's other records are not read again.
 */
function pageDeps(
  world: World,
  companyId: number,
  page: number,
  previous: { deps: readonly unknown[]; checkedAt: number } | undefined,
): readonly unknown[] {
  const touched = previous === undefined ? undefined : world.customersTouchedSince(previous.checkedAt);
  if (previous !== undefined && touched !== undefined) {
    if (previous.deps.length < STRIDE) return previous.deps;
    let copy: unknown[] | undefined; // made at the first touched customer the page shows
    let complete = true;
    for (const id of touched) {
      const at = indexOfId(previous.deps, id);
      if (at < 0) continue;
      const customer = world.customer(id);
      if (customer === undefined) {
        complete = false;
        break;
      }
      copy ??= previous.deps.slice();
      copy[at + 1] = customer;
      copy[at + 2] = world.projectsOfCustomer(id);
    }
    if (complete) return copy ?? previous.deps;
  }
  const customers = world.customersPage(companyId, page, CUSTOMERS_PER_PAGE);
  if (customers.length === 0) return [world.customerCount(companyId)];
  const deps: unknown[] = new Array(customers.length * STRIDE);
  for (let index = 0; index < customers.length; index += 1) {
    const customer = customers[index] as StoredCustomer;
    deps[index * STRIDE] = customer.id;
    deps[index * STRIDE + 1] = customer;
    deps[index * STRIDE + 2] = world.projectsOfCustomer(customer.id);
  }
  return deps;
}

/** Where customer `id` starts in a page's deps (ids ascend), or -1. */
function indexOfId(deps: readonly unknown[], id: number): number {
  let low = 0;
  let high = deps.length / STRIDE - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const midId = deps[mid * STRIDE] as number;
    if (midId === id) return mid * STRIDE;
    if (midId < id) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
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
