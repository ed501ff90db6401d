import type { MockResponse } from './mock-request.js';

const encoder = new TextEncoder();

/**
 * Rendered responses keyed by what they depend on (a company's data version among it), so an
 * unchanged world never serialises an unchanged page twice. Bounded: it starts over when full.
 * A cached response answers every request for its page, so it is frozen, with its bytes encoded
 * once for the transports that send bytes.
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
    const rendered = render();
    const response = Object.freeze({
      ...rendered,
      headers: Object.freeze({ ...rendered.headers }),
      bytes: encoder.encode(rendered.body),
    });
    if (this.#entries.size >= this.#max) this.#entries.clear();
    this.#entries.set(key, response);
    return response;
  }

  clear(): void {
    this.#entries.clear();
  }
}
