import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DEFAULT_API_KEY } from '@solarproof/mock-server';
import { type RunningMockServer, startMockServer } from '@solarproof/mock-server/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('../../', import.meta.url));
const HEADING = '## Quick start';

/** The first ```ts block under the heading, exactly as the README prints it. */
async function quickStartExample(): Promise<string> {
  const readme = await readFile(join(packageDir, 'README.md'), 'utf8');
  const section = readme.split(`\n${HEADING}\n`)[1];
  if (section === undefined) throw new Error(`README.md has no "${HEADING}" heading`);
  const code = /```ts\n([\s\S]*?)\n```/.exec(section.split(/\n## /)[0] ?? '')?.[1];
  if (code === undefined) throw new Error(`README.md has no \`\`\`ts block under "${HEADING}"`);
  return code;
}

describe('the README quick start', () => {
  let server: RunningMockServer;
  beforeAll(async () => {
    server = await startMockServer({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => server.close());

  test('falls back to the address and key that `pnpm mock` serves', async () => {
    const code = await quickStartExample();
    expect(code).toContain("process.env.SOLARPROOF_BASE_URL ?? 'http://127.0.0.1:4010'");
    expect(code).toContain(`process.env.SOLARPROOF_API_KEY ?? '${DEFAULT_API_KEY}'`);
  });

  test('runs as printed against the mock and prints what the README says', async () => {
    if (!existsSync(join(packageDir, 'dist/index.js'))) {
      throw new Error('packages/client/dist is missing: run `pnpm --filter @solarproof/client build` first');
    }
    // Inside the package, so that node resolves '@solarproof/client' to its built self through
    // package.json "exports"; nothing in the example is rewritten.
    const dir = await mkdtemp(join(packageDir, '.readme-quick-start-'));
    try {
      const file = join(dir, 'quick-start.mjs');
      await writeFile(file, await quickStartExample());
      const { stdout, stderr } = await run(process.execPath, [file], {
        cwd: dir,
        timeout: 20_000,
        env: { ...process.env, SOLARPROOF_BASE_URL: server.url, SOLARPROOF_API_KEY: DEFAULT_API_KEY },
      });
      expect(stderr).toBe('');
      expect(stdout.trimEnd().split('\n')).toEqual([
        expect.stringMatching(/^page 1: 50 customers, the first is \S+@\S+$/),
        'all pages: 130 customers',
        expect.stringMatching(/^created customer [0-9]+$/),
        'creating it again fails with DUPLICATE_EMAIL (HTTP 409)',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
