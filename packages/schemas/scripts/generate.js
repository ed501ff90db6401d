#!/usr/bin/env node
// @ts-check
// Writes the generated files of @solarproof/schemas that differ from the spec's rendering (an
// unchanged file is left alone, mtime and all), or with --check writes nothing and fails when any
// is stale. `pnpm test` and CI run --check before any task could regenerate them.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderAll, SPEC_PATH } from './render.js';
import { staleFiles } from './stale-files.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = join(packageDir, '..', '..');
const check = process.argv.includes('--check');

const files = await renderAll(await readFile(join(repoDir, SPEC_PATH), 'utf8'));
const stale = await staleFiles(packageDir, files);
if (check) {
  if (stale.length > 0) {
    console.error(
      `Stale generated files: ${stale.map((f) => `packages/schemas/${f}`).join(', ')}.\n` +
        `They differ from what ${SPEC_PATH} generates (a hand edit, or a spec change not yet generated): ` +
        'run `pnpm generate` and commit the result.',
    );
    process.exit(1);
  }
  console.log(`Generated files are up to date with ${SPEC_PATH}.`);
} else {
  for (const relative of stale) {
    const target = join(packageDir, relative);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, /** @type {string} */ (files[relative]));
    console.log(`wrote packages/schemas/${relative}`);
  }
}
