import type { Customer } from '@solarproof/schemas';
import { isSolarProofApiError } from './errors/solar-proof-api-error.js';

/** Customers on a full page of getallcustomers. */
export const PAGE_SIZE = 50;

/** Fetches one page; `createClient` passes `listCustomers`. `signal` aborts a page fetched ahead. */
export type PageFetcher = (page: number, signal: AbortSignal) => Promise<Customer[]>;

/** How `iterateCustomerPages` walks. */
export interface PageWalk {
  /** The first page requested. Default 1. */
  startPage?: number | undefined;
  /**
   * Request the next page as soon as a full page arrives, while the loop consumes this one (one
   * page ahead, never more). A loop that ends early aborts the page fetched ahead. Default `true`;
   * `false` requests a page only when the loop asks for its first customer.
   */
  prefetch?: boolean | undefined;
  /** The caller's signal: aborting it aborts the page in flight and the one fetched ahead. */
  signal?: AbortSignal | undefined;
}

/**
 * Every customer from `startPage` on, page by page. It stops without another request on an empty
 * page, on a short page (fewer than 50: the last one) and on `NO_CUSTOMERS_FOUND` (the spec's answer
 * for a page past the end, decision I-7). With `prefetch` (the default), the page after a full one
 * is already on its way while the loop reads this one; a `break`, `return` or throw in the loop
 * aborts it and its outcome is dropped.
 *
 * @example
 * for await (const customer of iterateCustomerPages((page) => client.listCustomers({ page }))) {
 *   console.log(customer.customer_email);
 * }
 */
export async function* iterateCustomerPages(
  fetchPage: PageFetcher,
  walk: PageWalk = {},
): AsyncGenerator<Customer> {
  const prefetch = walk.prefetch ?? true;
  let ahead: { controller: AbortController; page: Promise<Customer[] | undefined> } | undefined;
  const caller = walk.signal;
  const request = (page: number) => {
    const controller = new AbortController();
    const onAbort = () => controller.abort(caller?.reason);
    if (caller?.aborted) onAbort();
    else caller?.addEventListener('abort', onAbort, { once: true });
    const pending = pageOrEnd(fetchPage, page, controller.signal);
    // Handled here so a page aborted (or failed) after the loop ended is no unhandled rejection.
    pending.then(
      () => caller?.removeEventListener('abort', onAbort),
      () => caller?.removeEventListener('abort', onAbort),
    );
    return { controller, page: pending };
  };
  try {
    for (let page = walk.startPage ?? 1; ; page += 1) {
      const current = ahead ?? request(page);
      ahead = undefined;
      const customers = await current.page;
      if (customers === undefined) return;
      const full = customers.length >= PAGE_SIZE;
      if (full && prefetch) ahead = request(page + 1);
      // A plain loop, not `yield*`: delegating to an array's iterator costs a generator step more per item.
      for (let index = 0; index < customers.length; index += 1) yield customers[index] as Customer;
      if (!full) return;
    }
  } finally {
    ahead?.controller.abort();
  }
}

/** A page's customers, or `undefined` for the answer past the end. */
async function pageOrEnd(
  fetchPage: PageFetcher,
  page: number,
  signal: AbortSignal,
): Promise<Customer[] | undefined> {
  try {
    return await fetchPage(page, signal);
  } catch (error) {
    if (isSolarProofApiError(error, 'getallcustomers') && error.code === 'NO_CUSTOMERS_FOUND')
      return undefined;
    throw error;
  }
}
