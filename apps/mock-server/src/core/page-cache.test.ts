import { describe, expect, test } from 'vitest';
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

  test('keeps the body bytes under its byte limit, always keeping the page just rendered', () => {
    const cache = new PageCache({ maxBytes: 10 });
    cache.getOrRender('small', [], page('"1234"'));
    cache.getOrRender('big', [], page(`"${'x'.repeat(20)}"`));
    expect(cache.size).toEqual({ entries: 1, bytes: 22 });
    expect(cache.getOrRender('big', [], page('"other"')).body).toBe(`"${'x'.repeat(20)}"`);
  });

  test('keeps one JSON per record and view, rendered again when the record or its deps change', () => {
    const cache = new PageCache();
    const record = { id: 1 };
    const projects = [1];
    let renders = 0;
    const render = () => {
      renders += 1;
      return new TextEncoder().encode(`{"n":${renders}}`);
    };
    const a = cache.recordJson('view', record, [projects], render);
    expect(cache.recordJson('view', record, [projects], render)).toBe(a);
    cache.recordJson('other view', record, [projects], render);
    cache.recordJson('view', record, [[1]], render);
    cache.recordJson('view', { ...record }, [projects], render);
    expect(renders).toBe(4);
  });

  test('forgets every page and record JSON on clear', () => {
    const cache = new PageCache();
    cache.getOrRender('p1', [], page('"1"'));
    cache.clear();
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
    expect(cache.getOrRender('p1', [], page('"new"')).body).toBe('"new"');
  });
});

describe('PageCache record JSON', () => {
  test('keeps at most maxRecords per view, dropping the least recently used', () => {
    const cache = new PageCache({ maxRecords: 2 });
    const [a, b, c] = [{ id: 1 }, { id: 2 }, { id: 3 }];
    let renders = 0;
    const render = () => {
      renders += 1;
      return new Uint8Array([renders]);
    };
    cache.recordJson('view', a, [], render);
    cache.recordJson('view', b, [], render);
    cache.recordJson('view', a, [], render); // a is now the most recent
    cache.recordJson('view', c, [], render); // b goes
    expect(renders).toBe(3);
    cache.recordJson('view', a, [], render);
    expect(renders).toBe(3);
    cache.recordJson('view', b, [], render);
    expect(renders).toBe(4);
  });
});
