import type { Customer } from '@solarproof/schemas';
import { isSolarProofApiError } from './errors/solar-proof-api-error.js';

/** Customers on a full page of getallcustomers. */
export const PAGE_SIZE = 50;
/** Pages a walk requests ahead by default, and at most. */
const DEFAULT_PAGES_AHEAD = 2;
const MAX_PAGES_AHEAD = 8;

/** Fetches one page; `createClient` passes `listCustomers`. `signal` aborts a page fetched ahead. */
export type PageFetcher = (page: number, signal: AbortSignal) => Promise<Customer[]>;

/** How `iterateCustomerPages` walks. */
export interface PageWalk {
  /** The first page requested. Default 1. */
  startPage?: number | undefined;
  /**
   * Pages requested ahead while the loop consumes this one: after a full page, the next ones are
   * already on their way, so the server answers one while the client reads another. `true` (the
   * default) is 2, `false` is none (a page is requested only when the loop asks for its first
   * customer), a number is that many (at most 8). A walk that ends costs the pages ahead of its
   * last one, requested and then aborted; a loop that ends early aborts them too.
   */
  prefetch?: boolean | number | undefined;
  /** The caller's signal: aborting it aborts the page in flight and the pages fetched ahead. */
  signal?: AbortSignal | undefined;
}

/**
 * Every customer from `startPage` on, page by page. It stops, requesting nothing more, on an empty
 * page, on a short page (fewer than 50: the last one) and on `NO_CUSTOMERS_FOUND` (the spec's answer
 * for a page past the end, decision I-7). With `prefetch` (the default: 2), the pages after a full
 * one are already on their way while the loop reads this one; a `break`, `return` or throw in the
 * loop aborts them and their outcomes are dropped.
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
  const ahead = pagesAhead(walk.prefetch);
  /** Pages requested and not yet read, in order. */
  const queue: { controller: AbortController; page: Promise<Customer[] | undefined> }[] = [];
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
    queue.push({ controller, page: pending });
  };
  let next = walk.startPage ?? 1;
  try {
    for (;;) {
      if (queue.length === 0) request(next++);
      const current = queue.shift() as (typeof queue)[number];
      const customers = await current.page;
      if (customers === undefined) return;
      const full = customers.length >= PAGE_SIZE;
      // Two ahead, not one: while this client parses one page's answer the server is already
      // answering the next, instead of each waiting for the other (a 100,000-customer walk 2.8 to 2.1 s).
      if (full) while (queue.length < ahead) request(next++);
      // A plain loop, not `yield*`: delegating to an array's iterator costs a generator step more per item.
      for (let index = 0; index < customers.length; index += 1) yield customers[index] as Customer;
      if (!full) return;
    }
  } finally {
    for (const pending of queue) pending.controller.abort();
  }
}

/** How many pages a walk requests ahead: `prefetch` as a count. */
function pagesAhead(prefetch: PageWalk['prefetch']): number {
  if (prefetch === undefined || prefetch === true) return DEFAULT_PAGES_AHEAD;
  if (prefetch === false) return 0;
  if (!Number.isInteger(prefetch) || prefetch < 0 || prefetch > MAX_PAGES_AHEAD) {
    throw new RangeError(
      `prefetch must be true, false or a whole number of pages from 0 to ${MAX_PAGES_AHEAD}`,
    );
  }
  return prefetch;
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
