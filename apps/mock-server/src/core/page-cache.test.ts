import { describe, expect, test } from 'vitest';
import type { JsonByteWriter } from '../views/json-byte-writer.js';
import { jsonTextResponse } from './json-response.js';
import { PageCache } from './page-cache.js';

const page = (text: string) => () => jsonTextResponse(200, text);

describe('PageCache', () => {
  test('answers the same frozen response while the deps are the same records', () => {
    const cache = new PageCache();
    const record = { id: 1 };
    const first = cache.getOrRender('p1', [record], page('"a"'));
    const again = cache.getOrRender('p1', [record], page('"b"'));
    expect(again).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(new TextDecoder().decode(first.bytes)).toBe('"a"');
  });

  test('renders again when any dep was replaced, even by an equal copy', () => {
    const cache = new PageCache();
    const record = { id: 1 };
    cache.getOrRender('p1', [record, 3], page('"a"'));
    expect(cache.getOrRender('p1', [{ ...record }, 3], page('"b"')).body).toBe('"b"');
    expect(cache.getOrRender('p1', [record, 4], page('"c"')).body).toBe('"c"');
    expect(cache.size.entries).toBe(1);
  });

  test('answers a page again without its deps while the world revision stays the one it was checked at', () => {
    const cache = new PageCache();
    const record = { id: 1 };
    expect(cache.unchangedSince('p1', 7)).toBeUndefined();
    const first = cache.getOrRender('p1', [record], page('"a"'), 7);
    expect(cache.unchangedSince('p1', 7)).toBe(first);
    expect(cache.unchangedSince('p1', 8)).toBeUndefined();
    expect(cache.unchangedSince('p2', 7)).toBeUndefined();
    // A check at the new revision that finds the same deps makes it unchanged at that one.
    expect(cache.getOrRender('p1', [record], page('"b"'), 8)).toBe(first);
    expect(cache.unchangedSince('p1', 8)).toBe(first);
  });

  test('never calls a page unchanged when no revision was given', () => {
    const cache = new PageCache();
    cache.getOrRender('p1', [], page('"a"'));
    expect(cache.unchangedSince('p1', Number.NaN)).toBeUndefined();
  });

  test('evicts the least recently used page, not everything, when full', () => {
    const cache = new PageCache({ maxEntries: 2 });
    cache.getOrRender('p1', [], page('"1"'));
    cache.getOrRender('p2', [], page('"2"'));
    cache.getOrRender('p1', [], page('"1 again"')); // p1 is now the most recent
    cache.getOrRender('p3', [], page('"3"'));
    expect(cache.size.entries).toBe(2);
    expect(cache.getOrRender('p1', [], page('"1 rendered"')).body).toBe('"1"');
    expect(cache.getOrRender('p2', [], page('"2 rendered"')).body).toBe('"2 rendered"');
  });

  test('keeps the page just rendered when every older page was asked for again', () => {
    const cache = new PageCache({ maxEntries: 2 });
    cache.getOrRender('p1', [], page('"1"'));
    cache.getOrRender('p2', [], page('"2"'));
    cache.getOrRender('p1', [], page('"1 again"'));
    cache.getOrRender('p2', [], page('"2 again"'));
    cache.getOrRender('p3', [], page('"3"'));
    expect(cache.size.entries).toBe(2);
    expect(cache.getOrRender('p3', [], page('"3 rendered"')).body).toBe('"3"');
    // p1, the oldest once the marks are cleared, went; p2 stayed.
    expect(cache.getOrRender('p2', [], page('"2 rendered"')).body).toBe('"2"');
  });

  test('drops a stale page whose new render throws, and counts its bytes no more', () => {
    const cache = new PageCache();
    cache.getOrRender('p1', [1], page('"1234"'));
    expect(() =>
      cache.getOrRender('p1', [2], () => {
        throw new Error('render failed');
      }),
    ).toThrow('render failed');
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
    expect(cache.getOrRender('p1', [2], page('"5678"')).body).toBe('"5678"');
    expect(cache.size).toEqual({ entries: 1, bytes: 6 });
  });

  test('keeps the body bytes under its byte limit, always keeping the page just rendered', () => {
    const cache = new PageCache({ maxBytes: 10 });
    cache.getOrRender('small', [], page('"1234"'));
    cache.getOrRender('big', [], page(`"${'x'.repeat(20)}"`));
    expect(cache.size).toEqual({ entries: 1, bytes: 22 });
    expect(cache.getOrRender('big', [], page('"other"')).body).toBe(`"${'x'.repeat(20)}"`);
  });

  test('answers a rendered JSON array of bytes as a frozen 200 with those bytes', () => {
    const cache = new PageCache();
    const bytes = new TextEncoder().encode('[1,2]');
    const response = cache.getOrRender('p1', [], () => bytes);
    expect([response.status, response.body, Object.isFrozen(response)]).toEqual([200, '[1,2]', true]);
    expect(response.bytes).toBe(bytes);
  });

  test('drops a page viewing a slab the item store replaced, so the page is rendered again', () => {
    const cache = new PageCache({ maxItemBytes: 1 });
    const big = new TextEncoder().encode(`"${'z'.repeat(40_000)}"`);
    let renders = 0;
    const render = (id: number) => () => {
      renders += 1;
      return cache.items.array('v', [id], [id], (out) => out.raw(big));
    };
    const first = cache.getOrRender('p0', [0], render(0));
    const kept = new TextDecoder().decode(first.bytes);
    // Enough other pages to replace the smallest slabs in turn.
    for (let id = 1; id <= 8; id += 1) cache.getOrRender(`p${id}`, [id], render(id));
    expect(renders).toBe(9);
    cache.getOrRender('p0', [0], render(0));
    expect(renders).toBe(10);
    // The response handed out before still has its bytes.
    expect(new TextDecoder().decode(first.bytes)).toBe(kept);
  });

  test('forgets every page on clear, and keeps the items, still checked against their records', () => {
    const cache = new PageCache();
    cache.getOrRender('p1', [], page('"1"'));
    const record = {};
    let writes = 0;
    const write = (out: JsonByteWriter) => {
      writes += 1;
      out.byte(0x31);
    };
    cache.items.array('v', [1], [record], write);
    cache.clear();
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
    // The items are kept, checked against their records as ever.
    cache.items.array('v', [1], [record], write);
    expect(writes).toBe(1);
    expect(cache.getOrRender('p1', [], page('"new"')).body).toBe('"new"');
  });
});
