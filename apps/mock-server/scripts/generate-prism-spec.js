#!/usr/bin/env node
// @ts-check
// Writes specs/generated/solarproof.prism.openapi.yaml from the canonical spec, or with --check
// fails when it is stale.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { documentedAnswers, REPO_DIR as repoDir } from './documented-examples.js';
import { prismShape } from './prism-shape.js';

const SOURCE = 'specs/solarproof.openapi.yaml';
export const TARGET = 'specs/generated/solarproof.prism.openapi.yaml';
const HEADER = `# GENERATED from ${SOURCE} by apps/mock-server/scripts/generate-prism-spec.js: do not edit.
# The same API in one path (/apidata.php) with \`action\` as an enum query parameter, for Prism,
# Spectral and other path-routing tools, with the documented answers as named examples
# (packages/schemas/test/fixtures/examples). info.description says what this shape gives up.
`;

const spec = parse(await readFile(join(repoDir, SOURCE), 'utf8'));
const content = `${HEADER}${stringify(prismShape(spec, await documentedAnswers(spec)), { lineWidth: 0, aliasDuplicateObjects: false })}`;
const target = join(repoDir, TARGET);
const current = await readFile(target, 'utf8').catch(() => undefined);
if (process.argv.includes('--check')) {
  if (current !== content) {
    console.error(`Stale ${TARGET} (run \`pnpm --filter @solarproof/mock-server generate:prism\`)`);
    process.exit(1);
  }
} else if (current !== content) {
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, content);
  console.log(`wrote ${TARGET}`);
}
