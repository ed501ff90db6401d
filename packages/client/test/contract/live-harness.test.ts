import { DEFAULT_API_KEY } from '@solarproof/mock-server';
import { startMockServer } from '@solarproof/mock-server/node';
import { afterAll, describe, expect, test } from 'vitest';
import { createClient } from '../../src/create-client.js';
import { CONTRACT_CASES, type ContractCase } from './contract-cases.js';
import { defineContract } from './define-contract.js';
import { createLiveTarget } from './live-target.js';
import { createContractMock } from './mock-session.js';
import { CONTRACT_EMAIL_PREFIX } from './target.js';

// The live target's own code (setup, read-only gating, the one-customer write cycle, cleanup) run on
// every test run, against a mock started here instead of solarproof.com.au.
const server = await startMockServer({ port: 0, host: '127.0.0.1', mock: createContractMock() });
afterAll(() => server.close());
const config = { apiKey: DEFAULT_API_KEY, baseUrl: server.url, writes: true };
const companyId = server.mock.world.companyByApiKey(DEFAULT_API_KEY)!.id;
const markedCustomers = () =>
  server.mock.world
    .customersPage(companyId, 1, 10_000)
    .filter((customer) => customer.email.startsWith(CONTRACT_EMAIL_PREFIX));

defineContract(createLiveTarget(config));

describe('the live harness', () => {
  test('leaves no marked customer behind after the contract ran', () => {
    expect(markedCustomers()).toEqual([]);
  });

  test('without SOLARPROOF_LIVE_WRITES=1 the live target lists every write case as cannot-run', () => {
    const readOnly = createLiveTarget({ ...config, writes: false });
    const writeCases = (Object.keys(CONTRACT_CASES) as ContractCase[]).filter((name) =>
      (CONTRACT_CASES[name] as readonly string[]).includes('canWrite'),
    );
    expect(readOnly.capabilities.canWrite).toBe(false);
    expect(writeCases.filter((name) => readOnly.cannot[name] === undefined)).toEqual([]);
  });

  test('a read-only live session refuses to invent an email for a customer', async () => {
    const session = await createLiveTarget({ ...config, writes: false }).open();
    expect(() => session.uniqueEmail()).toThrow(/only reads/);
    await session.close();
  });

  test('closing a live session deletes a marked customer that a failed cycle left behind', async () => {
    const session = await createLiveTarget(config).open();
    const email = session.uniqueEmail();
    expect(email).toMatch(/^solarproof-devkit-contract\+[0-9]+@example\.com$/);
    const client = createClient({ apiKey: DEFAULT_API_KEY, baseUrl: server.url });
    await client.createCustomer({
      firstname: 'Left',
      surname: 'Behind',
      email,
      phone1: '0400 000 555',
      type: 'RESIDENTIAL',
    });
    expect(markedCustomers()).toHaveLength(1);
    await session.close();
    expect(markedCustomers()).toEqual([]);
  });

  test('opening a live session with a wrong key fails at once, saying the target cannot be read', async () => {
    await expect(createLiveTarget({ ...config, apiKey: 'sp_wrong' }).open()).rejects.toThrow(
      /cannot be read: .*INVALID_API_KEY/,
    );
  });
});
