import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('prints the Vitest matrix example in the README as it is run', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'README.md'), 'utf8');
  for (const file of ['fetch-all-customers.ts', 'fetch-all-customers.test.ts']) {
    expect(readme).toContain(readFileSync(join(import.meta.dirname, 'example', file), 'utf8'));
  }
});
