import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { casesNeedingMissingCapabilities } from './contract-cases.js';
import { createContractContext } from './contract-context.js';
import { describeFaults } from './contract-faults.js';
import { describeReadErrors } from './contract-read-errors.js';
import { describeReads } from './contract-reads.js';
import { describeWebhooks } from './contract-webhooks.js';
import { describeWrites } from './contract-writes.js';
import type { Session, Target } from './target.js';

/**
 * The contract suite, written once: every action and every error code a target can produce,
 * asserted through the typed client (which validates every answer against the spec). Each test
 * file calls it with one target; the target's `cannot` list is the only way a case is skipped.
 *
 * @example
 * defineContract(createInProcessTarget());
 */
export function defineContract(target: Target): void {
  describe(`contract: ${target.name}`, () => {
    let session: Session | undefined;
    beforeAll(async () => {
      session = await target.open();
    });
    afterAll(async () => {
      await session?.close();
    });
    const context = createContractContext(target, () => session);

    test('the cannot-run list names every case the target lacks a capability for', () => {
      const missing = casesNeedingMissingCapabilities(target.capabilities).filter(
        (name) => target.cannot[name] === undefined,
      );
      expect(missing).toEqual([]);
    });

    describeReads(context);
    describeReadErrors(context);
    describeWrites(context);
    describeWebhooks(context);
    describeFaults(context);
  });
}
