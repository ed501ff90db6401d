import { afterAll, beforeEach, expect } from 'vitest';
import { DEFAULT_API_KEY, OTHER_API_KEY } from '../../src/index.js';
import type { ScenarioRequest, Target } from '../support/target.js';

/** What every scenario group uses: the target's transport, shortcuts for requests, and the world. */
export type ScenarioContext = ReturnType<typeof scenarioContext>;

/**
 * Starts the target once for a test file, resets the world to its seed before each test (through
 * the control API, like any user of the mock), and closes the target after the last.
 */
export function scenarioContext(makeTarget: () => Promise<Target>) {
  let target: Target;
  const ready = makeTarget().then((t) => {
    target = t;
  });
  const send = async (request: ScenarioRequest, key: string | null = DEFAULT_API_KEY) => {
    await ready;
    const query =
      request.rawQuery === undefined && key !== null ? { ...request.query, api_key: key } : request.query;
    return target.send({ ...request, ...(query ? { query } : {}) });
  };
  const get = (query: Record<string, string>, key: string | null = DEFAULT_API_KEY) => send({ query }, key);
  const write = (action: string, data: unknown, method = 'POST', key: string | null = DEFAULT_API_KEY) =>
    send({ method, query: { action }, body: { data } }, key);
  const world = () => target.mock.world;
  const defaultCompany = () => world().companyByApiKey(DEFAULT_API_KEY)!;
  const otherCompany = () => world().companyByApiKey(OTHER_API_KEY)!;
  const tenant = async (customers: number) => {
    const response = await send({ method: 'POST', path: '/__mock/tenants', body: { customers } }, null);
    expect(response.status).toBe(201);
    return response.json as { apiKey: string; companyId: number; users: string[] };
  };

  beforeEach(async () => {
    await ready;
    const response = await send({ method: 'POST', path: '/__mock/reset' }, null);
    expect(response.status).toBe(200);
  });
  afterAll(async () => {
    await ready;
    await target.close();
  });

  return { send, get, write, world, defaultCompany, otherCompany, tenant };
}
