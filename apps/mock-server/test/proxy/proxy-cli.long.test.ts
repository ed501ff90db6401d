import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../../src/node/start-mock-server.js';
import { CLI } from '../support/cli-process.js';

const dir = mkdtempSync(join(tmpdir(), 'sp-proxy-cli-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});

/** Starts `solarproof-mock <args>` and waits for the URL it prints. */
async function start(
  args: string[],
): Promise<{ child: ChildProcess; url: string; output: () => string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  child.stdout?.on('data', (c: Buffer) => {
    out += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    out += c.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 10_000);
    child.stdout?.on('data', () => {
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
  });
  return { child, url, output: () => out, exited };
}

describe('solarproof-mock proxy and infer', () => {
  it('records through the proxy, writes the report on SIGINT, infers the profile, and the tuned fake answers by it', async () => {
    const fake = await startMockServer({ port: 0, seed: 1, customers: 60, profile: 'lenient-php' });
    const key = fake.mock.world.options.apiKey;
    const har = join(dir, 'session.har');
    const proxy = await start([
      'proxy',
      '--target',
      fake.url,
      '--port',
      '0',
      '--record',
      har,
      '--report',
      join(dir, 'drift'),
    ]);
    try {
      for (const page of [1, 2, 3])
        await (
          await fetch(`${proxy.url}/apidata.php?action=getallcustomers&page=${page}&api_key=${key}`)
        ).text();
      const refused = await fetch(`${proxy.url}/apidata.php?action=deletecustomer&api_key=${key}`, {
        method: 'POST',
        body: '{}',
      });
      expect(refused.status).toBe(403);
      proxy.child.kill('SIGINT');
      expect(await proxy.exited).toBe(0);
    } finally {
      await fake.close();
    }
    expect(proxy.output()).toContain(`wrote ${har}`);
    expect(proxy.output()).not.toContain(key);
    expect(readFileSync(har, 'utf8')).not.toContain(key);
    const report = JSON.parse(readFileSync(join(dir, 'drift.json'), 'utf8')) as { exchanges: number };
    expect(report.exchanges).toBe(3);
    expect(readFileSync(join(dir, 'drift.md'), 'utf8')).toContain('## getallcustomers');

    const infer = spawnSync(process.execPath, [CLI, 'infer', har, '--out', join(dir, 'profile.json')], {
      encoding: 'utf8',
    });
    expect(infer.status).toBe(0);
    expect(infer.stdout).toMatch(/I-7 pagination-end: empty-array \(1 of 1 telling exchanges/);
    expect(infer.stdout).toMatch(/I-3 new-customer-status: not observed/);
    const profile = JSON.parse(readFileSync(join(dir, 'profile.json'), 'utf8')) as {
      switches: Record<string, string>;
    };
    expect(profile.switches).toMatchObject({
      'I-7': 'empty-array',
      'U-2': 'null',
      'I-5': 'empty-string',
      'I-16': 'datetime',
    });

    const tuned = await start([
      '--port',
      '0',
      '--quiet',
      '--profile',
      join(dir, 'profile.json'),
      '--world-from',
      har,
    ]);
    const past = await fetch(`${tuned.url}/apidata.php?action=getallcustomers&page=3&api_key=${key}`);
    expect([past.status, await past.json()]).toEqual([200, []]);
    const page = (await (
      await fetch(`${tuned.url}/apidata.php?action=getallcustomers&page=1&api_key=${key}`)
    ).json()) as unknown[];
    expect(page).toHaveLength(50);
    tuned.child.kill('SIGTERM');
  });

  it('says what is wrong with a file that is no HAR, and with no target', () => {
    const infer = spawnSync(process.execPath, [CLI, 'infer', join(dir, 'nothing.har')], { encoding: 'utf8' });
    expect(infer.status).toBe(1);
    expect(infer.stderr).toMatch(/cannot read .*nothing\.har: ENOENT/);
    const proxy = spawnSync(process.execPath, [CLI, 'proxy'], { encoding: 'utf8' });
    expect(proxy.status).toBe(2);
    expect(proxy.stderr).toMatch(/--target is required/);
  });
});
