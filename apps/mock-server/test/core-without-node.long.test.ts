import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';

// tsconfig.core.json's promise, tested: what an adapter may use does not compile in the core.

const packageDir = join(import.meta.dirname, '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

const PROBES = {
  'node-fs': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;",
  process: 'export const env = process.env;',
  buffer: "export const bytes = Buffer.from('x');",
  fetch: "export const answer = fetch('http://127.0.0.1');",
  timer: 'export const timer = setTimeout(() => {}, 1);',
  dom: 'export const title = document.title;',
  'web-standard': [
    "export const host = new URL('https://example.com/a?b=1').hostname;",
    "export const b = new URLSearchParams('b=1').get('b');",
    "export const bytes = new TextEncoder().encode('x').byteLength;",
  ].join('\n'),
};

/** One tsc run over every probe with the core's settings: each probe's error lines (none when it compiles). */
async function compileProbes(): Promise<Record<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'solarproof-core-'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  for (const [name, source] of Object.entries(PROBES)) writeFileSync(join(dir, `${name}.ts`), source);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: join(packageDir, 'tsconfig.core.json'),
      include: [join(packageDir, 'types/web-standard-globals.d.ts'), join(dir, '*.ts')],
    }),
  );
  const output = await promisify(execFile)(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')]).then(
    () => '',
    (error: { stdout: string }) => error.stdout,
  );
  const lines = output.split('\n');
  return Object.fromEntries(
    Object.keys(PROBES).map((name) => [
      name,
      lines.filter((line) => line.includes(`/${name}.ts(`)).join('\n'),
    ]),
  );
}

describe('the core compiled without Node types', () => {
  let errors: Record<string, string>;
  beforeAll(async () => {
    errors = await compileProbes();
  }, 60_000);

  test('covers the core, actions, views and world folders', () => {
    const config = readFileSync(join(packageDir, 'tsconfig.core.json'), 'utf8');
    for (const folder of ['core', 'actions', 'views', 'world'])
      expect(config).toContain(`"src/${folder}/**/*.ts"`);
  });

  test.each([
    ['an import of node:fs', 'node-fs', /Cannot find module 'node:fs'/],
    ['process', 'process', /Cannot find name 'process'/],
    ['Buffer', 'buffer', /Cannot find name 'Buffer'/],
    ['fetch', 'fetch', /Cannot find name 'fetch'/],
    ['a timer', 'timer', /Cannot find name 'setTimeout'/],
    ['the DOM', 'dom', /Cannot find name 'document'/],
  ] as const)('refuses %s', (_name, probe, error) => {
    expect(errors[probe]).toMatch(error);
  });

  test('accepts the web-standard URL, URLSearchParams and TextEncoder', () => {
    expect(errors['web-standard']).toBe('');
  });
});
