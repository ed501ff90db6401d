import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMockApi, DEFAULT_API_KEY, type MockApi } from '../../src/index.js';
import { type RunningMockServer, startMockServer } from '../../src/node.js';
import { newCustomer } from '../support/scenario-helpers.js';

const call = (mock: MockApi, method: string, query: string, body?: unknown) => {
  const response = mock.handle({
    method,
    path: '/apidata.php',
    query: new URLSearchParams(`${query}&api_key=${DEFAULT_API_KEY}`),
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: JSON.parse(response.body) as Record<string, unknown> };
};
const raw = (mock: MockApi, query: string, body: string) => {
  const response = mock.handle({
    method: 'POST',
    path: '/apidata.php',
    query: new URLSearchParams(`${query}&api_key=${DEFAULT_API_KEY}`),
    headers: { 'content-type': 'application/json' },
    body,
  });
  return { status: response.status, json: JSON.parse(response.body) as Record<string, unknown> };
};

describe('ids beyond the safe integer range', () => {
  test.each([
    ['a string', '{"data":{"pkcustomerid":"9007199254740993","firstname":"X"}}'],
    ['a number', '{"data":{"pkcustomerid":9007199254740993,"firstname":"X"}}'],
    ['a long string', '{"data":{"pkcustomerid":"123456789012345678901234567890","firstname":"X"}}'],
  ])('answer the same clear 400 as %s', (_form, body) => {
    const mock = createMockApi();
    for (const action of ['updatecustomer', 'deletecustomer']) {
      const answer = raw(
        mock,
        `action=${action}`,
        body.replace('"firstname":"X"', action === 'deletecustomer' ? '"x":1' : '"firstname":"X"'),
      );
      expect(answer).toEqual({
        status: 400,
        json: { code: 'INVALID_PARAMETERS', message: expect.stringMatching(/from 1 to 9007199254740991/) },
      });
    }
  });
});

describe('the page parameter', () => {
  test.each(['01', ' 1', '1.0', '1e0', '+1', '0x1'])(
    'refuses %j: plain digits with no leading zero only',
    (page) => {
      const answer = call(createMockApi(), 'GET', `action=getallcustomers&page=${encodeURIComponent(page)}`);
      expect(answer.status).toBe(400);
      expect(answer.json).toMatchObject({
        code: 'INVALID_PARAMETERS',
        message: expect.stringMatching(/'page'/),
      });
    },
  );

  test('accepts 1 and 10', () => {
    const mock = createMockApi({ customers: 600 });
    expect(call(mock, 'GET', 'action=getallcustomers&page=1').status).toBe(200);
    expect(call(mock, 'GET', 'action=getallcustomers&page=10').status).toBe(200);
  });
});

describe('customer field lengths', () => {
  test.each([
    ['firstname', 100],
    ['surname', 100],
    ['phone1', 40],
    ['phone2', 40],
    ['companyname', 200],
    ['companyphone', 40],
  ])('%s longer than %i characters answers INVALID_PARAMETERS naming it', (field, limit) => {
    const mock = createMockApi();
    const over = call(mock, 'POST', 'action=createcustomer', {
      data: newCustomer(`long-${field}`, { [field]: 'x'.repeat(limit + 1) }),
    });
    expect(over).toEqual({
      status: 400,
      json: {
        code: 'INVALID_PARAMETERS',
        message: expect.stringMatching(new RegExp(`'${field}'.*${limit}`)),
      },
    });
    const at = call(mock, 'POST', 'action=createcustomer', {
      data: newCustomer(`at-${field}`, { [field]: 'x'.repeat(limit) }),
    });
    expect(at.status).toBe(200);
    const update = call(mock, 'POST', 'action=updatecustomer', {
      data: { pkcustomerid: at.json.id, [field]: 'y'.repeat(limit + 1) },
    });
    expect(update.status).toBe(400);
  });
});

describe('an absolute-form request target', () => {
  let server: RunningMockServer;
  beforeAll(async () => {
    server = await startMockServer({ port: 0 });
  });
  afterAll(() => server.close());

  test('is served like its path, as a proxy sends it', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({
        host: '127.0.0.1',
        port: server.port,
        method: 'GET',
        path: `http://solarproof.com.au/apidata.php?action=getallcustomers&api_key=${DEFAULT_API_KEY}`,
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(200);
  });
});
