/** One request as the journal keeps it: no API key, no body. */
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
  responseHeaders: Record<string, string>;
  responseBody: string;
}

export type JournalListener = (entry: JournalEntry) => void;

/** How many of the latest requests keep their bodies: bounded, as a page of customers is ~75 kB. */
const DETAIL_LIMIT = 100;

/**
 * The last `limit` requests, oldest first. A ring buffer: memory stays bounded however long the
 * server runs.
 */
export class Journal {
  readonly #limit: number;
  #entries: JournalEntry[] = [];
  #next = 0;
  #seq = 0;
  #details = new Map<number, JournalDetail>();
  #listeners = new Set<JournalListener>();

  constructor(limit = 1000) {
    this.#limit = Math.max(1, limit);
  }

  add(entry: Omit<JournalEntry, 'seq'>, detail?: JournalDetail): JournalEntry {
    const full = { ...entry, seq: ++this.#seq };
    if (this.#entries.length < this.#limit) this.#entries.push(full);
    else this.#entries[this.#next] = full;
    this.#next = (this.#next + 1) % this.#limit;
    if (detail) {
      this.#details.set(full.seq, detail);
      this.#details.delete(full.seq - Math.min(DETAIL_LIMIT, this.#limit));
    }
    for (const listener of this.#listeners) listener(full);
    return full;
  }

  /** Oldest first; `companyId` narrows to one tenant's requests. */
  entries(filter: { companyId?: number; limit?: number } = {}): JournalEntry[] {
    const ordered =
      this.#entries.length < this.#limit
        ? this.#entries.slice()
        : [...this.#entries.slice(this.#next), ...this.#entries.slice(0, this.#next)];
    const mine =
      filter.companyId === undefined ? ordered : ordered.filter((e) => e.companyId === filter.companyId);
    return filter.limit === undefined ? mine : mine.slice(-filter.limit);
  }

  /** The entry `seq` while the journal still holds it. */
  entry(seq: number): JournalEntry | undefined {
    const back = this.#seq - seq;
    if (!Number.isInteger(back) || back < 0 || back >= this.#entries.length) return undefined;
    const at = (((this.#next - 1 - back) % this.#limit) + this.#limit) % this.#limit;
    return this.#entries[at];
  }

  /** Bodies and headers of `seq`, kept for the latest requests only. */
  detail(seq: number): JournalDetail | undefined {
    return this.#details.get(seq);
  }

  /** Calls `listener` with every new entry; returns the unsubscribe function. */
  subscribe(listener: JournalListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  clear(): void {
    this.#entries = [];
    this.#next = 0;
    this.#details.clear();
  }
}
