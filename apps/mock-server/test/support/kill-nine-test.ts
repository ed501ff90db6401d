import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createMockApi, DEFAULT_API_KEY } from '../../src/index.js';
import { openStateFile } from '../../src/node/state-file.js';
import { startMockServer } from '../../src/node.js';
import { startCli } from './cli-process.js';
import { newCustomer } from './scenario-helpers.js';

export const stateFile = () => join(mkdtempSync(join(tmpdir(), 'solarproof-state-')), 'world.jsonl');

export const createTagged = (url: string, tag: string) =>
  fetch(`${url}/apidata.php?action=createcustomer&api_key=${DEFAULT_API_KEY}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ data: newCustomer(tag) }),
  });

export const taggedExists = async (url: string, tag: string) =>
  (
    await fetch(
      `${url}/apidata.php?action=getcustomerid&customer_email=ada.${tag}@example.com.au&api_key=${DEFAULT_API_KEY}`,
    )
  ).status === 200;

/**
 * Writes a state file as `solarproof-mock --state FILE` would, from a server in this process: one
 * customer created per tag, then a clean close. For the tests that need the file, not a process.
 */
export async function writeStateFile(file: string, tags: string[]): Promise<void> {
  const mock = createMockApi();
  const state = openStateFile(file, mock);
  const server = await startMockServer({ port: 0, mock });
  try {
    for (const tag of tags) expect((await createTagged(server.url, tag)).status).toBe(200);
  } finally {
    await server.close();
    state.close();
  }
}

/** The kill -9 test of `--state FILE`, once per number of acknowledged writes before the kill. */
export function killNineTest(killPoints: number[]): void {
  // Every write is fsync'd before it is answered: on a disk shared with a parallel test run, 120 of
  // them and the restart can take well past the default 20 s.
  test.each(killPoints)(
    'keeps every acknowledged write when killed with -9 after %i acknowledgements',
    { timeout: 60_000 },
    async (killAfter) => {
      const file = stateFile();
      const cli = await startCli(['--state', file]);
      const acknowledged: string[] = [];
      let stop = false;
      // Four writers in parallel, so the kill lands while writes are in flight.
      const writer = async (lane: number) => {
        for (let i = 0; !stop; i += 1) {
          const tag = `k${lane}-${i}`;
          const response = await createTagged(cli.url, tag).catch(() => undefined);
          if (response?.status === 200) {
            acknowledged.push(tag);
            if (acknowledged.length >= killAfter && !stop) {
              stop = true;
              cli.child.kill('SIGKILL');
            }
          }
        }
      };
      await Promise.all([0, 1, 2, 3].map(writer));
      await cli.exited;

      const restarted = await startCli(['--state', file]);
      for (const tag of acknowledged) expect(await taggedExists(restarted.url, tag), tag).toBe(true);
      restarted.child.kill('SIGTERM');
      await restarted.exited;
    },
  );
}
