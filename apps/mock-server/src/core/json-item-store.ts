import { growingWriter, JsonByteWriter } from '../views/json-byte-writer.js';

interface Item {
  /** What the bytes were written from, compared by identity (records are replaced on change). */
  deps: unknown[];
  slab: number;
  /** The slab's generation when written: a reused slab no longer holds the item. */
  generation: number;
  start: number;
  /** Just past the item's trailing comma. */
  end: number;
}

export interface JsonItemStoreLimits {
  /** Most bytes of kept items (in slabs of at most 4 MiB, the oldest slab reused first). Default 96 MiB. */
  maxBytes?: number;
}

const FIRST_SLAB = 64 * 1024;
const MAX_SLAB = 4 * 1024 * 1024;
const COMMA = 0x2c;
const ARRAY_CLOSE = 0x5d;
const ARRAY_OPEN = 0x5b;

/**
 * The UTF-8 bytes of JSON array items (customers of a page), each written once from its records
 * and kept in a few large byte slabs, outside the JS heap: garbage collection never walks them,
 * and a page is assembled from them by copying byte ranges (one copy per run of items written
 * one after another). An item is written again only when a record it was written from was
 * replaced. When the slabs reach their limit, the oldest slab is written over (its items are
 * written again when next asked for). Pages are copies, so nothing outside ever sees a slab.
 */
export class JsonItemStore {
  readonly #maxBytes: number;
  #slabs: Uint8Array[] = [];
  #generations: number[] = [];
  #allocated = 0;
  #slab = -1;
  /** variant → item key → where its bytes are. */
  #items = new Map<string, Map<number, Item>>();
  #itemStart = 0;
  #writer: JsonByteWriter;

  constructor(limits: JsonItemStoreLimits = {}) {
    this.#maxBytes = Math.max(FIRST_SLAB, limits.maxBytes ?? 96 * 1024 * 1024);
    this.#writer = new JsonByteWriter(new Uint8Array(0), (writer, need) => this.#nextSlab(writer, need));
  }

  /**
   * The bytes of `[item0,item1,...]`: item i, of key `keys[i]`, is written by `write(out, i)` from
   * the values `deps[i * stride ... (i + 1) * stride)` (the same number for each item), unless
   * bytes written from those very values are kept for its key in this `variant` (a reading of
   * the docs: one key has bytes per variant).
   */
  array(
    variant: string,
    keys: readonly number[],
    deps: readonly unknown[],
    write: (out: JsonByteWriter, index: number) => void,
  ): Uint8Array {
    const count = keys.length;
    if (count === 0) return new Uint8Array([ARRAY_OPEN, ARRAY_CLOSE]);
    let items = this.#items.get(variant);
    if (!items) {
      items = new Map();
      this.#items.set(variant, items);
    }
    const stride = deps.length / count;
    const found: Item[] = new Array(count);
    // Writing an item may reuse the slab of another item of the same page: check them all again.
    for (let pass = 0; pass < 3; pass += 1) {
      for (let index = 0; index < count; index += 1) {
        const key = keys[index] as number;
        let item = items.get(key);
        if (!item || !this.#holds(item, deps, index * stride, stride)) {
          item = this.#write(items, key, item, deps, index * stride, stride, write, index);
        }
        found[index] = item;
      }
      if (found.every((item) => this.#generations[item.slab] === item.generation)) {
        return this.#assemble(found);
      }
    }
    // More than the slabs hold: this page is written on its own.
    const out = growingWriter();
    out.byte(ARRAY_OPEN);
    for (let index = 0; index < count; index += 1) {
      if (index > 0) out.byte(COMMA);
      write(out, index);
    }
    out.byte(ARRAY_CLOSE);
    return out.buf.slice(0, out.at);
  }

  /** Bytes held in slabs (written items, stale ones included, and free room). */
  get size(): { slabs: number; bytes: number } {
    return { slabs: this.#slabs.length, bytes: this.#allocated };
  }

  clear(): void {
    this.#items.clear();
    this.#slabs = [];
    this.#generations = [];
    this.#allocated = 0;
    this.#slab = -1;
    this.#writer.buf = new Uint8Array(0);
    this.#writer.at = 0;
  }

  #holds(item: Item, deps: readonly unknown[], from: number, stride: number): boolean {
    if (this.#generations[item.slab] !== item.generation) return false;
    const own = item.deps;
    for (let k = 0; k < stride; k += 1) if (own[k] !== deps[from + k]) return false;
    return true;
  }

  #write(
    items: Map<number, Item>,
    key: number,
    reuse: Item | undefined,
    deps: readonly unknown[],
    from: number,
    stride: number,
    write: (out: JsonByteWriter, index: number) => void,
    index: number,
  ): Item {
    const out = this.#writer;
    if (this.#slab < 0) this.#nextSlab(out, 0);
    this.#itemStart = out.at;
    write(out, index);
    out.byte(COMMA);
    const item = reuse ?? { deps: [], slab: 0, generation: 0, start: 0, end: 0 };
    item.deps = deps.slice(from, from + stride);
    item.slab = this.#slab;
    item.generation = this.#generations[this.#slab] as number;
    item.start = this.#itemStart;
    item.end = out.at;
    if (!reuse) items.set(key, item);
    return item;
  }

  /** Moves the writer, and the item it is writing, to the next slab: a new one, or the oldest one written over. */
  #nextSlab(out: JsonByteWriter, need: number): void {
    const partial = this.#slab < 0 ? 0 : out.at - this.#itemStart;
    const wanted = partial + need;
    const size = Math.min(
      MAX_SLAB,
      this.#slabs.length === 0 ? FIRST_SLAB : 2 * (this.#slabs.at(-1) as Uint8Array).length,
    );
    let next: number;
    if (this.#slabs.length < 2 || this.#allocated + size <= this.#maxBytes) {
      next = this.#slabs.length;
      const slab = new Uint8Array(Math.max(size, wanted));
      this.#slabs.push(slab);
      this.#generations.push(0);
      this.#allocated += slab.length;
    } else {
      next = (this.#slab + 1) % this.#slabs.length;
      this.#generations[next] = (this.#generations[next] as number) + 1;
      const old = this.#slabs[next] as Uint8Array;
      if (old.length < wanted) {
        this.#slabs[next] = new Uint8Array(wanted);
        this.#allocated += wanted - old.length;
      }
    }
    const slab = this.#slabs[next] as Uint8Array;
    if (partial > 0) slab.set(out.buf.subarray(this.#itemStart, out.at), 0);
    this.#slab = next;
    this.#itemStart = 0;
    out.buf = slab;
    out.at = partial;
  }

  #assemble(items: readonly Item[]): Uint8Array {
    let total = 1;
    for (const item of items) total += item.end - item.start;
    const page = new Uint8Array(total);
    page[0] = ARRAY_OPEN;
    let at = 1;
    let index = 0;
    while (index < items.length) {
      const first = items[index] as Item;
      let end = first.end;
      index += 1;
      // Items written one after another are one copy.
      while (index < items.length) {
        const item = items[index] as Item;
        if (item.slab !== first.slab || item.start !== end) break;
        end = item.end;
        index += 1;
      }
      page.set((this.#slabs[first.slab] as Uint8Array).subarray(first.start, end), at);
      at += end - first.start;
    }
    // The last item's comma closes the array.
    page[total - 1] = ARRAY_CLOSE;
    return page;
  }
}
