import fc from 'fast-check';
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
  stored instanceof Uint8Array
    ? decoder.decode(stored)
    : stored.chunks.map((chunk) => decoder.decode(chunk)).join('');

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
    expect(again.chunks).toHaveLength(1);
    expect(again.chunks[0]!.buffer).toBe(first.chunks[0]!.buffer);
    expect(again.chunks[0]!.byteOffset).toBe(first.chunks[0]!.byteOffset);
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

  test('answers any run of changed, moved and dropped items with the right bytes, in pieces or whole, however small its slabs, and never changes bytes handed out', () => {
    const scale = Number(process.env.SOLARPROOF_TEST_SCALE ?? 1);
    const step = fc.oneof(
      fc.record({ kind: fc.constant('change' as const), index: fc.nat(), size: fc.nat({ max: 3000 }) }),
      fc.record({ kind: fc.constant('drop' as const), index: fc.nat() }),
      fc.record({ kind: fc.constant('add' as const), size: fc.nat({ max: 3000 }) }),
      fc.record({ kind: fc.constant('swap' as const), index: fc.nat() }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(step, { maxLength: 40 }),
        fc.constantFrom(1, 200_000, 128 * 1024 * 1024),
        (count, steps, maxBytes) => {
          const store = new JsonItemStore({ maxBytes });
          let next = count;
          let records = Array.from({ length: count }, (_, id) => ({ id, v: `${id}` }));
          const handedOut: [StoredArray | Uint8Array, string][] = [];
          for (const [n, change] of [{ kind: 'none' as const }, ...steps].entries()) {
            const at = 'index' in change ? change.index % Math.max(1, records.length) : 0;
            if (change.kind === 'change' && records.length > 0) {
              records = records.map((record, i) =>
                i === at ? { id: record.id, v: `${n}${'c'.repeat(change.size)}` } : record,
              );
            } else if (change.kind === 'drop') records = records.filter((_, i) => i !== at);
            else if (change.kind === 'add')
              records = [...records, { id: next++, v: 'a'.repeat(change.size) }];
            else if (change.kind === 'swap' && records.length > 1) {
              const other = (at + 1) % records.length;
              records = records.map((record, i) =>
                i === at ? records[other]! : i === other ? records[at]! : record,
              );
            }
            const page = itemsOf(records);
            const stored = store.array('v', page.keys, page.deps, page.write);
            const expected = JSON.stringify(records);
            expect(text(stored)).toBe(expected);
            handedOut.push([stored, expected]);
          }
          for (const [stored, was] of handedOut) expect(text(stored)).toBe(was);
        },
      ),
      { numRuns: 1000 * scale },
    );
  });

  test('does not take two items written for different pages, side by side with a bracket between, for one run', () => {
    const store = new JsonItemStore();
    let records = [0, 1, 2].map((id) => ({ id, v: `${id}` }));
    const answer = () => {
      const page = itemsOf(records);
      return text(store.array('v', page.keys, page.deps, page.write));
    };
    answer();
    // Item 1 is written again (`,{1}`), then item 0 (`[{0}`) right after it in the slab.
    records = records.map((record) => (record.id === 1 ? { id: 1, v: 'b' } : record));
    answer();
    records = records.map((record) => (record.id === 0 ? { id: 0, v: 'a' } : record));
    answer();
    records = [records[1]!, records[0]!, records[2]!];
    expect(answer()).toBe(JSON.stringify(records));
  });

  test('answers a page whose one item changed as views of the bytes around it, and writes it whole again past a few pieces', () => {
    const store = new JsonItemStore();
    let records = Array.from({ length: 20 }, (_, id) => ({ id, v: 'a' }));
    const first = store.array('v', itemsOf(records).keys, records, itemsOf(records).write) as StoredArray;
    records = records.map((record) => (record.id === 5 ? { id: 5, v: 'b' } : record));
    const changed = itemsOf(records);
    const pieces = store.array('v', changed.keys, changed.deps, changed.write) as StoredArray;
    expect(changed.counter.writes).toBe(1);
    expect(pieces.chunks).toHaveLength(3);
    expect(pieces.chunks[0]!.buffer).toBe(first.chunks[0]!.buffer);
    // Every other item changed in turn: the pieces would pass their limit, so the page is one run again.
    for (const id of [1, 3, 7, 9, 11, 13, 15]) {
      records = records.map((record) => (record.id === id ? { id, v: 'c' } : record));
      const page = itemsOf(records);
      const stored = store.array('v', page.keys, page.deps, page.write) as StoredArray;
      expect(text(stored)).toBe(JSON.stringify(records));
      expect(stored.chunks.length).toBeLessThanOrEqual(8);
    }
    const whole = itemsOf(records);
    expect((store.array('v', whole.keys, whole.deps, whole.write) as StoredArray).chunks).toHaveLength(1);
  });
});
