import { JsonItemStore, type StoredArray } from './json-item-store.js';
import { frozenResponse, jsonBytesResponse, jsonChunksResponse } from './json-response.js';
import type { MockResponse } from './mock-request.js';

interface Entry {
  readonly deps: readonly unknown[];
  /** The world revision at which `deps` were last found the same (NaN: none given). */
  checkedAt: number;
  readonly response: MockResponse;
  readonly bytes: number;
  /** The item store's slabs the body is views of, if it is. */
  readonly slabs?: readonly number[];
  /** Asked for since it was put (or last passed over) at the end of the eviction order. */
  used: boolean;
}

export interface PageCacheLimits {
  /**
   * Most pages kept. Default 4096: every page of a 100,000-customer world (2,000) stays, so a walk
   * in order, which would otherwise find each page evicted before it comes round again, answers from
   * here. A page that views `items` holds only its deps and its response object (about 1.5 KB).
   */
  maxEntries?: number;
  /** Most body bytes kept (each page is counted once, though held as text and bytes; a view of `items` counts none). Default 32 MiB. */
  maxBytes?: number;
  /** Most bytes of kept items (`items`). Default 128 MiB (about 120,000 customers). */
  maxItemBytes?: number;
}

/**
 * Rendered responses, each with the values it was rendered from (`deps`, compared by identity:
 * world records are immutable and replaced on change). A lookup whose deps differ renders again,
 * so a write invalidates exactly the pages that show what it replaced. When a limit is reached, the
 * least recently used pages go first, by the clock rule: the oldest page goes unless it was asked
 * for since it was put in, in which case it goes to the back. A hit only marks its page, so reads
 * do not reorder the map (each reordering leaves work for the garbage collector). A cached
 * response answers every request for its page, so it is frozen, with its bytes encoded once for
 * the transports that send bytes.
 */
export class PageCache {
  readonly #maxEntries: number;
  readonly #maxBytes: number;
  #entries = new Map<string, Entry>();
  #bytes = 0;
  /** The bytes of each page item (customer) as last written, for pages to be assembled from. */
  readonly items: JsonItemStore;
  /** slab → keys of the pages whose body is a view of it. */
  #bySlab = new Map<number, Set<string>>();

  constructor(limits: PageCacheLimits = {}) {
    this.#maxEntries = Math.max(1, limits.maxEntries ?? 4096);
    this.#maxBytes = Math.max(1, limits.maxBytes ?? 32 * 1024 * 1024);
    this.items = new JsonItemStore({ maxBytes: limits.maxItemBytes });
    // A replaced slab is dropped by the store; the pages viewing it go too, so nothing keeps it alive.
    this.items.onReplace = (slab) => {
      for (const key of this.#bySlab.get(slab) ?? []) {
        const entry = this.#entries.get(key);
        if (entry) this.#remove(key, entry);
      }
      this.#bySlab.delete(slab);
    };
  }

  /**
   * The cached response of `key` when it was rendered or last checked at this world `revision`:
   * nothing has changed since, so it is answered without gathering and comparing its deps.
   */
  unchangedSince(key: string, revision: number): MockResponse | undefined {
    const hit = this.#entries.get(key);
    if (hit === undefined || hit.checkedAt !== revision) return undefined;
    hit.used = true;
    return hit.response;
  }

  /** What the page of `key` was last rendered from and the revision it was last checked at, if kept (not counted as a use). */
  lastChecked(key: string): { readonly deps: readonly unknown[]; readonly checkedAt: number } | undefined {
    return this.#entries.get(key);
  }

  /**
   * The cached response of `key` when it was rendered from the same `deps`, else a new render. A
   * render may answer the bytes of a JSON array (from `items`), sent as a 200. `revision`, the
   * world's, lets `unchangedSince` answer the page again until the world changes.
   */
  getOrRender(
    key: string,
    deps: readonly unknown[],
    render: () => MockResponse | Uint8Array | StoredArray,
    revision = Number.NaN,
  ): MockResponse {
    const hit = this.#entries.get(key);
    if (hit && sameDeps(hit.deps, deps)) {
      hit.checkedAt = revision;
      hit.used = true;
      return hit.response;
    }
    // A page rendered again keeps its place in the map (set in place, marked as asked for): no reordering.
    if (hit) this.#forget(key, hit);
    let rendered: ReturnType<typeof render>;
    try {
      rendered = render();
    } catch (error) {
      // The stale page is no longer counted: it must not stay either.
      if (hit && this.#entries.get(key) === hit) this.#entries.delete(key);
      throw error;
    }
    let entry: Entry;
    if (rendered instanceof Uint8Array) {
      entry = {
        deps,
        checkedAt: revision,
        response: jsonBytesResponse(200, rendered),
        bytes: rendered.byteLength,
        used: false,
      };
    } else if ('slabs' in rendered) {
      const { chunks, slabs } = rendered;
      // The body is the store's memory, held there anyway: the entry adds none of its own.
      const response =
        chunks.length === 1
          ? jsonBytesResponse(200, chunks[0] as Uint8Array)
          : jsonChunksResponse(200, chunks);
      entry = { deps, checkedAt: revision, response, bytes: 0, slabs, used: false };
      for (const slab of slabs) {
        let keys = this.#bySlab.get(slab);
        if (!keys) {
          keys = new Set();
          this.#bySlab.set(slab, keys);
        }
        keys.add(key);
      }
    } else {
      const response = frozenResponse(rendered);
      // Counted by the size of whichever form it was made in; the other form is at most as large.
      entry = {
        deps,
        checkedAt: revision,
        response,
        bytes: response.bytes?.byteLength ?? response.body.length,
        used: false,
      };
    }
    const { response } = entry;
    entry.used = hit !== undefined && this.#entries.has(key);
    this.#entries.set(key, entry);
    this.#bytes += entry.bytes;
    this.#evict(key);
    return response;
  }

  /** How many pages and body bytes are held. */
  get size(): { entries: number; bytes: number } {
    return { entries: this.#entries.size, bytes: this.#bytes };
  }

  /**
   * Forgets every page. The items stay: they are checked against the records they were written
   * from, and a reset brings back the very seeded records, so a walk after a reset writes nothing.
   */
  clear(): void {
    this.#entries.clear();
    this.#bySlab.clear();
    this.#bytes = 0;
  }

  #remove(key: string, entry: Entry): void {
    this.#entries.delete(key);
    this.#forget(key, entry);
  }

  /** Stops counting an entry's bytes and slabs (it is being removed or replaced). */
  #forget(key: string, entry: Entry): void {
    this.#bytes -= entry.bytes;
    if (entry.slabs !== undefined) for (const slab of entry.slabs) this.#bySlab.get(slab)?.delete(key);
  }

  /** Removes pages until within the limits; `newest`, the page just rendered and asked for, always stays, however large. */
  #evict(newest: string): void {
    // Passing over an entry clears its mark, so this ends within one round of the map.
    while (
      this.#entries.size > 1 &&
      (this.#entries.size > this.#maxEntries || this.#bytes > this.#maxBytes)
    ) {
      const oldest = this.#entries.entries().next().value;
      if (!oldest) break;
      const [key, entry] = oldest;
      if (entry.used || key === newest) {
        entry.used = false;
        this.#entries.delete(key);
        this.#entries.set(key, entry);
        continue;
      }
      this.#remove(key, entry);
    }
  }
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  // A caller that knows nothing changed hands back the very deps the page was rendered from.
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
