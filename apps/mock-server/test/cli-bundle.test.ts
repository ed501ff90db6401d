import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import { createMockApi } from '../src/index.js';
import { startMockServer } from '../src/node.js';
import { CLI } from './support/cli-process.js';

const HOOK = join(import.meta.dirname, 'support', 'record-module-loads.mjs');
const BUNDLE = pathToFileURL(join(CLI, '..', 'cli')).href;
const API_KEY = 'sp_mock_7f3a9c2e41b84d06a5e1c9b2d3f40a11';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Page 1 of the default company as `solarproof-mock ...args` answers it, and the URLs of the modules it loaded by then. */
async function firstAnswer(
  args: readonly string[] = [],
  nodeArgs: readonly string[] = [],
): Promise<{ page: string; modules: string[] }> {
  dir = mkdtempSync(join(tmpdir(), 'cli-bundle-'));
  const record = join(dir, 'modules.txt');
  const child = spawn(
    process.execPath,
    [...nodeArgs, '--import', HOOK, CLI, '--port', '0', '--quiet', ...args],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, RECORD_MODULE_LOADS: record },
    },
  );
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(out.trim());
      });
      child.once('exit', (code) => reject(new Error(`the CLI exited with ${code}`)));
    });
    const response = await fetch(`${url}/apidata.php?action=getallcustomers&page=1&api_key=${API_KEY}`);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(JSON.parse(page)).toHaveLength(50);
    return { page, modules: readFileSync(record, 'utf8').trim().split('\n') };
  } finally {
    child.kill('SIGTERM');
  }
}

test('the built CLI answers its first page from its bundle alone: no faker, no zod locale, nothing of msw', async () => {
  // A set: the hooks see the entry twice.
  const files = [...new Set((await firstAnswer()).modules)].filter((url) => url.startsWith('file:'));
  const own = files.filter((url) => !url.includes('/node_modules/'));
  const installed = files.filter((url) => url.includes('/node_modules/'));
  // dist/cli.js, the entry into the bundle, and a few of its chunks (the serve path is one).
  expect(own[0]).toBe(pathToFileURL(CLI).href);
  expect(own.slice(1).filter((url) => !url.startsWith(`${BUNDLE}/`))).toEqual([]);
  expect(own.length).toBeLessThan(8);
  // zod and @solarproof/schemas are in the bundle; the default seed's pools are stored, so faker
  // is not needed to start.
  expect(installed).toEqual([]);
});

/** Page 1 of the default company of `createMockApi({ seed })`, served by the library in this process. */
async function libraryFirstPage(seed: number): Promise<string> {
  const library = await startMockServer({ port: 0, mock: createMockApi({ seed }) });
  try {
    const response = await fetch(
      `${library.url}/apidata.php?action=getallcustomers&page=1&api_key=${API_KEY}`,
    );
    return await response.text();
  } finally {
    await library.close();
  }
}

test("the built CLI of another seed loads faker when it draws that seed's pools, and answers as the library does", async () => {
  const { page } = await firstAnswer(['--seed', '5']);
  expect(page).toBe(await libraryFirstPage(5));
});

test('with require() of ES modules turned off, the built CLI imports faker at start and answers as the library does', async () => {
  const { page, modules } = await firstAnswer(['--seed', '6'], ['--no-experimental-require-module']);
  expect(modules.some((url) => url.includes('/@faker-js/faker/'))).toBe(true);
  expect(page).toBe(await libraryFirstPage(6));
});
