import { afterAll, describe, expect, test } from 'vitest';
import { createMockApi, DEFAULT_API_KEY } from '../src/index.js';
import { type RunningMockServer, startMockServer } from '../src/node.js';

const servers: RunningMockServer[] = [];
const start = async (seed: number) => {
  const server = await startMockServer({ port: 0, mock: createMockApi({ seed }) });
  servers.push(server);
  return server;
};
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

/** Every read of the default company, as raw bytes. */
async function everyRead(server: RunningMockServer): Promise<string[]> {
  const url = (query: string) => `${server.url}/apidata.php?${query}&api_key=${DEFAULT_API_KEY}`;
  const texts: string[] = [];
  for (const page of [1, 2, 3])
    texts.push(await (await fetch(url(`action=getallcustomers&page=${page}`))).text());
  const company = server.mock.world.companyByApiKey(DEFAULT_API_KEY)!;
  for (const project of server.mock.world.projectsOfCompany(company.id)) {
    texts.push(await (await fetch(url(`action=getcustomerofproject&project_id=${project.id}`))).text());
  }
  const customer = server.mock.world.customersPage(company.id, 2, 1)[0]!;
  texts.push(await (await fetch(url(`action=getcustomerByemail&customer_email=${customer.email}`))).text());
  return texts;
}

describe('determinism', () => {
  test('two servers started with one seed answer every read with identical bytes', async () => {
    const [a, b] = await Promise.all([start(11), start(11)]);
    const [readsA, readsB] = await Promise.all([everyRead(a), everyRead(b)]);
    expect(readsA.length).toBeGreaterThan(10);
    expect(readsA).toEqual(readsB);
  });

  test('another seed gives another world', async () => {
    const [a, b] = await Promise.all([start(11), start(12)]);
    const page = (server: RunningMockServer) =>
      fetch(`${server.url}/apidata.php?action=getallcustomers&api_key=${DEFAULT_API_KEY}`).then((r) =>
        r.text(),
      );
    expect(await page(a)).not.toBe(await page(b));
  });

  test('the same writes on two servers of one seed leave identical worlds', async () => {
    const [a, b] = await Promise.all([start(11), start(11)]);
    const at = '2026-03-01T10:00:00.000Z';
    for (const server of [a, b]) {
      const company = server.mock.world.companyByApiKey(DEFAULT_API_KEY)!;
      server.mock.apply({
        kind: 'createCustomer',
        companyId: company.id,
        ownerUserId: company.keyOwnerUserId,
        input: {
          firstname: 'Same',
          surname: 'Bytes',
          email: 'same@example.com',
          phone1: '0400000000',
          type: 'COMMERCIAL',
        },
        at,
      });
    }
    expect(await everyRead(a)).toEqual(await everyRead(b));
  });
});
