import type { Customer } from '@solarproof/schemas';
import { isSolarProofApiError } from './errors/solar-proof-api-error.js';

/** Customers on a full page of getallcustomers. */
export const PAGE_SIZE = 50;

/** Fetches one page; `createClient` passes `listCustomers`. */
export type PageFetcher = (page: number) => Promise<Customer[]>;

/**
 * Every customer from `startPage` on, page by page. It stops without another request on an empty
 * page, on a short page (fewer than 50: the last one) and on `NO_CUSTOMERS_FOUND` (the spec's answer
 * for a page past the end, decision I-7).
 *
 * @example
 * for await (const customer of iterateCustomerPages((page) => client.listCustomers({ page }))) {
 *   console.log(customer.customer_email);
 * }
 */
export async function* iterateCustomerPages(fetchPage: PageFetcher, startPage = 1): AsyncGenerator<Customer> {
  for (let page = startPage; ; page += 1) {
    let customers: Customer[];
    try {
      customers = await fetchPage(page);
    } catch (error) {
      if (isSolarProofApiError(error, 'getallcustomers') && error.code === 'NO_CUSTOMERS_FOUND') return;
      throw error;
    }
    yield* customers;
    if (customers.length < PAGE_SIZE) return;
  }
}
