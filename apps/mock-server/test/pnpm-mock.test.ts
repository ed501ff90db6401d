import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listening } from './support/port-listening.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** `pnpm mock` as a user types it, in its own process group (as a terminal would put it). */
async function startPnpmMock() {
  const child = spawn('pnpm', ['mock', '--port', '0', '--quiet'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await expect.poll(() => out, { timeout: 15_000 }).toMatch(/http:\/\/127\.0\.0\.1:\d+/);
  const port = Number(/http:\/\/127\.0\.0\.1:(\d+)/.exec(out)?.[1]);
  return { child, port, output: () => out, exited };
}

describe('pnpm mock', () => {
  test('leaves nothing on its port within a second of a SIGTERM to pnpm, and exits 0', async () => {
    const mock = await startPnpmMock();
    expect(await listening(mock.port)).toBe(true);
    const sent = performance.now();
    mock.child.kill('SIGTERM');
    await expect.poll(() => listening(mock.port), { timeout: 1_000, interval: 50 }).toBe(false);
    expect(performance.now() - sent).toBeLessThan(1_000);
    expect(await mock.exited).toBe(0);
  });

  test('exits 0 on Ctrl-C, without ELIFECYCLE', async () => {
    const mock = await startPnpmMock();
    // Ctrl-C signals the whole foreground process group: pnpm and the server alike.
    process.kill(-(mock.child.pid as number), 'SIGINT');
    expect(await mock.exited).toBe(0);
    expect(mock.output()).not.toContain('ELIFECYCLE');
    expect(await listening(mock.port)).toBe(false);
  });
});
