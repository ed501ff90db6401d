import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import { CLI } from './support/cli-process.js';

const HOOK = join(import.meta.dirname, 'support', 'record-module-loads.mjs');
const BUNDLE = pathToFileURL(join(CLI, '..', 'cli')).href;
const API_KEY = 'sp_mock_7f3a9c2e41b84d06a5e1c9b2d3f40a11';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The URLs of the modules `solarproof-mock` loaded by the time it answered page 1. */
async function modulesToFirstAnswer(): Promise<string[]> {
  dir = mkdtempSync(join(tmpdir(), 'cli-bundle-'));
  const record = join(dir, 'modules.txt');
  const child = spawn(process.execPath, ['--import', HOOK, CLI, '--port', '0', '--quiet'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, RECORD_MODULE_LOADS: record },
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(out.trim());
      });
      child.once('exit', (code) => reject(new Error(`the CLI exited with ${code}`)));
    });
    const page = await fetch(`${url}/apidata.php?action=getallcustomers&page=1&api_key=${API_KEY}`);
    expect(page.status).toBe(200);
    expect(await page.json()).toHaveLength(50);
  } finally {
    child.kill('SIGTERM');
  }
  return readFileSync(record, 'utf8').trim().split('\n');
}

test('the built CLI answers its first page from its bundle and faker alone: no zod locale, nothing of msw', async () => {
  // A set: the hooks see the entry twice.
  const files = [...new Set(await modulesToFirstAnswer())].filter((url) => url.startsWith('file:'));
  const own = files.filter((url) => !url.includes('/node_modules/'));
  const installed = files.filter((url) => url.includes('/node_modules/'));
  // dist/cli.js, the entry into the bundle, and a few of its chunks (the serve path is one).
  expect(own[0]).toBe(pathToFileURL(CLI).href);
  expect(own.slice(1).filter((url) => !url.startsWith(`${BUNDLE}/`))).toEqual([]);
  expect(own.length).toBeLessThan(8);
  // zod and @solarproof/schemas are in the bundle; faker's data is the installed faker's.
  expect(installed.filter((url) => !url.includes('/@faker-js/faker/'))).toEqual([]);
});
