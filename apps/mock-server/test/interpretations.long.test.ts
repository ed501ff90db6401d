import fc from 'fast-check';
import { describe, inject, test } from 'vitest';
import { createMockApi, type MockApi, PROFILE_NAMES, SWITCHES } from '../src/index.js';
import { hostileContext, robustnessSeed } from './robustness/support/context.js';
import { hostileRequests, toMockRequest } from './robustness/support/hostile-requests.js';

const RUNS = Math.ceil(3 * inject('testScale')); // 50 requests a run: 3,000 a reading in the long tier

/** What holds of every answer under every reading: JSON at a status below 500. */
function answerProblems(response: ReturnType<MockApi['handle']>): string[] {
  const found: string[] = [];
  if (response.status >= 500) found.push(`status ${response.status}: ${response.body.slice(0, 200)}`);
  if (!response.headers['content-type']?.startsWith('application/json')) found.push('not JSON');
  try {
    JSON.parse(response.body);
  } catch {
    found.push(`body is not JSON: ${response.body.slice(0, 100)}`);
  }
  return found;
}

/** What holds of the world after any requests: paging reaches every customer, and the email index agrees. */
function worldProblems(mock: MockApi): string[] {
  const found: string[] = [];
  for (const company of mock.world.companies()) {
    const customers = mock.world.customersPage(company.id, 1, 100_000);
    if (customers.length !== mock.world.customerCount(company.id)) found.push(`company ${company.id}: count`);
    for (const customer of customers) {
      // With duplicates allowed (I-24), the email finds the oldest customer that has it.
      const holder = mock.world.customerByEmail(company.id, customer.email);
      if (!holder || holder.email.toLowerCase() !== customer.email.toLowerCase() || holder.id > customer.id)
        found.push(`company ${company.id}: the email index misses ${customer.id}`);
    }
  }
  return found;
}

function sweep(options: Parameters<typeof createMockApi>[0]): void {
  // Readings the schemas describe are validated too: a mismatch throws out of handle.
  const mock = createMockApi({
    seed: 5,
    customers: 60,
    journalLimit: 100,
    validateResponses: true,
    ...options,
  });
  const context = hostileContext(mock);
  fc.assert(
    fc.property(fc.array(hostileRequests(context), { minLength: 50, maxLength: 50 }), (batch) => {
      for (const request of batch) {
        const found = answerProblems(mock.handle(toMockRequest(request)));
        if (found.length > 0) throw new Error(found.join('\n'));
      }
      const found = worldProblems(mock);
      if (found.length > 0) throw new Error(found.join('\n'));
    }),
    { numRuns: RUNS, seed: robustnessSeed() },
  );
}

describe('hostile requests under every reading of the docs', () => {
  test.each(PROFILE_NAMES)(
    'profile %s answers JSON below 500 and keeps the world consistent',
    { timeout: 120_000 },
    (profile) => sweep({ profile }),
  );
  const values = SWITCHES.flatMap((s) => s.alternatives.slice(1).map((a) => `${s.id}=${a.value}`));
  test.each(values)(
    'switch %s answers JSON below 500 and keeps the world consistent',
    { timeout: 120_000 },
    (pair) => sweep({ interpret: [pair] }),
  );
});
