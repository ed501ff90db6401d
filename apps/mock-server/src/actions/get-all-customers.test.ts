import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { MockRequest } from '../core/mock-request.js';
import { createMockApi } from '../mock/create-mock-api.js';
import { customerView } from '../views/customer-view.js';
import { DEFAULT_API_KEY } from '../world/create-world.js';
import type { Company, StatusId, WorldOp } from '../world/types.js';

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

/** The creation of a customer `New<tag>` in the company. */
const creation = (company: Company, at: string, tag: string): WorldOp => ({
  kind: 'createCustomer',
  companyId: company.id,
  ownerUserId: company.keyOwnerUserId,
  input: {
    firstname: 'Ada',
    surname: `New${tag}`,
    email: `ada${tag}@new.example`,
    phone1: '0400000000',
    type: 'RESIDENTIAL',
  },
  at,
});

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
    mock.apply(creation(company, at, ''));
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

  test('stay the JSON.stringify of the views through any run of writes, answered in pieces or whole, and pages handed out never change', () => {
    const scale = Number(process.env.SOLARPROOF_TEST_SCALE ?? 1);
    const write = fc.oneof(
      fc.record({
        kind: fc.constant('update' as const),
        index: fc.nat(),
        surname: fc.string({ minLength: 1, maxLength: 12 }),
      }),
      fc.record({ kind: fc.constant('note' as const), index: fc.nat() }),
      fc.record({ kind: fc.constant('delete' as const), index: fc.nat() }),
      fc.record({ kind: fc.constant('create' as const) }),
      fc.record({ kind: fc.constant('status' as const), index: fc.nat() }),
      fc.record({ kind: fc.constant('theirs' as const), index: fc.nat() }),
      fc.record({ kind: fc.constant('refused' as const) }),
      fc.record({ kind: fc.constant('reset' as const) }),
    );
    fc.assert(
      fc.property(fc.array(write, { minLength: 1, maxLength: 40 }), (writes) => {
        const { mock, company, at } = setup();
        const expected = (page: number) =>
          JSON.stringify(
            mock.world
              .customersPage(company.id, page, 50)
              .map((c) => customerView(mock.world, c, { systemSize: 'number' })),
          );
        const handedOut: { text: string; bytes: Uint8Array; chunks: readonly Uint8Array[] | undefined }[] =
          [];
        for (const [step, change] of writes.entries()) {
          const all = mock.world.customersPage(company.id, 1, 1000);
          const customer = 'index' in change ? all[change.index % Math.max(1, all.length)] : undefined;
          if (change.kind === 'create') {
            mock.apply(creation(company, at, String(step)));
          } else if (customer && change.kind === 'update') {
            mock.apply({
              kind: 'updateCustomer',
              customerId: customer.id,
              patch: { surname: change.surname },
              at,
            });
          } else if (customer && change.kind === 'status') {
            mock.apply({
              kind: 'setCustomerStatus',
              customerId: customer.id,
              statusId: (step % 4) as StatusId,
              at,
            });
          } else if (change.kind === 'theirs') {
            // Another company's write, and one that changes nothing: no page of this company moves.
            const other = mock.world.companies().find((c) => c.id !== company.id)!;
            const theirs = mock.world.customersPage(other.id, 1, 50);
            const target = theirs[change.index % Math.max(1, theirs.length)];
            if (target)
              mock.apply({ kind: 'updateCustomer', customerId: target.id, patch: { surname: 'Theirs' }, at });
          } else if (change.kind === 'refused') {
            mock.apply({ kind: 'updateCustomer', customerId: 9_999_999, patch: { surname: 'Nobody' }, at });
          } else if (change.kind === 'reset') {
            mock.reset();
          } else if (customer && change.kind === 'note') {
            mock.apply({ kind: 'addNote', customerId: customer.id, note: `Note ${step} "quoted"`, at });
          } else if (customer) mock.apply({ kind: 'deleteCustomer', customerId: customer.id, at });
          const last = Math.max(1, Math.ceil(mock.world.customerCount(company.id) / 50));
          for (let page = 1; page <= last; page += 1) {
            const response = mock.handle(read(page));
            expect(response.body).toBe(expected(page));
            const bytes = response.bytes as Uint8Array;
            if (response.chunks) {
              expect(response.chunks.reduce((n, chunk) => n + chunk.byteLength, 0)).toBe(bytes.byteLength);
            }
            handedOut.push({ text: response.body, bytes, chunks: response.chunks });
          }
        }
        const decoder = new TextDecoder();
        for (const { text, bytes, chunks } of handedOut) {
          expect(decoder.decode(bytes)).toBe(text);
          if (chunks) expect(chunks.map((chunk) => decoder.decode(chunk)).join('')).toBe(text);
        }
      }),
      { numRuns: 25 * scale },
    );
  });

  test('an update of one customer answers its page as views of the unchanged bytes around it', () => {
    const { mock, company, at } = setup();
    const before = mock.handle(read(2));
    const customer = mock.world.customersPage(company.id, 2, 50)[7]!;
    mock.apply({ kind: 'updateCustomer', customerId: customer.id, patch: { surname: 'Changed' }, at });
    const after = mock.handle(read(2));
    // Customers 0-6 and 8-49 are the bytes already written; only customer 7 was written again.
    expect(after.chunks).toHaveLength(3);
    const [head, , tail] = after.chunks!;
    expect(head!.buffer).toBe(before.bytes!.buffer);
    expect(tail!.buffer).toBe(before.bytes!.buffer);
    expect(head!.byteLength + tail!.byteLength).toBeGreaterThan(0.9 * before.bytes!.byteLength);
  });
});
