import { createMockApi, DEFAULT_API_KEY, PROFILE_NAMES } from '@solarproof/mock-server';
import { type RunningMockServer, startMockServer } from '@solarproof/mock-server/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Drift } from '../../src/client-options.js';
import { createClient } from '../../src/create-client.js';
import { normalizeCustomer } from '../../src/normalize-customer.js';
import { normalizeProjectCustomer } from '../../src/normalize-project-customer.js';
import type { NormalizedCustomer, NormalizedProjectCustomer } from '../../src/normalized-types.js';

interface Read {
  customers: NormalizedCustomer[];
  projectCustomers: NormalizedProjectCustomer[];
  drifts: Drift[];
}

/** Every customer, and the customer of each of the first projects, through the default client. */
async function readAll(server: RunningMockServer): Promise<Read> {
  const drifts: Drift[] = [];
  const client = createClient({
    apiKey: DEFAULT_API_KEY,
    baseUrl: server.url,
    onDrift: (drift) => drifts.push(drift),
  });
  const customers: NormalizedCustomer[] = [];
  const projectIds: number[] = [];
  for await (const customer of client.iterateCustomers()) {
    customers.push(normalizeCustomer(customer));
    projectIds.push(...customer.projects.map((project) => Number(project.project_id)));
  }
  const projectCustomers = await Promise.all(
    projectIds.slice(0, 5).map(async (id) => normalizeProjectCustomer(await client.getCustomerOfProject(id))),
  );
  return { customers, projectCustomers, drifts };
}

/** Every profile, and every value of the switches that change what a read looks like. */
const READINGS: [string, { profile?: string; interpret?: Record<string, string> }][] = [
  ...PROFILE_NAMES.map((profile): [string, { profile: string }] => [profile, { profile }]),
  ...['U-2=null', 'U-2=empty-string', 'I-4=number', 'I-4=kw-string', 'I-5=empty-string', 'I-16=datetime'].map(
    (pair): [string, { interpret: Record<string, string> }] => {
      const [id = '', value = ''] = pair.split('=');
      return [pair, { interpret: { [id]: value } }];
    },
  ),
];

// The same seeded world under each reading of the docs, read by an integrator's default client.
describe('the default client reads one stable shape under every reading of the mock', () => {
  const reads = new Map<string, Read>();
  const servers: RunningMockServer[] = [];
  beforeAll(async () => {
    // All at once, on distinct ports: a port freed and reused would meet the previous server's
    // kept-alive connections.
    servers.push(
      ...(await Promise.all(
        READINGS.map(([, reading]) =>
          startMockServer({
            port: 0,
            host: '127.0.0.1',
            mock: createMockApi({ seed: 3, customers: 51, ...reading }),
          }),
        ),
      )),
    );
    const read = await Promise.all(servers.map(readAll));
    READINGS.forEach(([label], index) => {
      const one = read[index];
      if (one) reads.set(label, one);
    });
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
  });

  test.each(READINGS.map(([label]) => label).filter((label) => label !== 'documented'))(
    '%s: the same normalised customers and project customers as documented, and no drift',
    (label) => {
      const documented = reads.get('documented');
      const other = reads.get(label);
      expect(documented?.customers).toHaveLength(51);
      expect(other?.drifts).toEqual([]);
      expect(other?.customers).toEqual(documented?.customers);
      expect(other?.projectCustomers).toEqual(documented?.projectCustomers);
    },
  );
});
