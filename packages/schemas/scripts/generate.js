#!/usr/bin/env node
// @ts-check
// Writes the generated files of @solarproof/schemas, or with --check fails when any is stale.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderAll, SPEC_PATH } from './render.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = join(packageDir, '..', '..');
const check = process.argv.includes('--check');

const files = await renderAll(await readFile(join(repoDir, SPEC_PATH), 'utf8'));
const stale = [];
for (const [relative, content] of Object.entries(files)) {
  const target = join(packageDir, relative);
  const current = await readFile(target, 'utf8').catch(() => undefined);
  if (current === content) continue;
  if (check) {
    stale.push(relative);
  } else {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
    console.log(`wrote packages/schemas/${relative}`);
  }
}
if (stale.length > 0) {
  console.error(`Stale generated files (run \`pnpm generate\`): ${stale.join(', ')}`);
  process.exit(1);
}
