import { describe, expect, test } from 'vitest';
import type { MockRequest } from '../core/mock-request.js';
import { createMockApi } from '../mock/create-mock-api.js';
import { customerView } from '../views/customer-view.js';
import { DEFAULT_API_KEY } from '../world/create-world.js';

const read = (page: number): MockRequest => ({
  method: 'GET',
  path: '/apidata.php',
  query: new URLSearchParams({ action: 'getallcustomers', page: String(page), api_key: DEFAULT_API_KEY }),
  headers: {},
  body: undefined,
});

/** A mock of 130 customers (pages 1-3) and a view of each page's response object, for identity checks. */
function setup() {
  const mock = createMockApi({ customers: 130 });
  const company = mock.world.companyByApiKey(DEFAULT_API_KEY)!;
  const pages = () => [1, 2, 3, 4].map((page) => mock.handle(read(page)));
  const at = '2026-02-01T00:00:00.000Z';
  return { mock, company, pages, at };
}

describe('getallcustomers pages after a write', () => {
  test('are the very JSON.stringify of the views, byte for byte', () => {
    const { mock, company } = setup();
    const expected = JSON.stringify(
      mock.world
        .customersPage(company.id, 2, 50)
        .map((c) => customerView(mock.world, c, { systemSize: 'number' })),
    );
    expect(mock.handle(read(2)).body).toBe(expected);
    expect(new TextDecoder().decode(mock.handle(read(2)).bytes)).toBe(expected);
  });

  test('an update renders again only the page holding the customer', () => {
    const { mock, company, pages, at } = setup();
    const before = pages();
    const customer = mock.world.customersPage(company.id, 2, 50)[7]!;
    mock.apply({ kind: 'updateCustomer', customerId: customer.id, patch: { surname: 'Changed' }, at });
    const after = pages();
    expect(after.map((response, i) => response === before[i])).toEqual([true, false, true, true]);
    expect(after[1]?.body).toContain('"customer_last_name":"Changed"');
  });

  test('a creation renders again only the last page and the page past the end', () => {
    const { mock, company, pages, at } = setup();
    const before = pages();
    mock.apply({
      kind: 'createCustomer',
      companyId: company.id,
      ownerUserId: company.keyOwnerUserId,
      input: {
        firstname: 'Ada',
        surname: 'New',
        email: 'ada@new.example',
        phone1: '0400000000',
        type: 'RESIDENTIAL',
      },
      at,
    });
    const after = pages();
    expect(after.map((response, i) => response === before[i])).toEqual([true, true, false, false]);
    expect(after[3]?.body).toContain('the last page is 3');
  });

  test('a deletion renders again the page holding the customer and every page after it', () => {
    const { mock, company, pages, at } = setup();
    const before = pages();
    const customer = mock.world.customersPage(company.id, 2, 50)[0]!;
    mock.apply({ kind: 'deleteCustomer', customerId: customer.id, at });
    const after = pages();
    expect(after.map((response, i) => response === before[i])).toEqual([true, false, false, false]);
  });

  test("another company's writes and a subscription change no page", () => {
    const { mock, pages, at } = setup();
    const before = pages();
    const other = mock.world.companies().find((c) => c.apiKeys[0] !== DEFAULT_API_KEY)!;
    const theirs = mock.world.customersPage(other.id, 1, 1)[0]!;
    mock.apply({ kind: 'addNote', customerId: theirs.id, note: 'Called', at });
    mock.apply({
      kind: 'subscribe',
      companyId: 1,
      hookUrl: 'https://e.example/h',
      event: 'customer_created',
      at,
    });
    expect(pages().every((response, i) => response === before[i])).toBe(true);
  });
});
