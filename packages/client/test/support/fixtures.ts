import { readFileSync } from 'node:fs';

/** A documented example copied from the reference sheet, parsed (so the tests run from a clone). */
export function loadExample(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../fixtures/examples/${name}`, import.meta.url), 'utf8'));
}

/** The smallest valid createcustomer input. */
export const minimalCustomerInput = {
  firstname: 'A',
  surname: 'B',
  email: 'a@example.com',
  phone1: '1',
  type: 'RESIDENTIAL',
} as const;
