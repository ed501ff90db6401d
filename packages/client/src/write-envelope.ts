import type { ActionName } from '@solarproof/schemas';

/**
 * The `{ data: { apikey, action, ...fields } }` body of the customer writes. The pages mark
 * `data.apikey` and `data.action` required and the spec (I-29) accepts the key in the body or the
 * query, so both are sent. `apikey` and `action` in `fields` are dropped so that they cannot
 * contradict the query.
 *
 * @example
 * writeEnvelope('k', 'deletecustomer', { pkcustomerid: 5 });
 * // { data: { apikey: 'k', action: 'deletecustomer', pkcustomerid: 5 } }
 */
export function writeEnvelope<Action extends ActionName, Fields extends object>(
  apiKey: string,
  action: Action,
  fields: Fields,
): { data: Fields & { apikey: string; action: Action } } {
  const { apikey: _apikey, action: _action, ...rest } = fields as Record<string, unknown>;
  return { data: { apikey: apiKey, action, ...rest } as Fields & { apikey: string; action: Action } };
}
