import { describe, expect, it } from 'vitest';
import { createWorld, DEFAULT_API_KEY, OTHER_API_KEY } from '../world/create-world.js';
import { customerJson } from './customer-json.js';
import { customerView } from './customer-view.js';

const viewJson = (world: ReturnType<typeof createWorld>, id: number) =>
  JSON.stringify(customerView(world, world.customer(id)!, { systemSize: 'number' }));

describe('customerJson', () => {
  it('writes the same text as JSON.stringify of the getallcustomers view, for every customer of seeded worlds', () => {
    for (const seed of [1, 2, 3]) {
      const world = createWorld({ seed, customers: 400 });
      for (const key of [DEFAULT_API_KEY, OTHER_API_KEY]) {
        const company = world.companyByApiKey(key)!;
        for (const customer of world.customersPage(company.id, 1, 1000)) {
          expect(customerJson(world, customer)).toBe(viewJson(world, customer.id));
        }
      }
    }
  });

  it('escapes quotes, backslashes, control characters and lone surrogates as JSON.stringify does', () => {
    const world = createWorld({ customers: 3 });
    const company = world.companyByApiKey(DEFAULT_API_KEY)!;
    const customer = world.customersPage(company.id, 1, 1)[0]!;
    const at = '2026-02-01T00:00:00Z';
    const updated = world.apply({
      kind: 'updateCustomer',
      customerId: customer.id,
      patch: { surname: 'O"Brien \\ tab\there', companyname: 'Café ☀ 🌞 \ud800 end' },
      at,
    });
    const noted = world.apply({
      kind: 'addNote',
      customerId: customer.id,
      note: 'line\nbreak \u0001 "quoted"',
      at,
    });
    expect([updated.ok, noted.ok]).toEqual([true, true]);
    const json = customerJson(world, world.customer(customer.id)!);
    expect(json).toBe(viewJson(world, customer.id));
    expect(JSON.parse(json).customer_last_name).toBe('O"Brien \\ tab\there');
    expect(JSON.parse(json).customer_notes.at(-1).note).toBe('line\nbreak \u0001 "quoted"');
  });
});
