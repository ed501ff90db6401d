import type { MockResponse } from './mock-request.js';

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
    return response;
  }

  clear(): void {
    this.#entries.clear();
  }
}
