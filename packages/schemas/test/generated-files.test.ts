import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { renderAll, SPEC_PATH } from '../scripts/render.js';

// Whether the committed files are stale is `pnpm generate:check`'s job (scripts/stale-files.test.ts
// tests it); `pnpm test` runs it before any task could regenerate them.

const packageDir = join(import.meta.dirname, '..');
const specText = readFileSync(join(packageDir, '..', '..', SPEC_PATH), 'utf8');
const rendered: Promise<Record<string, string>> = renderAll(specText);

// Each render formats three files with Biome (a process each): slow on a loaded machine.
describe('the generated files', { timeout: 30_000 }, () => {
  test('start with the do-not-edit header', async () => {
    for (const relative of Object.keys(await rendered)) {
      expect(readFileSync(join(packageDir, relative), 'utf8')).toMatch(
        /^\/\/ Generated from specs\/solarproof\.openapi\.yaml .* Do not edit/,
      );
    }
  });

  test('change when a field type changes in the spec', async () => {
    const mutated = specText.replace(/( {8}customer_first_name:\n {10}type: )string/, '$1integer');
    expect(mutated).not.toBe(specText);
    const before = await rendered;
    const after: Record<string, string> = await renderAll(mutated);
    expect(after['src/generated/openapi.ts']).not.toBe(before['src/generated/openapi.ts']);
    expect(after['src/generated/zod.ts']).not.toBe(before['src/generated/zod.ts']);
  });

  test('the spec parses as OpenAPI 3.1', () => {
    expect(parse(specText).openapi).toMatch(/^3\.1\./);
  });
});
