import { describe, expect, it } from 'vitest';
import { Journal, type JournalRecord } from './journal.js';

const request = (path: string): JournalRecord => ({
  atMs: Date.UTC(2026, 0, 1),
  method: 'GET',
  path,
  query: new URLSearchParams(),
  action: null,
  status: 200,
  errorBody: null,
  companyId: 1,
  profile: 'documented',
  bodyBytes: 0,
});
const detail = (body: string) => ({
  requestBody: null,
  contentType: null,
  response: { status: 200, headers: {}, body },
});

describe('Journal', () => {
  it('finds an entry by seq while the ring still holds it, after it wraps and after a clear', () => {
    const journal = new Journal(3);
    for (let i = 1; i <= 5; i += 1) journal.add(request(`/${i}`));
    expect(journal.entry(2)).toBeUndefined();
    expect([3, 4, 5].map((seq) => journal.entry(seq)?.path)).toEqual(['/3', '/4', '/5']);
    expect(journal.entry(6)).toBeUndefined();
    journal.clear();
    journal.add(request('/6'));
    expect(journal.entry(5)).toBeUndefined();
    expect(journal.entry(6)?.path).toBe('/6');
  });

  it("finds an entry by seq after another company's entries are cleared, and never another one", () => {
    const journal = new Journal(10);
    for (let i = 1; i <= 6; i += 1) journal.add({ ...request(`/${i}`), companyId: i % 2 });
    expect(journal.clear(0)).toBe(3);
    expect([1, 2, 3, 5, 6].map((seq) => journal.entry(seq)?.path)).toEqual([
      '/1',
      undefined,
      '/3',
      '/5',
      undefined,
    ]);
    expect(journal.entries().map((e) => e.seq)).toEqual([1, 3, 5]);
  });

  it('keeps bodies for the latest 100 requests only', () => {
    const journal = new Journal(1000);
    for (let i = 1; i <= 150; i += 1) journal.add(request(`/${i}`), detail(`body ${i}`));
    expect(journal.detail(50)).toBeUndefined();
    expect(journal.detail(51)?.response.body).toBe('body 51');
    expect(journal.detail(150)?.response.body).toBe('body 150');
  });

  it("forgets one company's bodies with its entries, keeps the others', and answers no body for a request that had none", () => {
    const journal = new Journal(1000);
    for (let i = 1; i <= 6; i += 1)
      journal.add({ ...request(`/${i}`), companyId: i % 2 }, detail(`body ${i}`));
    journal.add(request('/7'));
    journal.clear(0);
    expect([1, 2, 3, 4, 5, 6, 7].map((seq) => journal.detail(seq)?.response.body)).toEqual([
      'body 1',
      undefined,
      'body 3',
      undefined,
      'body 5',
      undefined,
      undefined,
    ]);
    expect(journal.detail(0)).toBeUndefined();
    expect(journal.detail(1.5)).toBeUndefined();
    journal.clear();
    expect(journal.detail(1)).toBeUndefined();
  });

  it('keeps as many bodies as entries when it holds fewer than 100 requests', () => {
    const journal = new Journal(3);
    for (let i = 1; i <= 5; i += 1) journal.add(request(`/${i}`), detail(`body ${i}`));
    expect([2, 3, 4, 5].map((seq) => journal.detail(seq)?.response.body)).toEqual([
      undefined,
      'body 3',
      'body 4',
      'body 5',
    ]);
  });

  it('tells a subscriber each new entry until it unsubscribes', () => {
    const journal = new Journal();
    const seen: number[] = [];
    const stop = journal.subscribe((entry) => seen.push(entry.seq));
    journal.add(request('/a'));
    journal.add(request('/b'));
    stop();
    journal.add(request('/c'));
    expect(seen).toEqual([1, 2]);
  });
});
