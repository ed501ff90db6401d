import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_API_KEY } from '../../src/index.js';
import { startCli } from '../support/cli-process.js';
import { newCustomer } from '../support/scenario-helpers.js';

/** A 64 KiB tmpfs, when this process may mount one (root, or a container that allows it). */
function tinyDisk(): { dir: string; unmount: () => void } | string {
  const dir = mkdtempSync(join(tmpdir(), 'solarproof-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return `mount -t tmpfs is not permitted here (${String((error as Error).message).split('\n')[0]})`;
  }
  return {
    dir,
    unmount: () => {
      execFileSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const disk = tinyDisk();
if (typeof disk === 'string') console.log(`full-disk test skipped: ${disk}`);

const create = (url: string, tag: string) =>
  fetch(`${url}/apidata.php?action=createcustomer&api_key=${DEFAULT_API_KEY}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ data: newCustomer(tag, { companyname: 'x'.repeat(150) }) }),
  });
const exists = async (url: string, tag: string) =>
  (
    await fetch(
      `${url}/apidata.php?action=getcustomerid&customer_email=ada.${tag}@example.com.au&api_key=${DEFAULT_API_KEY}`,
    )
  ).status;

describe.skipIf(typeof disk === 'string')('a --state file on a disk that fills up', () => {
  test('loses no acknowledged write, applies no refused one, and keeps serving', {
    timeout: 120_000,
  }, async () => {
    if (typeof disk === 'string') return;
    try {
      const file = join(disk.dir, 'world.jsonl');
      const cli = await startCli(['--state', file]);
      const acknowledged: string[] = [];
      const refused: string[] = [];
      for (let i = 0; refused.length < 20 && i < 2000; i += 1) {
        const response = await create(cli.url, `d${i}`);
        const body = (await response.json()) as { code?: string; message?: string };
        if (response.status === 200) acknowledged.push(`d${i}`);
        else {
          expect(response.status).toBe(500);
          expect(body.message).toMatch(/ENOSPC/);
          refused.push(`d${i}`);
        }
      }
      expect(refused).toHaveLength(20);
      expect(acknowledged.length).toBeGreaterThan(50);
      const tenant = await fetch(`${cli.url}/__mock/tenants`, { method: 'POST' });
      expect(tenant.status).toBe(500); // a JSON error, and the server is still up
      expect(await exists(cli.url, acknowledged[0] as string)).toBe(200);
      for (const tag of refused) expect(await exists(cli.url, tag)).toBe(404);
      cli.child.kill('SIGKILL');
      await cli.exited;

      const restarted = await startCli(['--state', file]);
      for (const tag of acknowledged) expect(await exists(restarted.url, tag), tag).toBe(200);
      for (const tag of refused) expect(await exists(restarted.url, tag), tag).toBe(404);
      console.log(
        `full disk: ${acknowledged.length} writes acknowledged and kept, ${refused.length} refused and absent`,
      );
      restarted.child.kill('SIGTERM');
      await restarted.exited;
    } finally {
      disk.unmount();
    }
  });
});
