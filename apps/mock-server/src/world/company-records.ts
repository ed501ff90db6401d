import type { StoredCustomer, StoredProject, Subscription } from './types.js';
import type { WorldState } from './world-state.js';

/**
 * One company's records and the indexes over them, as a company reset puts them back. Shared with
 * the state they were taken from and never written: records and lists are frozen or left alone.
 */
export interface CompanyRecords {
  /** Ascending id order. */
  readonly customers: readonly StoredCustomer[];
  /** lower-case email → customer */
  readonly customerByEmail: ReadonlyMap<string, StoredCustomer>;
  /** Ascending id order. */
  readonly projects: readonly StoredProject[];
  /** customer id → its project list (may hold other companies' customers too: looked up by id). */
  readonly projectsByCustomer: ReadonlyMap<number, readonly StoredProject[]>;
  readonly subscriptions: readonly Subscription[];
}

const noRecords: readonly never[] = Object.freeze([]);

/**
 * A seeded company's records, read in place from `seeded`: no copy, so it costs nothing at start.
 * Valid once `seeded` is whole and while it is never written, as `createWorld` keeps it (`apply`
 * seeds the rest first, and writes go to a copy).
 */
export function seededRecords(seeded: WorldState, companyId: number): CompanyRecords | undefined {
  const customers = seeded.customersByCompany.get(companyId);
  if (!customers) return undefined;
  return {
    customers,
    customerByEmail: seeded.customerByEmail.get(companyId) ?? new Map(),
    projects: seeded.projectsByCompany.get(companyId) ?? noRecords,
    projectsByCustomer: seeded.projectsByCustomer,
    subscriptions: seeded.subscriptions.get(companyId) ?? noRecords,
  };
}

/**
 * What differs between two lists in ascending id order: the records only `now` holds (or holds in
 * another version) and those only `then` holds. One walk, no lookups: unchanged records are skipped.
 */
export function changedSince<T extends { readonly id: number }>(
  now: readonly T[],
  then: readonly T[],
): { gone: T[]; back: T[] } {
  const gone: T[] = [];
  const back: T[] = [];
  let i = 0;
  let j = 0;
  while (i < now.length || j < then.length) {
    const current = now[i];
    const earlier = then[j];
    if (current === earlier) {
      i += 1;
      j += 1;
    } else if (earlier === undefined || (current !== undefined && current.id < earlier.id)) {
      gone.push(current as T);
      i += 1;
    } else if (current === undefined || earlier.id < current.id) {
      back.push(earlier);
      j += 1;
    } else {
      gone.push(current);
      back.push(earlier);
      i += 1;
      j += 1;
    }
  }
  return { gone, back };
}
