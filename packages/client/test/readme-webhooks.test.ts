import { join } from 'node:path';
import { DEFAULT_API_KEY } from '@solarproof/mock-server';
import { type RunningMockServer, startMockServer } from '@solarproof/mock-server/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { packageDir, readmeExample, runExample } from './support/readme-example.js';

const example = () => readmeExample(join(packageDir, '..', '..', 'README.md'), '### Watch an event arrive');

describe("the root README's webhook example", () => {
  let server: RunningMockServer;
  beforeAll(async () => {
    server = await startMockServer({ port: 0 });
  });
  afterAll(() => server.close());

  test('subscribes a local receiver, creates a customer and prints the event that arrives', async () => {
    const { stdout, stderr } = await runExample(await example(), {
      SOLARPROOF_BASE_URL: server.url,
      SOLARPROOF_API_KEY: DEFAULT_API_KEY,
    });
    expect(stderr).toBe('');
    expect(stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^created customer [0-9]+, waiting for the webhook\.\.\.$/),
      expect.stringMatching(/^received customer_created \(v2\) for ada\+[0-9]+@example\.com$/),
    ]);
    await server.mock.deliveries.idle();
    expect(server.mock.deliveries.list()).toEqual([expect.objectContaining({ state: 'delivered' })]);
    expect(server.mock.world.subscriptions(1)).toEqual([]);
  });
});
