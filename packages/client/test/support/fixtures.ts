import { readFileSync } from 'node:fs';

/** A documented example copied from the reference sheet, parsed (so the tests run from a clone). */
export function loadExample(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../fixtures/examples/${name}`, import.meta.url), 'utf8'));
}
