import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const README = readFileSync(join(import.meta.dirname, '..', '..', '..', 'README.md'), 'utf8');
const read = (file: string) => readFileSync(join(import.meta.dirname, '..', file), 'utf8');

/** The ```ts blocks of the README's Vitest recipe, in order. */
function recipeBlocks(): string[] {
  const start = README.indexOf('**Vitest: one fake per run, one tenant per test file.**');
  const section = README.slice(start, README.indexOf('\n## ', start));
  return [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
}

test('the README’s Vitest recipe is what this example runs: its setup entry and every line of its test file', () => {
  const [config, testFile] = recipeBlocks();
  expect(config).toContain("globalSetup: ['@solarproof/mock-server/vitest-global-setup']");
  expect(read('vitest.config.ts')).toContain("'@solarproof/mock-server/vitest-global-setup'");
  const example = read('test/tenant-per-file.test.ts');
  const lines = (testFile ?? '').split('\n').map((line) => line.replace(/\s*\/\/.*$/, '').trim());
  expect(lines.filter(Boolean).length).toBeGreaterThan(2);
  for (const line of lines.filter(Boolean)) expect(example).toContain(line);
});
