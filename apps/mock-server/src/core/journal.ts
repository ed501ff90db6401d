import { isoInstant } from './iso-instant.js';
import type { MockResponse } from './mock-request.js';
import { clip, redactKnownKeys, redactQuery } from './redact.js';

/** One request as the journal shows it: no API key, no body. */
export interface JournalEntry {
  seq: number;
  at: string;
  method: string;
  path: string;
  /** The query with `api_key` replaced by `***`. */
  query: string;
  action: string | null;
  status: number;
  /** The error code, when the answer was an error. */
  code: string | null;
  companyId: number | null;
  bodyBytes: number;
  /** The reading of the docs that answered: the profile's name, then any single switches. */
  profile: string;
}

/** What the journal keeps of the latest requests besides their entry, for the dashboard. */
export interface JournalDetail {
  /** The request body with key-like JSON fields hidden, or null when there was none or it was too big. */
  requestBody: string | null;
  /** The request's content type, for a curl line that sends the same. */
  contentType: string | null;
  /** The answer as sent; its body is read (decoded) only when the dashboard asks. */
  response: MockResponse;
}

export type JournalListener = (entry: JournalEntry) => void;

/** How many of the latest requests keep their bodies: bounded, as a page of customers is ~75 kB. */
const DETAIL_LIMIT = 100;

/**
 * What `add` keeps: the raw values, formatted (ISO instant, redacted query, error code) only when
 * the journal is read, so recording a request costs no string work.
 */
export interface JournalRecord {
  /** Epoch milliseconds. */
  atMs: number;
  method: string;
  path: string;
  query: URLSearchParams;
  action: string | null;
  status: number;
  /** The answer's body when it was an error (the code is read from it), else null. */
  errorBody: string | null;
  companyId: number | null;
  bodyBytes: number;
  /** The reading of the docs that answered (an interpretation's label). */
  profile: string;
}

interface Stored extends JournalRecord {
  seq: number;
}

/**
 * The last `limit` requests, oldest first. A ring buffer: memory stays bounded however long the
 * server runs.
 */
export class Journal {
  readonly #limit: number;
  #entries: Stored[] = [];
  #next = 0;
  #seq = 0;
  readonly #secrets: () => readonly string[];
  /**
   * The details of the latest requests in a ring: request `seq` in slot `seq % #details.length`,
   * its seq beside it. A ring rather than a Map: a Map given one key and losing another on every
   * request keeps making new hash tables for the collector.
   */
  #details: (JournalDetail | undefined)[];
  #detailSeqs: number[];
  #listeners = new Set<JournalListener>();

  /** `secrets`: every key to hide wherever it appears in a path or query (read when formatting). */
  constructor(limit = 1000, secrets: () => readonly string[] = () => []) {
    this.#limit = Math.max(1, limit);
    this.#secrets = secrets;
    const slots = Math.min(DETAIL_LIMIT, this.#limit);
    this.#details = new Array(slots).fill(undefined);
    this.#detailSeqs = new Array(slots).fill(0);
  }

  add(record: JournalRecord, detail?: JournalDetail): void {
    const stored: Stored = {
      seq: ++this.#seq,
      atMs: record.atMs,
      method: record.method,
      path: record.path,
      query: record.query,
      action: record.action,
      status: record.status,
      errorBody: record.errorBody,
      companyId: record.companyId,
      bodyBytes: record.bodyBytes,
      profile: record.profile,
    };
    if (this.#entries.length < this.#limit) this.#entries.push(stored);
    else this.#entries[this.#next] = stored;
    this.#next = (this.#next + 1) % this.#limit;
    const slot = stored.seq % this.#details.length;
    this.#details[slot] = detail;
    this.#detailSeqs[slot] = stored.seq;
    // Formatted only for a listener (an open dashboard): recording stays free of string work.
    if (this.#listeners.size > 0) {
      const entry = format(stored, this.#secrets());
      for (const listener of this.#listeners) listener(entry);
    }
  }

  /** Oldest first; `companyId` narrows to one tenant's requests. */
  entries(filter: { companyId?: number; limit?: number } = {}): JournalEntry[] {
    const ordered = this.#ordered();
    const mine =
      filter.companyId === undefined ? ordered : ordered.filter((e) => e.companyId === filter.companyId);
    return (filter.limit === undefined ? mine : mine.slice(-filter.limit)).map((stored) =>
      format(stored, this.#secrets()),
    );
  }

  /** Empties the journal, or removes one company's entries only; how many went. */
  clear(companyId?: number): number {
    const before = this.#entries.length;
    if (companyId === undefined) {
      this.#entries = [];
      this.#next = 0;
      this.#details.fill(undefined);
      return before;
    }
    for (const e of this.#entries) {
      const slot = e.seq % this.#details.length;
      if (e.companyId === companyId && this.#detailSeqs[slot] === e.seq) this.#details[slot] = undefined;
    }
    this.#entries = this.#ordered().filter((e) => e.companyId !== companyId);
    this.#next = this.#entries.length % this.#limit;
    return before - this.#entries.length;
  }

  #ordered(): Stored[] {
    return this.#entries.length < this.#limit
      ? this.#entries.slice()
      : [...this.#entries.slice(this.#next), ...this.#entries.slice(0, this.#next)];
  }

  /** The entry `seq` while the journal still holds it. */
  entry(seq: number): JournalEntry | undefined {
    const back = this.#seq - seq;
    if (!Number.isInteger(back) || back < 0) return undefined;
    const at = (((this.#next - 1 - back) % this.#limit) + this.#limit) % this.#limit;
    const latest = back < this.#entries.length ? this.#entries[at] : undefined;
    // After one company's entries are cleared the seqs held have gaps: then look for it.
    const stored = latest?.seq === seq ? latest : this.#entries.find((e) => e.seq === seq);
    return stored ? format(stored, this.#secrets()) : undefined;
  }

  /** Bodies and headers of `seq`, kept for the latest requests only. */
  detail(seq: number): JournalDetail | undefined {
    if (!Number.isInteger(seq) || seq < 1) return undefined;
    const slot = seq % this.#details.length;
    return this.#detailSeqs[slot] === seq ? this.#details[slot] : undefined;
  }

  /** Calls `listener` with every new entry; returns the unsubscribe function. */
  subscribe(listener: JournalListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

function format(stored: Stored, secrets: readonly string[]): JournalEntry {
  return {
    seq: stored.seq,
    at: isoInstant(stored.atMs),
    method: stored.method,
    path: clip(redactKnownKeys(stored.path, secrets), 200),
    query: clip(redactKnownKeys(redactQuery(stored.query), secrets), 500),
    action: stored.action,
    status: stored.status,
    code: stored.errorBody === null ? null : errorCodeOf(stored.errorBody),
    companyId: stored.companyId,
    bodyBytes: stored.bodyBytes,
    profile: stored.profile,
  };
}

function errorCodeOf(body: string): string | null {
  return /^\{"code":"([A-Z_]+)"/.exec(body)?.[1] ?? null;
}
