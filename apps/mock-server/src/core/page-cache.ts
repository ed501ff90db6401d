import type { MockResponse } from './mock-request.js';

/** Every response a page cache has handed out: shared between requests, so never mutated. */
const shared = new WeakSet<MockResponse>();

/**
 * Whether `response` is a page cache's: the same object answers every request for that page until
 * the data changes, so a transport may keep its encoded bytes (the node:http adapter does).
 */
export function isSharedResponse(response: MockResponse): boolean {
  return shared.has(response);
}

/**
 * Rendered responses keyed by what they depend on (a company's data version among it), so an
 * unchanged world never serialises an unchanged page twice. Bounded: it starts over when full.
 */
export class PageCache {
  readonly #max: number;
  #entries = new Map<string, MockResponse>();

  constructor(max = 512) {
    this.#max = max;
  }

  getOrRender(key: string, render: () => MockResponse): MockResponse {
    const hit = this.#entries.get(key);
    if (hit) return hit;
    const response = render();
    if (this.#entries.size >= this.#max) this.#entries.clear();
    this.#entries.set(key, response);
    shared.add(response);
    return response;
  }

  clear(): void {
    this.#entries.clear();
  }
}
