import { describe, expect, it } from 'vitest';
import { Journal, type JournalEntry } from './journal.js';

const request = (path: string): Omit<JournalEntry, 'seq'> => ({
  at: '2026-01-01T00:00:00.000Z',
  method: 'GET',
  path,
  query: '',
  action: null,
  status: 200,
  code: null,
  companyId: 1,
  profile: 'documented',
  bodyBytes: 0,
});
const detail = (body: string) => ({
  requestBody: null,
  contentType: null,
  responseHeaders: {},
  responseBody: body,
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

  it('keeps bodies for the latest 100 requests only', () => {
    const journal = new Journal(1000);
    for (let i = 1; i <= 150; i += 1) journal.add(request(`/${i}`), detail(`body ${i}`));
    expect(journal.detail(50)).toBeUndefined();
    expect(journal.detail(51)?.responseBody).toBe('body 51');
    expect(journal.detail(150)?.responseBody).toBe('body 150');
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
