#!/usr/bin/env node
// @ts-check
// Writes specs/generated/solarproof.prism.openapi.yaml from the canonical spec, or with --check
// fails when it is stale.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { prismShape } from './prism-shape.js';

const repoDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const SOURCE = 'specs/solarproof.openapi.yaml';
const EXAMPLES = 'packages/schemas/test/fixtures/examples';
export const TARGET = 'specs/generated/solarproof.prism.openapi.yaml';
const HEADER = `# GENERATED from ${SOURCE} by apps/mock-server/scripts/generate-prism-spec.js: do not edit.
# The same API in one path (/apidata.php) with \`action\` as an enum query parameter, for Prism,
# Spectral and other path-routing tools, with the documented answers as named examples
# (packages/schemas/test/fixtures/examples). info.description says what this shape gives up.
`;

const spec = parse(await readFile(join(repoDir, SOURCE), 'utf8'));
const content = `${HEADER}${stringify(prismShape(spec, await documentedAnswers(spec)), { lineWidth: 0, aliasDuplicateObjects: false })}`;
/**
 * The documented answers (the schemas package's byte-for-byte copy of the reference examples):
 * `<action>-response.json` is the 200 answer, `<action>-error.json` the answer of its code's status.
 * @param {any} spec
 */
async function documentedAnswers(spec) {
  const dir = join(repoDir, EXAMPLES);
  const statusOf = Object.fromEntries(
    (spec['x-solarproof-error-codes'] ?? []).map((e) => [e.code, String(e.status)]),
  );
  /** @type {Record<string, Record<string, unknown>>} */
  const out = {};
  for (const file of (await readdir(dir)).sort()) {
    const match = /^([A-Za-z_]+)-(response|error)\.json$/.exec(file);
    if (!match) continue;
    const [, action, kind] = match;
    const value = JSON.parse(await readFile(join(dir, file), 'utf8'));
    const status = kind === 'response' ? '200' : (statusOf[value.code] ?? '400');
    out[action] = { ...out[action], [status]: value };
  }
  return out;
}

const target = join(repoDir, TARGET);
const current = await readFile(target, 'utf8').catch(() => undefined);
if (process.argv.includes('--check')) {
  if (current !== content) {
    console.error(`Stale ${TARGET} (run \`pnpm --filter @solarproof/mock-server generate\`)`);
    process.exit(1);
  }
} else if (current !== content) {
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, content);
  console.log(`wrote ${TARGET}`);
}
