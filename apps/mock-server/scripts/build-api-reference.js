#!/usr/bin/env node
// @ts-check
// Renders the API reference (Redocly build-docs) from the canonical spec, with the documented
// requests and answers as examples of each action, into dist/docs/api-reference.html: one
// self-contained page (the Redoc bundle inlined, telemetry off), served by the fake at /__mock/docs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { documentedAnswers, documentedRequestBodies, REPO_DIR } from './documented-examples.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const output = process.argv[2] ?? join(packageDir, 'dist', 'docs', 'api-reference.html');
const spec = parse(readFileSync(join(REPO_DIR, 'specs', 'solarproof.openapi.yaml'), 'utf8'));
const answers = await documentedAnswers(spec);
const requests = await documentedRequestBodies();

/** @param {any} node */
const resolve = (node) => {
  if (!node?.$ref) return node;
  return node.$ref
    .replace(/^#\//, '')
    .split('/')
    .reduce((/** @type {any} */ at, /** @type {string} */ step) => at[step], spec);
};

// Shared responses are referenced by several actions: each action gets its own copy, with its examples.
for (const [key, item] of Object.entries(spec.paths)) {
  const action = key.replace('/apidata.php?action=', '');
  for (const operation of Object.values(item)) {
    for (const [status, example] of Object.entries(answers[action] ?? {})) {
      const response = operation.responses?.[status];
      if (!response) continue;
      const copy = structuredClone(resolve(response));
      const media = copy.content?.['application/json'];
      if (media)
        media.examples = {
          documented: { summary: `The documented ${status === '200' ? 'answer' : 'error'}`, value: example },
        };
      operation.responses[status] = copy;
    }
    const bodies = requests[action];
    if (operation.requestBody && bodies) {
      const copy = structuredClone(resolve(operation.requestBody));
      const media = copy.content?.['application/json'];
      if (media)
        media.examples = Object.fromEntries(
          Object.entries(bodies).map(([file, value]) => [
            file.replace(/\.json$/, ''),
            { summary: file, value },
          ]),
        );
      operation.requestBody = copy;
    }
  }
}

const work = mkdtempSync(join(tmpdir(), 'sp-docs-'));
try {
  const input = join(work, 'solarproof.openapi.yaml');
  writeFileSync(input, stringify(spec, { lineWidth: 0, aliasDuplicateObjects: false }));
  mkdirSync(dirname(output), { recursive: true });
  try {
    execFileSync(
      join(packageDir, 'node_modules', '.bin', 'redocly'),
      [
        'build-docs',
        input,
        '--inlineBundle',
        '--openapi.disableTelemetry=true',
        '--title',
        'Solar Proof API reference',
        '-o',
        output,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
  } catch (error) {
    console.error(String(/** @type {any} */ (error).stderr ?? error));
    process.exit(1);
  }
  console.log(`wrote ${output}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
