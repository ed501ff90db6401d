import { startMockServer } from '../../src/node/start-mock-server.js';
import { startProxy } from '../../src/node/start-proxy.js';
import type { Har } from '../../src/proxy/build-har.js';

/**
 * A session that exercises every switch the traffic of one account can show: the pages and past
 * their end, lookups that find and miss, a project with and without a customer, and writes
 * (create, read back, a duplicate email, an empty update, the key only in the body, the heading
 * methods, lower-case input). Run through the proxy in front of the fake under `profile`.
 */
export async function recordSession(options: {
  profile?: string;
  interpret?: Record<string, string>;
}): Promise<Har> {
  const fake = await startMockServer({ port: 0, seed: 1, customers: 60, ...options });
  const proxy = await startProxy({ target: fake.url, port: 0, allowWrites: true });
  const key = fake.mock.world.options.apiKey;
  const base = `${proxy.url}/apidata.php`;
  const get = (query: string) => fetch(`${base}?${query}&api_key=${key}`).then((r) => r.text());
  const send = (
    method: string,
    action: string,
    data: Record<string, unknown>,
    { keyInQuery = true, type = 'application/json' } = {},
  ) =>
    fetch(`${base}?action=${action}${keyInQuery ? `&api_key=${key}` : ''}`, {
      method,
      headers: { 'content-type': type },
      body: JSON.stringify({ data }),
    }).then((r) => r.text());
  try {
    const page1 = JSON.parse(await get('action=getallcustomers&page=1')) as Array<{ customer_email: string }>;
    await get('action=getallcustomers&page=2');
    await get('action=getallcustomers&page=3');
    await get('action=getallcustomers&page=abc');
    const email = page1[0]?.customer_email ?? '';
    await get(`action=getcustomerByemail&customer_email=${encodeURIComponent(email)}`);
    await get(`action=getcustomerid&customer_email=${encodeURIComponent(email)}`);
    await get('action=getcustomerByemail&customer_email=nobody%40example.com');
    await get('action=getcustomerofproject&project_id=1001');
    await get('action=getcustomerofproject&project_id=1004');
    await get('action=getcustomerofproject&project_id=999999');

    const fresh = {
      firstname: 'Ada',
      surname: 'Lovelace',
      email: 'ada@example.org',
      phone1: '0400000001',
      type: 'RESIDENTIAL',
    };
    const created = JSON.parse(await send('POST', 'createcustomer', fresh)) as { id?: string };
    await get('action=getcustomerByemail&customer_email=ada%40example.org');
    const id = created.id ?? '70001';
    await send('POST', 'createcustomer', {
      ...fresh,
      email: 'bob@example.org',
      type: 'residential',
      gststatus: '1',
    });
    await send('POST', 'updatecustomer', { pkcustomerid: Number(id), email });
    await send('POST', 'updatecustomer', { pkcustomerid: Number(id) });
    await send(
      'POST',
      'updatecustomer',
      { apikey: key, pkcustomerid: Number(id), surname: 'Byron' },
      { keyInQuery: false },
    );
    await send('POST', 'updatecustomer', { pkcustomerid: id, surname: 'King', action: 'updatecustomer' });
    await send('PUT', 'updatecustomer', { pkcustomerid: Number(id), surname: 'Put' });
    await send('DELETE', 'deletecustomer', { pkcustomerid: Number(id) });
    await send('POST', 'deletecustomer', { pkcustomerid: Number(id) });
    return proxy.session.har('test');
  } finally {
    await proxy.close();
    await fake.close();
  }
}
