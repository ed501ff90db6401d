import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runServeInProcess, startCli } from './support/cli-process.js';
import {
  createTagged as create,
  taggedExists as exists,
  killNineTest,
  stateFile,
  writeStateFile,
} from './support/kill-nine-test.js';

describe('--state FILE', () => {
  test('keeps every write across a clean restart, and a reset empties it', async () => {
    const file = stateFile();
    const first = await startCli(['--state', file, '--seed', '5']);
    expect((await create(first.url, 'kept')).status).toBe(200);
    first.child.kill('SIGTERM');
    await first.exited;

    const second = await startCli(['--state', file]);
    expect(await exists(second.url, 'kept')).toBe(true);
    await fetch(`${second.url}/__mock/reset`, { method: 'POST' });
    second.child.kill('SIGTERM');
    await second.exited;

    const third = await startCli(['--state', file]);
    expect(await exists(third.url, 'kept')).toBe(false);
    third.child.kill('SIGTERM');
    await third.exited;
  });

  // One kill point here; durable-state.long.test.ts runs the same test at 5, 40 and 120.
  killNineTest([5]);

  test('refuses a damaged file with a clear message and leaves it as it was', async () => {
    const file = stateFile();
    await writeStateFile(file, ['a', 'b']);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[1] = '{"kind":"createCustomer", this is not json';
    writeFileSync(file, lines.join('\n'));
    const before = createHash('sha256').update(readFileSync(file)).digest('hex');

    const run = await runServeInProcess(['--port', '0', '--state', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/line 2 is damaged; the file was not changed/);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before);
  });

  test('refuses a file that is not a state file', async () => {
    const file = stateFile();
    writeFileSync(file, 'hello\n');
    const run = await runServeInProcess(['--port', '0', '--state', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/is not a solarproof-mock state file/);
  });

  test('drops a torn last line, which was never acknowledged, and says so', async () => {
    const file = stateFile();
    await writeStateFile(file, ['whole']);
    writeFileSync(file, `${readFileSync(file, 'utf8')}{"kind":"createCust`);

    const restarted = await startCli(['--state', file], { quiet: false });
    await expect.poll(restarted.stdout).toContain('torn last line');
    expect(await exists(restarted.url, 'whole')).toBe(true);
    restarted.child.kill('SIGTERM');
    await restarted.exited;
    expect(readFileSync(file, 'utf8').endsWith('\n')).toBe(true);
  });

  test('a second server refuses a state file the first one holds, and takes it once the first is gone', async () => {
    const file = stateFile();
    const first = await startCli(['--state', file]);
    // The second runs in this process, whose pid is not the first one's: the lock is per process.
    const second = await runServeInProcess(['--port', '0', '--state', file]);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/is in use by another solarproof-mock \(pid \d+/);
    first.child.kill('SIGKILL');
    await first.exited;
    const third = await startCli(['--state', file]);
    expect(await exists(third.url, 'nobody')).toBe(false);
    third.child.kill('SIGTERM');
    await third.exited;
  });
});
