import type { StoredCustomer, World } from '../world/types.js';
import { type CustomerSummary, customerSummary } from './customer-summary.js';

export interface CustomerSearch {
  /** Words that must all appear in the id, name, email, phone or company name (any case). */
  q?: string | undefined;
  /** 1-based. */
  page: number;
  perPage: number;
}

export interface CustomerSearchPage {
  total: number;
  page: number;
  perPage: number;
  customers: CustomerSummary[];
}

function matches(customer: StoredCustomer, words: readonly string[]): boolean {
  const text =
    `${customer.id} ${customer.firstName} ${customer.surname} ${customer.email} ${customer.phone1} ${customer.companyName}`.toLowerCase();
  return words.every((word) => text.includes(word));
}

/**
 * One page of a company's customers, newest first (a customer just created tops page 1), narrowed
 * by `q`: one pass over the company (a few ms at 100,000 customers), never the whole world sent.
 */
export function searchCustomers(world: World, companyId: number, search: CustomerSearch): CustomerSearchPage {
  const { page, perPage } = search;
  const words = (search.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const all = world.customersPage(companyId, 1, Number.MAX_SAFE_INTEGER);
  const from = (page - 1) * perPage;
  const hits: StoredCustomer[] = [];
  let total = 0;
  if (words.length === 0) {
    total = all.length;
    for (let i = all.length - 1 - from; i >= 0 && hits.length < perPage; i -= 1) hits.push(all[i]!);
  } else {
    for (let i = all.length - 1; i >= 0; i -= 1) {
      const customer = all[i]!;
      if (!matches(customer, words)) continue;
      if (total >= from && hits.length < perPage) hits.push(customer);
      total += 1;
    }
  }
  return { total, page, perPage, customers: hits.map((customer) => customerSummary(world, customer)) };
}
