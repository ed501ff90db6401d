import { describe, expect, test } from 'vitest';
import { DEFAULT_API_KEY } from '../../src/index.js';
import { expectApiError, newCustomer } from '../support/scenario-helpers.js';
import type { ScenarioRequest } from '../support/target.js';
import type { ScenarioContext } from './scenario-context.js';
/** The scenarios of routing, run through every transport. */
export function routingScenarios({ send }: ScenarioContext): void {
  describe('routing', () => {
    test.each([
      ['a missing action', { query: {} }, /Missing action/],
      ['an unknown action', { query: { action: 'getcustomers' } }, /Unknown action 'getcustomers'/],
      [
        'an action in the wrong case',
        { query: { action: 'GETALLCUSTOMERS' } },
        /case-sensitive, did you mean 'getallcustomers'/,
      ],
      ['another path', { path: '/api/customers' }, /every action is at \/apidata.php/],
    ] as const)('answers %s with NOT_FOUND', async (_name, request, message) => {
      expectApiError(await send(request as ScenarioRequest), 404, 'NOT_FOUND', message);
    });

    test('lets the last of repeated parameters win, as PHP does', async () => {
      const response = await send(
        { rawQuery: `action=getcustomerid&action=getallcustomers&api_key=${DEFAULT_API_KEY}` },
        null,
      );
      expect(response.status).toBe(200);
      expect(Array.isArray(response.json)).toBe(true);
    });

    test('answers PAYLOAD_TOO_LARGE for a body over 1 MiB', async () => {
      const body = JSON.stringify({ data: { ...newCustomer('big'), companyname: 'x'.repeat(1_100_000) } });
      expectApiError(
        await send({ method: 'POST', query: { action: 'createcustomer' }, body }),
        413,
        'PAYLOAD_TOO_LARGE',
      );
    });
  });
}
