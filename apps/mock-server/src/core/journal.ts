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
}

/**
 * The last `limit` requests, oldest first. A ring buffer: memory stays bounded however long the
 * server runs.
 */
export class Journal {
  readonly #limit: number;
  #entries: JournalEntry[] = [];
  #next = 0;
  #seq = 0;

  constructor(limit = 1000) {
    this.#limit = Math.max(1, limit);
  }

  add(entry: Omit<JournalEntry, 'seq'>): void {
    const full = { ...entry, seq: ++this.#seq };
    if (this.#entries.length < this.#limit) this.#entries.push(full);
    else this.#entries[this.#next] = full;
    this.#next = (this.#next + 1) % this.#limit;
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

  /** Empties the journal, or removes one company's entries only. */
  clear(companyId?: number): void {
    if (companyId === undefined) {
      this.#entries = [];
      this.#next = 0;
      return;
    }
    this.#entries = this.entries().filter((e) => e.companyId !== companyId);
    this.#next = this.#entries.length % this.#limit;
  }
}
