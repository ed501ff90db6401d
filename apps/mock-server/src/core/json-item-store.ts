import { JsonByteWriter } from '../views/json-byte-writer.js';

interface Item {
  /**
   * What the bytes were written from, `deps[from ...]`, compared by identity (records are replaced
   * on change): the page's own array, shared by its items, not a copy per item.
   */
  deps: readonly unknown[];
  from: number;
  slab: number;
  /** The slab's generation when written: a slab replaced since no longer holds the item. */
  generation: number;
  start: number;
  end: number;
}

/**
 * A JSON array's bytes as views of the slabs holding them, in order: one view when the array lies
 * whole in a slab, else a view per run of items lying together, with what separates them.
 */
export interface StoredArray {
  readonly chunks: readonly Uint8Array[];
  /** The slabs the chunks view (their numbers, for `onReplace`). */
  readonly slabs: readonly number[];
}

export interface JsonItemStoreLimits {
  /** Most bytes of slabs (at most 4 MiB each, the oldest replaced first). Default 128 MiB: every page of a 100,000-customer world (about 105 MB) fits, so random reads of it never replace a slab. */
  maxBytes?: number;
}

const FIRST_SLAB = 64 * 1024;
const MAX_SLAB = 4 * 1024 * 1024;
const COMMA = 0x2c;
const ARRAY_OPEN = 0x5b;
const ARRAY_CLOSE = 0x5d;
// Separators no kept bytes supply, shared by every array that needs them (never written to).
const OPEN_CHUNK = Uint8Array.of(ARRAY_OPEN);
const COMMA_CHUNK = Uint8Array.of(COMMA);
const CLOSE_CHUNK = Uint8Array.of(ARRAY_CLOSE);
/**
 * Most pieces (runs of kept items lying together, runs of items written now) an array is answered
 * in. Each is one more buffer in every send of the page; past this the page is written whole again.
 */
const MAX_PIECES = 8;

/**
 * JSON arrays (pages of customers) as UTF-8 bytes in a few large slabs outside the JS heap, each
 * item written once from its records: garbage collection never walks them. A page is written
 * whole, `[a,b,...]`, and answered as a view of the slab: a page asked for again whose items are
 * all unchanged costs no copy and no allocation. A page whose items changed, or moved (a deletion
 * shifts every later page), is answered in pieces: views of its unchanged items where they lie,
 * and the others written from their records at the end of the slab. Copying a whole page instead
 * would cost more than its bytes suggest: every copy lands in memory never touched before (slabs
 * are only appended to), and each of its pages is a page fault. Past `MAX_PIECES` the page is
 * written whole again, unchanged items copied.
 *
 * Bytes once handed out never change: slabs are only appended to, and when they reach their limit
 * the oldest is replaced by a new one (never written over), so a response still being sent keeps
 * its old slab alive until it is done. `onReplace` tells the holder of views which slab went.
 */
export class JsonItemStore {
  readonly #maxBytes: number;
  #slabs: Uint8Array[] = [];
  #generations: number[] = [];
  #allocated = 0;
  #slab = -1;
  /**
   * variant → item key → where its bytes are. By key in an array, not a Map: keys are ids, dense
   * enough for V8's fast elements, and a page's first render looks up each of its items twice.
   */
  #items = new Map<string, (Item | undefined)[]>();
  #pageStart = 0;
  #writer: JsonByteWriter;
  /** Called with a slab's number when it is replaced: views of it are no longer the store's. */
  onReplace: ((slab: number) => void) | undefined;

  constructor(limits: JsonItemStoreLimits = {}) {
    this.#maxBytes = Math.max(2 * FIRST_SLAB, limits.maxBytes ?? 128 * 1024 * 1024);
    this.#writer = new JsonByteWriter(new Uint8Array(0), (writer, need) => this.#nextSlab(writer, need));
  }

  /**
   * The bytes of `[item0,item1,...]`: item i, of key `keys[i]` (an id, a whole number from 0), is
   * written by `write(out, i)` from the values `deps[i * stride ... (i + 1) * stride)` (the same
   * number for each item), unless bytes written from those very values are kept for its key in
   * this `variant` (a reading of the docs: one key has bytes per variant). `deps` is kept as it
   * is, not copied: never change it.
   */
  array(
    variant: string,
    keys: readonly number[],
    deps: readonly unknown[],
    write: (out: JsonByteWriter, index: number) => void,
  ): StoredArray | Uint8Array {
    const count = keys.length;
    if (count === 0) return new Uint8Array([ARRAY_OPEN, ARRAY_CLOSE]);
    let items = this.#items.get(variant);
    if (!items) {
      items = [];
      this.#items.set(variant, items);
    }
    const stride = deps.length / count;
    const found: (Item | undefined)[] = new Array(count);
    let whole = true;
    for (let index = 0; index < count; index += 1) {
      const item = items[keys[index] as number];
      const kept = item !== undefined && this.#holds(item, deps, index * stride, stride);
      found[index] = kept ? item : undefined;
      if (!kept) whole = false;
    }
    if (whole) {
      const page = this.#asWritten(found as Item[]);
      if (page) return page;
    }
    if (piecesOf(this.#slabs, found) > MAX_PIECES)
      return this.#writePage(items, keys, deps, stride, found, write);
    return this.#assemble(items, keys, deps, stride, found, write);
  }

  /** Bytes held in slabs (written pages, stale ones included, and free room). */
  get size(): { slabs: number; bytes: number } {
    return { slabs: this.#slabs.length, bytes: this.#allocated };
  }

  clear(): void {
    for (let slab = 0; slab < this.#slabs.length; slab += 1) this.onReplace?.(slab);
    this.#items.clear();
    this.#slabs = [];
    this.#generations = [];
    this.#allocated = 0;
    this.#slab = -1;
    this.#writer.use(new Uint8Array(0));
    this.#writer.at = 0;
  }

  #holds(item: Item, deps: readonly unknown[], from: number, stride: number): boolean {
    if (this.#generations[item.slab] !== item.generation) return false;
    const own = item.deps;
    const at = item.from;
    for (let k = 0; k < stride; k += 1) if (own[at + k] !== deps[from + k]) return false;
    return true;
  }

  /** The page as written before, when its items still lie in one slab in this order between brackets. */
  #asWritten(items: readonly Item[]): StoredArray | undefined {
    const first = items[0] as Item;
    const buf = this.#slabs[first.slab] as Uint8Array;
    for (let index = 1; index < items.length; index += 1) {
      const item = items[index] as Item;
      const before = items[index - 1] as Item;
      // Items written one after another by one page write have exactly a comma between them.
      if (!follows(this.#slabs, before, item)) return undefined;
    }
    const last = items[items.length - 1] as Item;
    if (buf[first.start - 1] !== ARRAY_OPEN || buf[last.end] !== ARRAY_CLOSE) return undefined;
    return { chunks: [buf.subarray(first.start - 1, last.end + 1)], slabs: [first.slab] };
  }

  /**
   * The array as views of its kept items where they lie, each run of them one view, and its other
   * items written from their records at the end of the slab, each run of them one view, with the
   * separators the kept bytes do not supply. Kept items stay where they are.
   */
  #assemble(
    items: (Item | undefined)[],
    keys: readonly number[],
    deps: readonly unknown[],
    stride: number,
    found: (Item | undefined)[],
    write: (out: JsonByteWriter, index: number) => void,
  ): StoredArray {
    const out = this.#writer;
    const count = keys.length;
    if (this.#slab < 0) this.#nextSlab(out, 0);
    const chunks: Uint8Array[] = [];
    const slabs: number[] = [];
    const use = (slab: number) => {
      if (!slabs.includes(slab)) slabs.push(slab);
    };
    // Where each item written now lies: offsets from its run's start (a full slab moves the run).
    const starts: number[] = new Array(count);
    const ends: number[] = new Array(count);
    const slabOf: number[] = new Array(count);
    let runFrom = -1; // the first item of the run being written, or -1
    const closeRun = (upTo: number) => {
      const slab = this.#slab;
      const start = this.#pageStart;
      chunks.push(out.buf.subarray(start, out.at));
      use(slab);
      for (let index = runFrom; index < upTo; index += 1) {
        slabOf[index] = slab;
        starts[index] = start + (starts[index] as number);
        ends[index] = start + (ends[index] as number);
      }
      runFrom = -1;
    };
    let closed = false;
    let index = 0;
    while (index < count) {
      const kept = found[index];
      const separator = index === 0 ? ARRAY_OPEN : COMMA;
      if (kept && this.#generations[kept.slab] !== kept.generation) {
        // Writing this array's items so far replaced the slab holding these: they are written afresh.
        found[index] = undefined;
        continue;
      }
      if (!kept) {
        if (runFrom < 0) {
          runFrom = index;
          this.#pageStart = out.at;
        }
        out.byte(separator);
        this.#writeItem(write, index, starts, ends);
        index += 1;
        continue;
      }
      const last = lastOfRun(this.#slabs, found, index);
      const source = this.#slabs[kept.slab] as Uint8Array;
      // Every item lies after a separator; the one before the run may be the one it needs here.
      const supplied = source[kept.start - 1] === separator;
      if (runFrom >= 0) {
        if (!supplied) out.byte(separator);
        closeRun(index);
      } else if (!supplied) chunks.push(separator === ARRAY_OPEN ? OPEN_CHUNK : COMMA_CHUNK);
      const to = (found[last] as Item).end;
      closed = last === count - 1 && source[to] === ARRAY_CLOSE;
      chunks.push(source.subarray(supplied ? kept.start - 1 : kept.start, closed ? to + 1 : to));
      use(kept.slab);
      index = last + 1;
    }
    if (runFrom >= 0) {
      out.byte(ARRAY_CLOSE);
      closeRun(count);
    } else if (!closed) chunks.push(CLOSE_CHUNK);
    for (let index = 0; index < count; index += 1) {
      const key = keys[index] as number;
      let item = items[key];
      if (!item) {
        item = { deps, from: 0, slab: 0, generation: 0, start: 0, end: 0 };
        items[key] = item;
      }
      item.deps = deps;
      item.from = index * stride;
      if (found[index]) continue;
      const slab = slabOf[index] as number;
      item.slab = slab;
      item.generation = this.#generations[slab] as number;
      item.start = starts[index] as number;
      item.end = ends[index] as number;
    }
    return { chunks, slabs };
  }

  #writePage(
    items: (Item | undefined)[],
    keys: readonly number[],
    deps: readonly unknown[],
    stride: number,
    found: readonly (Item | undefined)[],
    write: (out: JsonByteWriter, index: number) => void,
  ): StoredArray {
    const out = this.#writer;
    const count = keys.length;
    if (this.#slab < 0) this.#nextSlab(out, 0);
    this.#pageStart = out.at;
    // Offsets from the page's start: a full slab moves the page so far to the next one.
    const starts: number[] = new Array(count);
    const ends: number[] = new Array(count);
    out.byte(ARRAY_OPEN);
    let index = 0;
    while (index < count) {
      if (index > 0) out.byte(COMMA);
      const kept = found[index];
      if (!kept) {
        this.#writeItem(write, index, starts, ends);
        index += 1;
        continue;
      }
      // A run of kept items written one after another (a comma between each) is one copy.
      const last = lastOfRun(this.#slabs, found, index);
      const from = kept.start;
      const to = (found[last] as Item).end;
      // Making room may replace the slab holding the kept bytes: then they are written afresh.
      out.room(to - from);
      if (this.#generations[kept.slab] !== kept.generation) {
        this.#writeItem(write, index, starts, ends);
        index += 1;
        continue;
      }
      const source = this.#slabs[kept.slab] as Uint8Array;
      const at = out.at;
      if (source === out.buf) out.buf.copyWithin(at, from, to);
      else out.buf.set(source.subarray(from, to), at);
      out.at = at + (to - from);
      for (let item = index; item <= last; item += 1) {
        const moved = found[item] as Item;
        starts[item] = at + (moved.start - from) - this.#pageStart;
        ends[item] = at + (moved.end - from) - this.#pageStart;
      }
      index = last + 1;
    }
    out.byte(ARRAY_CLOSE);
    // However often the writer moved to a new slab, the page so far moved with it: it is whole in this one.
    const slab = this.#slab;
    const start = this.#pageStart;
    for (let index = 0; index < count; index += 1) {
      const key = keys[index] as number;
      let item = items[key];
      if (!item) {
        item = { deps, from: 0, slab, generation: 0, start: 0, end: 0 };
        items[key] = item;
      }
      item.deps = deps;
      item.from = index * stride;
      item.slab = slab;
      item.generation = this.#generations[slab] as number;
      item.start = start + (starts[index] as number);
      item.end = start + (ends[index] as number);
    }
    return { chunks: [out.buf.subarray(start, out.at)], slabs: [slab] };
  }

  /** Writes item `index` from its records, noting where it lies from the page's (or run's) start: a full slab moves both. */
  #writeItem(
    write: (out: JsonByteWriter, index: number) => void,
    index: number,
    starts: number[],
    ends: number[],
  ): void {
    const out = this.#writer;
    starts[index] = out.at - this.#pageStart;
    write(out, index);
    ends[index] = out.at - this.#pageStart;
  }

  /** Moves the writer, and the page it is writing, to the next slab: a new one, or a new one in place of the oldest. */
  #nextSlab(out: JsonByteWriter, need: number): void {
    const partial = this.#slab < 0 ? 0 : out.at - this.#pageStart;
    const wanted = partial + need;
    const last = this.#slabs.at(-1);
    const size = Math.max(wanted, Math.min(MAX_SLAB, last ? 2 * last.length : FIRST_SLAB));
    let next: number;
    if (this.#slabs.length < 2 || this.#allocated + size <= this.#maxBytes) {
      next = this.#slabs.length;
      this.#slabs.push(new Uint8Array(0));
      this.#generations.push(0);
    } else {
      next = (this.#slab + 1) % this.#slabs.length;
      this.#generations[next] = (this.#generations[next] as number) + 1;
      this.#allocated -= (this.#slabs[next] as Uint8Array).length;
      this.onReplace?.(next);
    }
    const slab = new Uint8Array(size);
    this.#allocated += size;
    this.#slabs[next] = slab;
    if (partial > 0) slab.set(out.buf.subarray(this.#pageStart, out.at), 0);
    this.#slab = next;
    this.#pageStart = 0;
    out.use(slab);
    out.at = partial;
  }
}

/** How many pieces the array would be answered in: runs of items to write, runs of kept items lying together. */
function piecesOf(slabs: readonly Uint8Array[], found: readonly (Item | undefined)[]): number {
  let pieces = found.length > 0 ? 1 : 0;
  for (let index = 1; index < found.length; index += 1) {
    const item = found[index];
    const before = found[index - 1];
    if (item === undefined) {
      if (before !== undefined) pieces += 1;
    } else if (before === undefined || !follows(slabs, before, item)) pieces += 1;
  }
  return pieces;
}

/**
 * Whether `next` lies right after `before` in the same slab with a comma between them: written one
 * after the other by one page write. (Runs written for different pages can lie side by side with
 * a bracket between them.)
 */
function follows(slabs: readonly Uint8Array[], before: Item, next: Item | undefined): boolean {
  return (
    next !== undefined &&
    next.slab === before.slab &&
    next.start === before.end + 1 &&
    (slabs[before.slab] as Uint8Array)[before.end] === COMMA
  );
}

/** The last kept item of the run that starts at `index`: items lying one after another. */
function lastOfRun(
  slabs: readonly Uint8Array[],
  found: readonly (Item | undefined)[],
  index: number,
): number {
  let last = index;
  while (last + 1 < found.length && follows(slabs, found[last] as Item, found[last + 1])) last += 1;
  return last;
}
