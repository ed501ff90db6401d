import { describe, expect, test } from 'vitest';
import type { JsonByteWriter } from '../views/json-byte-writer.js';
import { JsonItemStore, type StoredArray } from './json-item-store.js';

const decoder = new TextDecoder();

/** Items `{"id":N,"v":"<version of its record>"}`, counting how many were written. */
function itemsOf(records: { id: number; v: string }[]) {
  const counter = { writes: 0 };
  const keys = records.map((record) => record.id);
  const write = (out: JsonByteWriter, index: number) => {
    counter.writes += 1;
    const record = records[index]!;
    out.raw(new TextEncoder().encode(`{"id":${record.id},"v":`));
    out.string(record.v);
    out.byte(0x7d);
  };
  return { keys, deps: records, write, counter };
}

const text = (stored: StoredArray | Uint8Array) =>
  decoder.decode(stored instanceof Uint8Array ? stored : stored.bytes);

describe('JsonItemStore', () => {
  test('assembles a JSON array from items written once, and writes again only an item whose record was replaced', () => {
    const store = new JsonItemStore();
    const records = [1, 2, 3].map((id) => ({ id, v: 'a' }));
    const page = itemsOf(records);
    expect(text(store.array('v', page.keys, page.deps, page.write))).toBe(
      '[{"id":1,"v":"a"},{"id":2,"v":"a"},{"id":3,"v":"a"}]',
    );
    expect(text(store.array('v', page.keys, page.deps, page.write))).toBe(
      '[{"id":1,"v":"a"},{"id":2,"v":"a"},{"id":3,"v":"a"}]',
    );
    expect(page.counter.writes).toBe(3);
    const changed = itemsOf([records[0]!, { id: 2, v: 'b"' }, records[2]!]);
    expect(text(store.array('v', changed.keys, changed.deps, changed.write))).toBe(
      '[{"id":1,"v":"a"},{"id":2,"v":"b\\""},{"id":3,"v":"a"}]',
    );
    expect(changed.counter.writes).toBe(1);
  });

  test('reuses kept items in another order and page, and keeps variants apart', () => {
    const store = new JsonItemStore();
    const records = [1, 2, 3, 4].map((id) => ({ id, v: String(id) }));
    const all = itemsOf(records);
    store.array('v', all.keys, all.deps, all.write);
    const shifted = itemsOf([records[3]!, records[1]!]);
    expect(text(store.array('v', shifted.keys, shifted.deps, shifted.write))).toBe(
      '[{"id":4,"v":"4"},{"id":2,"v":"2"}]',
    );
    expect(shifted.counter.writes).toBe(0);
    const other = itemsOf([records[0]!]);
    store.array('other', other.keys, other.deps, other.write);
    expect(other.counter.writes).toBe(1);
  });

  test('answers a page asked for again, unchanged, as the very bytes it wrote (no copy)', () => {
    const store = new JsonItemStore();
    const records = [1, 2, 3].map((id) => ({ id, v: 'a' }));
    const page = itemsOf(records);
    const first = store.array('v', page.keys, page.deps, page.write) as StoredArray;
    const again = store.array('v', page.keys, page.deps, page.write) as StoredArray;
    expect(again.bytes.buffer).toBe(first.bytes.buffer);
    expect(again.bytes.byteOffset).toBe(first.bytes.byteOffset);
    // Part of it, in another page: copied into a page of its own, bracketed.
    const part = itemsOf(records.slice(1));
    expect(text(store.array('v', part.keys, part.deps, part.write))).toBe(
      '[{"id":2,"v":"a"},{"id":3,"v":"a"}]',
    );
    expect(part.counter.writes).toBe(0);
  });

  test('replaces its oldest slab past its byte limit, never changing bytes it handed out, and says which went', () => {
    const store = new JsonItemStore({ maxBytes: 1 });
    const replaced: number[] = [];
    store.onReplace = (slab) => replaced.push(slab);
    const big = 'x'.repeat(30_000);
    const records = Array.from({ length: 12 }, (_, id) => ({ id, v: `${id}${big}` }));
    const answers = records.map((record) => {
      const one = itemsOf([record]);
      const stored = store.array('v', one.keys, one.deps, one.write);
      return [stored, text(stored)] as const;
    });
    for (const [index, [stored, was]] of answers.entries()) {
      expect(text(stored)).toBe(was);
      expect(JSON.parse(was)).toEqual([records[index]]);
    }
    // Two slabs, however small the limit; the older ones were replaced in turn.
    expect(store.size.slabs).toBe(2);
    expect(replaced.length).toBeGreaterThan(0);
    const again = itemsOf(records);
    const page = JSON.parse(text(store.array('v', again.keys, again.deps, again.write)));
    expect(page).toEqual(records);
    expect(again.counter.writes).toBeGreaterThan(0);
  });

  test('writes an item larger than a slab, and a page larger than all its slabs', () => {
    const store = new JsonItemStore({ maxBytes: 1 });
    const records = Array.from({ length: 3 }, (_, id) => ({ id, v: `${id}${'y'.repeat(200_000)}` }));
    const page = itemsOf(records);
    const parsed = JSON.parse(text(store.array('v', page.keys, page.deps, page.write)));
    expect(parsed).toEqual(records.map((record) => ({ id: record.id, v: record.v })));
  });

  test('answers [] for no items', () => {
    const none = itemsOf([]);
    expect(text(new JsonItemStore().array('v', none.keys, none.deps, none.write))).toBe('[]');
  });
});
