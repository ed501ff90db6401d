import { describe, expect, it } from 'vitest';
import { seedWorld } from './seed-world.js';
import { copyWorldState, removeCustomer, replaceCustomer, takeId, type WorldState } from './world-state.js';

const options = { seed: 4, customers: 20, otherCustomers: 3, apiKey: 'k1', records: null };

/** Every index of a state with its entries (one level of nested maps), as text to compare. */
function dump(state: WorldState): string {
  const entries = (value: unknown): unknown =>
    value instanceof Map ? [...value].map(([key, inner]) => [key, entries(inner)]) : value;
  return JSON.stringify(Object.entries(state).map(([name, value]) => [name, entries(value)]));
}

describe('copyWorldState', () => {
  it('copies every index, so no index or counter object is shared with the original', () => {
    const original = seedWorld(options, 'k2');
    const copy = copyWorldState(original);
    expect(dump(copy)).toBe(dump(original));
    for (const [name, value] of Object.entries(original)) {
      const copied = copy[name as keyof WorldState];
      if (typeof value === 'object' && value !== null) expect(copied, name).not.toBe(value);
      else expect(copied, name).toBe(value);
    }
  });

  it('leaves the original as it was when the copy is written to', () => {
    const original = seedWorld(options, 'k2');
    const before = dump(original);
    const copy = copyWorldState(original);
    const companyId = [...copy.companies.keys()][0] as number;
    const [first, second] = copy.customersByCompany.get(companyId) ?? [];
    replaceCustomer(copy, { ...first!, surname: 'Changed', email: 'changed@example.com' });
    removeCustomer(copy, second!);
    takeId(copy, 'customerId');
    expect(dump(copy)).not.toBe(before);
    expect(dump(original)).toBe(before);
  });
});
