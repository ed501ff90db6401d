import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('prints both matrix examples in the README as they are run', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'README.md'), 'utf8');
  for (const file of ['fetch-all-customers.ts', 'fetch-all-customers.test.ts', 'check-sync.mjs']) {
    expect(readme).toContain(readFileSync(join(import.meta.dirname, 'example', file), 'utf8'));
  }
});
