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

/** Each company's customers as last searched, with their texts at the same indexes. */
const indexes = new WeakMap<World, Map<number, { records: StoredCustomer[]; texts: string[] }>>();

/**
 * The company's search texts in one array (a plain array scan is several times faster than a
 * WeakMap get per record). Records are frozen and replaced on change, so comparing identities
 * finds what changed since the last search; only those texts are made again.
 */
function searchTexts(world: World, companyId: number, all: readonly StoredCustomer[]): string[] {
  let byCompany = indexes.get(world);
  if (!byCompany) {
    byCompany = new Map();
    indexes.set(world, byCompany);
  }
  const known = byCompany.get(companyId) ?? { records: [], texts: [] };
  const { records, texts } = known;
  for (let i = 0; i < all.length; i += 1) {
    const record = all[i]!;
    if (records[i] !== record) {
      records[i] = record;
      texts[i] = textOf(record);
    }
  }
  records.length = all.length;
  texts.length = all.length;
  byCompany.set(companyId, known);
  return texts;
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
