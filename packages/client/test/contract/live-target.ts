import { createClient } from '../../src/create-client.js';
import { isSolarProofApiError } from '../../src/errors/solar-proof-api-error.js';
import type { LiveConfig } from './live-env.js';
import { ANY_DOCUMENTED_READING, createEmailLedger, type Target } from './target.js';

const CANNOT_FAIL = 'the live API cannot be made to fail, stall or drop a connection on demand';
const READ_ONLY = 'SOLARPROOF_LIVE_WRITES is not 1, so the live target only reads';

/**
 * The live Solar Proof API, with whatever the account already has. Read-only unless `writes`; then
 * it creates, updates and deletes ONE customer with a clearly marked email, and on close deletes any
 * marked customer a failed case left behind.
 */
export function createLiveTarget(config: LiveConfig): Target {
  return {
    name: `live API at ${config.baseUrl} (${config.writes ? 'with writes' : 'read-only'})`,
    capabilities: {
      canCreateTenants: false,
      canInjectFaults: false,
      canWrite: config.writes,
      knowsFixtures: false,
    },
    cannot: {
      'iterateCustomers on a full last page':
        'needs a company whose customers fill the last page exactly; the live account has what it has',
      NO_CUSTOMER_ASSIGNED: 'needs the id of a project without a customer, which no action lists',
      UNAUTHORISED: "needs the id of another company's project, which the live API never reveals",
      PERMISSION_DENIED: "needs the id of another company's customer, which the live API never reveals",
      UPDATE_FAILED: CANNOT_FAIL,
      DELETION_FAILED: CANNOT_FAIL,
      RATE_LIMITED: CANNOT_FAIL,
      'every error code forced on every action': CANNOT_FAIL,
      'network failures': CANNOT_FAIL,
      timeouts: CANNOT_FAIL,
      'subscribe and unsubscribe':
        "a subscription changes the live account's webhooks; the write cycle touches one customer only",
      'webhook: invalid subscription bodies':
        'a subscribe the API should reject could still register a webhook on the live account',
      ...(config.writes
        ? {}
        : {
            createCustomer: READ_ONLY,
            DUPLICATE_EMAIL: READ_ONLY,
            USER_NOT_FOUND: READ_ONLY,
            updateCustomer: READ_ONLY,
            deleteCustomer: READ_ONLY,
            'CUSTOMER_NOT_FOUND on writes': READ_ONLY,
          }),
    },
    async open() {
      const client = createClient({ apiKey: config.apiKey, baseUrl: config.baseUrl, timeoutMs: 15_000 });
      // One read first, so a wrong key or URL reads as one clear error, not thirty failed cases.
      await client.listCustomers({ page: 1 }).catch((error: unknown) => {
        if (isSolarProofApiError(error, 'getallcustomers') && error.code === 'NO_CUSTOMERS_FOUND') return [];
        throw new Error(`The live target at ${config.baseUrl} cannot be read: ${String(error)}`, {
          cause: error,
        });
      });
      const emails = createEmailLedger();
      return {
        apiKey: config.apiKey,
        reading: ANY_DOCUMENTED_READING,
        clientOptions: { baseUrl: config.baseUrl },
        uniqueEmail: (label) => {
          if (!config.writes) throw new Error(READ_ONLY);
          return emails.next(label);
        },
        close: () => deleteLeftovers(client, emails.issued),
      };
    },
  };
}

/** Deletes every customer the suite created and did not delete; fails naming any it could not. */
async function deleteLeftovers(
  client: ReturnType<typeof createClient>,
  emails: readonly string[],
): Promise<void> {
  const stuck: string[] = [];
  for (const email of emails) {
    try {
      const id = await client.findCustomerId(email);
      await client.deleteCustomer(id);
    } catch (error) {
      if (isSolarProofApiError(error) && error.code === 'CUSTOMER_NOT_FOUND') continue;
      stuck.push(`${email}: ${String(error)}`);
    }
  }
  if (stuck.length > 0) {
    throw new Error(`The live contract could not delete the customers it created:\n${stuck.join('\n')}`);
  }
}
