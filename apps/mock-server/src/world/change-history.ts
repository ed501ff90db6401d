/**
 * What each recent world revision touched: the ids of the customers it replaced or gave projects,
 * or `null` when it changed anything else (which customers a company has, a user, a company, a
 * reset). Lets a cache tell that a page it holds shows nothing changed since it was last checked,
 * without reading the page's records again. Revisions too old to be kept answer "cannot tell".
 */
export class ChangeHistory {
  readonly #limit: number;
  /** What revisions `#first`, `#first + 1`, ... touched: the newest `#limit` of them. */
  #touched: (readonly number[] | null)[] = [];
  #first = 1;

  constructor(limit = 64) {
    this.#limit = Math.max(1, limit);
  }

  /** The newest revision recorded (0 before any). */
  get newest(): number {
    return this.#first + this.#touched.length - 1;
  }

  /** Records what the next revision (`newest + 1`) touched. */
  record(touched: readonly number[] | null): void {
    this.#touched.push(touched);
    if (this.#touched.length > this.#limit) {
      this.#touched.shift();
      this.#first += 1;
    }
  }

  /**
   * The customers touched by every revision after `since` up to the newest, in any order and
   * perhaps repeated; undefined when one of them changed anything else, or is no longer kept.
   */
  customersTouchedSince(since: number): readonly number[] | undefined {
    if (!Number.isInteger(since) || since > this.newest) return undefined;
    if (since === this.newest) return noIds;
    const at = since + 1 - this.#first;
    if (at < 0) return undefined;
    const touched = this.#touched;
    // One revision since (the common case: one write between two reads): its own list.
    if (at === touched.length - 1) return touched[at] ?? undefined;
    const ids: number[] = [];
    for (let i = at; i < touched.length; i += 1) {
      const list = touched[i];
      if (list === null || list === undefined) return undefined;
      for (const id of list) ids.push(id);
    }
    return ids;
  }
}

const noIds: readonly number[] = Object.freeze([]);
