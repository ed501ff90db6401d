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

const searchText = (customer: StoredCustomer): string =>
  `${customer.id} ${customer.firstName} ${customer.surname} ${customer.email} ${customer.phone1} ${customer.companyName}`.toLowerCase();

/**
 * Each stored customer's search text. Stored records are frozen and replaced on every change, so
 * a record's text never goes stale: after a write only the changed customer is read again.
 */
const recordTexts = new WeakMap<StoredCustomer, string>();

function textOf(customer: StoredCustomer): string {
  let text = recordTexts.get(customer);
  if (text === undefined) {
    text = searchText(customer);
    recordTexts.set(customer, text);
  }
  return text;
}

/** Each company's search texts, aligned with its customers, until its data version moves. */
const indexes = new WeakMap<World, Map<number, { version: number; texts: string[] }>>();

/**
 * The company's search texts in one array (a plain array scan is several times faster than a
 * WeakMap per record), rebuilt when its data version moves from the per-record texts.
 */
function searchTexts(world: World, companyId: number, all: readonly StoredCustomer[]): string[] {
  let byCompany = indexes.get(world);
  if (!byCompany) {
    byCompany = new Map();
    indexes.set(world, byCompany);
  }
  const version = world.companyVersion(companyId);
  const known = byCompany.get(companyId);
  if (known && known.version === version && known.texts.length === all.length) return known.texts;
  const built = all.map(textOf);
  byCompany.set(companyId, { version, texts: built });
  return built;
}

/**
 * One page of a company's customers, newest first (a customer just created tops page 1), narrowed
 * by `q`: one pass over the company's search texts (kept per stored record), never the whole world sent.
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
    const texts = searchTexts(world, companyId, all);
    for (let i = all.length - 1; i >= 0; i -= 1) {
      const text = texts[i]!;
      if (!words.every((word) => text.includes(word))) continue;
      if (total >= from && hits.length < perPage) hits.push(all[i]!);
      total += 1;
    }
  }
  return { total, page, perPage, customers: hits.map((customer) => customerSummary(world, customer)) };
}
