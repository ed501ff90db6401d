import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { DASHBOARD_FILES } from '../src/control/dashboard-asset.js';
import { createMockApi, DEFAULT_API_KEY, type MockApi } from '../src/index.js';
import { type RunningMockServer, startMockServer } from '../src/node.js';

function get(mock: MockApi, path: string, headers: Record<string, string> = {}) {
  const at = path.indexOf('?');
  const response = mock.handle({
    method: 'GET',
    path: at < 0 ? path : path.slice(0, at),
    query: new URLSearchParams(at < 0 ? '' : path.slice(at + 1)),
    headers,
    body: undefined,
  });
  return { ...response, json: response.body.startsWith('{') ? JSON.parse(response.body) : null };
}

function api(mock: MockApi, action: string, body?: unknown) {
  return mock.handle({
    method: body === undefined ? 'GET' : 'POST',
    path: '/apidata.php',
    query: new URLSearchParams({ action, api_key: DEFAULT_API_KEY }),
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe('control API routes of the dashboard', () => {
  test('GET /__mock/companies masks every key; only /keys gives the whole key', () => {
    const mock = createMockApi();
    const companies = get(mock, '/__mock/companies');
    expect(companies.body).not.toContain(DEFAULT_API_KEY);
    expect(companies.json.companies[0]).toMatchObject({ id: 1, keys: ['sp_mock_…0a11'], customers: 130 });
    expect(get(mock, '/__mock/companies/1/keys').json).toEqual({ companyId: 1, apiKeys: [DEFAULT_API_KEY] });
    expect(get(mock, '/__mock/companies/999/keys')).toMatchObject({
      status: 404,
      json: { code: 'NOT_FOUND' },
    });
  });

  test('customers come newest first, a page at a time, and a search narrows them across pages', () => {
    const mock = createMockApi({ customers: 130 });
    const first = get(mock, '/__mock/companies/1/customers?perPage=50').json;
    expect(first).toMatchObject({ total: 130, page: 1, perPage: 50 });
    expect(first.customers).toHaveLength(50);
    expect(first.customers[0].id).toBeGreaterThan(first.customers[49].id);
    expect(get(mock, '/__mock/companies/1/customers?perPage=50&page=3').json.customers).toHaveLength(30);

    const someone = first.customers[7];
    const found = get(
      mock,
      `/__mock/companies/1/customers?q=${encodeURIComponent(someone.email.toUpperCase())}`,
    ).json;
    expect(found.total).toBe(1);
    expect(found.customers[0].id).toBe(someone.id);
  });

  test('projects come newest first, paged, each with its customer; subscriptions and action names are listed', () => {
    const mock = createMockApi();
    const { json } = get(mock, '/__mock/companies/1/projects?perPage=10');
    expect(json.projects).toHaveLength(10);
    expect(json.total).toBeGreaterThan(10);
    expect(json.projects[0].id).toBeGreaterThan(json.projects[9].id);
    const assigned = json.projects.find((p: { customerId: number | null }) => p.customerId !== null);
    expect(assigned.customerName).toMatch(/\S+ \S+/);
    api(mock, 'subscribe_customer', { hookUrl: 'http://127.0.0.1:9/hook', type_request: 'customer_created' });
    expect(get(mock, '/__mock/subscriptions?companyId=1').json.subscriptions).toEqual([
      expect.objectContaining({
        companyId: 1,
        hookUrl: 'http://127.0.0.1:9/hook',
        event: 'customer_created',
      }),
    ]);
    expect(get(mock, '/__mock/subscriptions?companyId=2').json.subscriptions).toEqual([]);
    expect(get(mock, '/__mock/actions').json).toMatchObject({
      actions: expect.arrayContaining(['getallcustomers', 'createcustomer']),
      errorCodes: expect.arrayContaining(['RATE_LIMITED']),
    });
  });

  test('a search finds a customer by the email an update gave it, and no longer by the old one', () => {
    const mock = createMockApi();
    const search = (q: string) => get(mock, `/__mock/companies/1/customers?q=${encodeURIComponent(q)}`).json;
    const someone = search('').customers[3];
    expect(search(someone.email).total).toBe(1);
    const updated = mock.handle({
      method: 'POST',
      path: '/apidata.php',
      query: new URLSearchParams({ action: 'updatecustomer', api_key: DEFAULT_API_KEY }),
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        data: {
          action: 'updatecustomer',
          pkcustomerid: someone.id,
          email: 'renamed.customer@example.com.au',
        },
      }),
    });
    expect(updated.status).toBe(200);
    expect(search(someone.email).total).toBe(0);
    expect(search('renamed.customer').customers.map((c: { id: number }) => c.id)).toEqual([someone.id]);
  });

  test.each([
    ['page=0', 'page must be a whole number from 1'],
    ['page=abc', 'page must be a whole number from 1'],
    ['perPage=201', 'perPage must be a whole number from 1 to 200'],
  ])('a customer page asked with %s answers INVALID_PARAMETERS', (query, message) => {
    const answer = get(createMockApi(), `/__mock/companies/1/customers?${query}`);
    expect(answer.status).toBe(400);
    expect(answer.json.code).toBe('INVALID_PARAMETERS');
    expect(answer.json.message).toContain(message);
  });

  test('a customer opens as the answers of getallcustomers, getcustomerByemail and getcustomerofproject', () => {
    const mock = createMockApi();
    const [withProject] = get(mock, '/__mock/companies/1/customers?perPage=200').json.customers.filter(
      (c: { projects: number }) => c.projects > 0,
    );
    const { json } = get(mock, `/__mock/customers/${withProject.id}`);
    const byEmail = JSON.parse(
      mock.handle({
        method: 'GET',
        path: '/apidata.php',
        query: new URLSearchParams({
          action: 'getcustomerByemail',
          customer_email: withProject.email,
          api_key: DEFAULT_API_KEY,
        }),
        headers: {},
        body: undefined,
      }).body,
    );
    const views: Record<string, unknown> = {};
    for (const view of json.views as Array<{ title: string; answer: unknown }>)
      views[view.title] ??= view.answer;
    expect(views['By email']).toEqual(byEmail);
    expect(views['List item']).toMatchObject({
      customer_id: String(withProject.id),
      customer_email: withProject.email,
    });
    expect(views['Of project']).toMatchObject({ Customer: { customerID: withProject.id } });
    expect(views['Webhook payload']).toMatchObject({ customer_id: withProject.id });
    expect(get(mock, '/__mock/customers/1')).toMatchObject({
      status: 404,
      json: { code: 'CUSTOMER_NOT_FOUND' },
    });
  });

  test('a journalled request keeps its body with the key hidden, and its answer', () => {
    const mock = createMockApi();
    api(mock, 'createcustomer', {
      data: {
        apikey: DEFAULT_API_KEY,
        firstname: 'Ada',
        surname: 'L',
        email: 'ada@example.com.au',
        phone1: '0400000000',
        type: 'RESIDENTIAL',
      },
    });
    const [entry] = mock.journal.entries();
    const { json, body } = get(mock, `/__mock/journal/${entry?.seq}`);
    expect(body).not.toContain(DEFAULT_API_KEY);
    expect(json.detail.requestBody).toContain('"apikey":"***"');
    expect(JSON.parse(json.detail.responseBody)).toMatchObject({ Message: 'Customer created successfully!' });
    expect(get(mock, '/__mock/journal/9999')).toMatchObject({ status: 404, json: { code: 'NOT_FOUND' } });
  });

  test('GET /__mock from a browser goes to the dashboard, keeping the token; curl still gets the route list', () => {
    const mock = createMockApi();
    const browser = get(mock, '/__mock?token=abc', { accept: 'text/html,application/xhtml+xml' });
    expect(browser).toMatchObject({ status: 302, headers: { location: '/__mock/ui?token=abc' } });
    expect(get(mock, '/__mock').json.routes).toContain(
      'GET /__mock/journal/stream?companyId=&since=: the journal as server-sent events',
    );
  });

  test('the dashboard files are served only by their names, with a policy that forbids other hosts', () => {
    const mock = createMockApi();
    const page = get(mock, '/__mock/ui');
    expect(page).toMatchObject({ status: 200, asset: 'index.html' });
    expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(get(mock, '/__mock/ui/app.js').headers['content-type']).toContain('javascript');
    expect(get(mock, '/__mock/ui/nothing.js')).toMatchObject({ status: 404 });
    expect(get(mock, '/__mock/ui/..%2fcli.js').status).toBe(404);
  });
});

test('every file of src/dashboard is one the dashboard route serves, and no other', () => {
  const files = readdirSync(new URL('../src/dashboard/', import.meta.url)).sort();
  expect(Object.keys(DASHBOARD_FILES).sort()).toEqual(files);
});

describe('the journal stream over HTTP', () => {
  let server: RunningMockServer;
  afterEach(() => server.close());

  test('sends each new request as an event, those after `since` first, and ends when the server closes', async () => {
    server = await startMockServer({ port: 0 });
    const key = `api_key=${DEFAULT_API_KEY}`;
    await fetch(`${server.url}/apidata.php?action=getallcustomers&${key}`);
    const response = await fetch(`${server.url}/__mock/journal/stream?since=0`);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    const until = async (pattern: RegExp) => {
      while (!pattern.test(text)) {
        const { value, done } = await reader.read();
        if (done) return false;
        text += value;
      }
      return true;
    };
    expect(await until(/id: 1\n/)).toBe(true);
    await fetch(`${server.url}/apidata.php?action=getcustomerid&customer_email=x%40y.au&${key}`);
    expect(await until(/id: 2\nevent: request\ndata: \{.*"action":"getcustomerid"/)).toBe(true);
    expect(text).not.toContain(DEFAULT_API_KEY);
    const closed = server.close();
    expect(await until(/never/)).toBe(false);
    await closed;
  });
});
