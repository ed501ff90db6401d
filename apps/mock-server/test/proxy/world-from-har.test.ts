import { describe, expect, it } from 'vitest';
import { createMockApi } from '../../src/mock/create-mock-api.js';
import { startMockServer } from '../../src/node/start-mock-server.js';
import { startProxy } from '../../src/node/start-proxy.js';
import { harExchanges } from '../../src/proxy/har-exchanges.js';
import { PersonalDataScrubber } from '../../src/proxy/scrub-personal-data.js';
import { worldRecordsFromHar } from '../../src/proxy/world-records-from-har.js';

const read = (mock: ReturnType<typeof createMockApi>, query: string) => {
  const answer = mock.handle({
    method: 'GET',
    path: '/apidata.php',
    query: new URLSearchParams(`${query}&api_key=${mock.world.options.apiKey}`),
    headers: {},
    body: undefined,
  });
  return { status: answer.status, json: JSON.parse(answer.body) as unknown };
};

describe('a world from a recording', () => {
  it('holds the recorded customers and projects under their ids, with personal data scrubbed', async () => {
    const fake = await startMockServer({ port: 0, seed: 3, customers: 70 });
    const proxy = await startProxy({ target: fake.url, port: 0 });
    const key = fake.mock.world.options.apiKey;
    for (const page of [1, 2])
      await fetch(`${proxy.url}/apidata.php?action=getallcustomers&page=${page}&api_key=${key}`);
    await proxy.close();
    await fake.close();

    const records = worldRecordsFromHar(harExchanges(proxy.session.har('test')));
    expect(records.customers).toHaveLength(70);
    const tuned = createMockApi({ records });
    const original = createMockApi({ seed: 3, customers: 70 });
    const before = read(original, 'action=getallcustomers&page=2').json as Array<Record<string, unknown>>;
    const after = read(tuned, 'action=getallcustomers&page=2').json as Array<Record<string, unknown>>;
    expect(after.map((c) => c.customer_id)).toEqual(before.map((c) => c.customer_id));
    expect(after.map((c) => c.customer_type)).toEqual(before.map((c) => c.customer_type));
    expect(after.map((c) => JSON.stringify(c.projects && (c.projects as unknown[]).length))).toEqual(
      before.map((c) => JSON.stringify(c.projects && (c.projects as unknown[]).length)),
    );
    expect(after[0]?.customer_email).not.toBe(before[0]?.customer_email);
    expect(after[0]?.customer_first_name).not.toBe(before[0]?.customer_first_name);

    // The scrubbed email finds its customer, and the project its customer.
    const email = new PersonalDataScrubber().value('email', before[0]?.customer_email as string);
    expect(read(tuned, `action=getcustomerByemail&customer_email=${encodeURIComponent(email)}`).status).toBe(
      200,
    );
    const withProject = before.find((c) => (c.projects as unknown[]).length > 0);
    const projectId = (withProject?.projects as Array<{ project_id: string }> | undefined)?.[0]?.project_id;
    expect(projectId).toBeDefined();
    expect(read(tuned, `action=getcustomerofproject&project_id=${projectId}`).status).toBe(200);
    // A new customer takes an id past every recorded one.
    const created = tuned.handle({
      method: 'POST',
      path: '/apidata.php',
      query: new URLSearchParams(`action=createcustomer&api_key=${tuned.world.options.apiKey}`),
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        data: {
          firstname: 'A',
          surname: 'B',
          email: 'new@example.org',
          phone1: '0400000000',
          type: 'RESIDENTIAL',
        },
      }),
    });
    const maxRecorded = Math.max(...records.customers.map((c) => c.id));
    expect(Number((JSON.parse(created.body) as { id: string }).id)).toBeGreaterThan(maxRecorded);
  });
});
