import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { DEFAULT_API_KEY, type MockOptions } from '../../src/index.js';
import type { ScenarioRequest, Target } from '../support/target.js';

export type MakeTarget = (options: MockOptions) => Promise<Target>;
export type InterpretationContext = ReturnType<typeof interpretationContext>;

/** A small world: two pages for the default company, so every switch runs fast. */
const SMALL: MockOptions = { customers: 60, otherCustomers: 5 };

/**
 * A fresh fake with `options` for one describe block: started before its first test (MSW allows one
 * server at a time), reset before each, closed after the last.
 */
export function interpretationContext(makeTarget: MakeTarget, options: MockOptions) {
  let target: Target;
  beforeAll(async () => {
    target = await makeTarget({ ...SMALL, ...options });
  });
  afterAll(async () => {
    await target?.close();
  });
  beforeEach(async () => {
    expect((await target.send({ method: 'POST', path: '/__mock/reset' })).status).toBe(200);
  });
  const send = (request: ScenarioRequest, key: string | null = DEFAULT_API_KEY) => {
    const query = key === null ? request.query : { ...request.query, api_key: key };
    return target.send({ ...request, ...(query ? { query } : {}) });
  };
  const get = (query: Record<string, string>, key: string | null = DEFAULT_API_KEY) => send({ query }, key);
  const write = (action: string, data: unknown, key: string | null = DEFAULT_API_KEY) =>
    send({ method: 'POST', query: { action }, body: { data } }, key);
  const world = () => target.mock.world;
  const company = () => world().companyByApiKey(DEFAULT_API_KEY)!;
  const customers = () => world().customersPage(company().id, 1, 1000);
  const emptyTenant = async () => {
    const response = await send({ method: 'POST', path: '/__mock/tenants', body: { customers: 0 } }, null);
    expect(response.status).toBe(201);
    return (response.json as { apiKey: string }).apiKey;
  };
  return { send, get, write, world, company, customers, emptyTenant };
}
