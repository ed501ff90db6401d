import { faultCodesOfAction } from '@solarproof/mock-server';
import { type ActionName, errorCodeTable } from '@solarproof/schemas';
import { afterEach, describe, expect } from 'vitest';
import type { Sleep } from '../../src/client-options.js';
import type { SolarProofClient } from '../../src/create-client.js';
import { NetworkError } from '../../src/errors/network-error.js';
import { SolarProofApiError } from '../../src/errors/solar-proof-api-error.js';
import { TimeoutError } from '../../src/errors/timeout-error.js';
import { type ContractContext, contractHookUrl, rejectionOf, unknownEmail } from './contract-context.js';

/** One call of each action. Writes name nothing that exists, so a fault that did not fire changes nothing. */
const CALLS: Record<ActionName, (client: SolarProofClient) => Promise<unknown>> = {
  getallcustomers: (client) => client.listCustomers(),
  getcustomerByemail: (client) => client.getCustomerByEmail(unknownEmail()),
  getcustomerid: (client) => client.getCustomerId(unknownEmail()),
  getcustomerofproject: (client) => client.getCustomerOfProject(999_999_999),
  createcustomer: (client) =>
    client.createCustomer({
      firstname: 'Fault',
      surname: 'Injected',
      email: unknownEmail(),
      phone1: '0400 000 444',
      type: 'RESIDENTIAL',
      useremail: 'solarproof-devkit-ghost@example.com',
    }),
  updatecustomer: (client) => client.updateCustomer(999_999_999, { surname: 'Fault' }),
  deletecustomer: (client) => client.deleteCustomer(999_999_999),
  subscribe_customer: (client) =>
    client.subscribe({ hookUrl: contractHookUrl('fault'), type: 'customer_created' }),
  unsubscribe_customer: (client) => client.unsubscribe(contractHookUrl('fault')),
};

/** A sleep that returns at once and remembers what it was asked to wait. */
function recordingSleep(): Sleep & { delays: number[] } {
  const delays: number[] = [];
  const sleep: Sleep = async (ms) => {
    delays.push(ms);
  };
  return Object.assign(sleep, { delays });
}

/** Failures only a target that can inject them produces: every code, rate limits, dropped connections, stalls. */
export function describeFaults({ expectApiError, caseTest, client, session, target }: ContractContext): void {
  describe('faults', () => {
    afterEach(async () => {
      if (target.capabilities.canInjectFaults) await session().clearFaults?.();
    });

    describe('every error code the spec documents, forced on each action that may answer it', () => {
      for (const { code, status, actions } of errorCodeTable) {
        // The table lists transport codes for every action; an action answers one only at a status its spec describes.
        for (const action of actions.filter((name) => faultCodesOfAction(name).includes(code))) {
          caseTest(
            'every error code forced on every action',
            `${action} answering ${code} becomes a SolarProofApiError with HTTP ${status}`,
            async () => {
              await session().injectFault!({ action, code });
              await expectApiError(CALLS[action](client({ retry: false })), { code, action, status });
            },
          );
        }
      }
    });

    caseTest(
      'RATE_LIMITED',
      'a rate-limited read fails with RATE_LIMITED (429) carrying Retry-After when retries are off',
      async () => {
        await session().injectFault!({
          action: 'getallcustomers',
          code: 'RATE_LIMITED',
          retryAfterSeconds: 7,
        });
        const error = await expectApiError(client({ retry: false }).listCustomers(), {
          code: 'RATE_LIMITED',
          action: 'getallcustomers',
          status: 429,
        });
        expect(error.retryAfterMs).toBe(7000);
      },
    );

    caseTest('RATE_LIMITED', 'a rate-limited read waits what Retry-After says, then succeeds', async () => {
      await session().injectFault!({
        action: 'getallcustomers',
        code: 'RATE_LIMITED',
        retryAfterSeconds: 3,
        count: 2,
      });
      const sleep = recordingSleep();
      const page = await client({ retry: { sleep } }).listCustomers();
      expect(page.length).toBeGreaterThan(0);
      expect(sleep.delays).toEqual([3000, 3000]);
    });

    caseTest('RATE_LIMITED', 'a rate-limited write is not retried', async () => {
      await session().injectFault!({ action: 'deletecustomer', code: 'RATE_LIMITED', retryAfterSeconds: 1 });
      const sleep = recordingSleep();
      const error = await expectApiError(client({ retry: { sleep } }).deleteCustomer(999_999_999), {
        code: 'RATE_LIMITED',
        action: 'deletecustomer',
        status: 429,
      });
      expect(error.retryAfterMs).toBe(1000);
      expect(sleep.delays).toEqual([]);
    });

    caseTest(
      'network failures',
      'a connection dropped mid-answer fails the call with a NetworkError when retries are off',
      async () => {
        await session().injectFault!({ action: 'getallcustomers', reset: true });
        const error = await rejectionOf(client({ retry: false }).listCustomers());
        expect(error).toBeInstanceOf(NetworkError);
        expect(error).toMatchObject({ action: 'getallcustomers' });
        expect(error).not.toBeInstanceOf(SolarProofApiError);
      },
    );

    caseTest('network failures', 'a read whose connection dropped is retried and succeeds', async () => {
      await session().injectFault!({ action: 'getallcustomers', reset: true });
      const sleep = recordingSleep();
      const page = await client({ retry: { sleep } }).listCustomers();
      expect(page.length).toBeGreaterThan(0);
      expect(sleep.delays).toHaveLength(1);
    });

    caseTest('timeouts', 'a call that outlasts timeoutMs fails with a TimeoutError', async () => {
      await session().injectFault!({ action: 'getallcustomers', latencyMs: 2000 });
      const started = Date.now();
      const error = await rejectionOf(client({ timeoutMs: 150, retry: false }).listCustomers());
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error).toMatchObject({ action: 'getallcustomers', timeoutMs: 150 });
      expect(Date.now() - started).toBeLessThan(1500);
    });
  });
}
