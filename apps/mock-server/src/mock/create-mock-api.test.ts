import { operationSchemas, statusOfErrorCode } from '@solarproof/schemas';
import { describe, expect, test, vi } from 'vitest';
import { apiError } from '../core/error-response.js';
import { FAULT_HEADER, forcibleCodes } from '../core/forced-fault.js';
import type { MockRequest } from '../core/mock-request.js';
import { DEFAULT_API_KEY } from '../world/create-world.js';
import { createMockApi, type MockOptions } from './create-mock-api.js';
import { MockFailure } from './mock-failure.js';

const request = (query: Record<string, string>, extra: Partial<MockRequest> = {}): MockRequest => ({
  method: 'GET',
  path: '/apidata.php',
  query: new URLSearchParams({ api_key: DEFAULT_API_KEY, ...query }),
  headers: {},
  body: undefined,
  ...extra,
});

/** A mock holding a customer whose stored creation instant no view can turn into a spec date. */
function mockWithBrokenCustomer(options: MockOptions) {
  const mock = createMockApi(options);
  const company = mock.world.companyByApiKey(DEFAULT_API_KEY)!;
  mock.apply({
    kind: 'createCustomer',
    companyId: company.id,
    ownerUserId: company.keyOwnerUserId,
    input: {
      firstname: 'Ada',
      surname: 'Broken',
      email: 'ada@broken.example',
      phone1: '0400000000',
      type: 'RESIDENTIAL',
    },
    at: 'not an instant',
  });
  const read = request({ action: 'getcustomerByemail', customer_email: 'ada@broken.example' });
  return { mock, company, read };
}

describe('a failure of the mock', () => {
  test('with validateResponses, an answer the spec rejects throws a MockFailure naming the action and company', () => {
    const { mock, company, read } = mockWithBrokenCustomer({ validateResponses: true });
    let thrown: unknown;
    try {
      mock.handle(read);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(MockFailure);
    expect(thrown).toMatchObject({ action: 'getcustomerByemail', companyId: company.id });
    expect((thrown as Error).message).toMatch(/getcustomerByemail answered a 200 body the spec rejects/);
    expect(mock.journal.entries().at(-1)).toMatchObject({
      action: 'getcustomerByemail',
      companyId: company.id,
      status: 500,
      code: 'UNKNOWN',
    });
  });

  test('onError decides what a failure answers, and is told the action and company', () => {
    const { mock, company, read } = mockWithBrokenCustomer({
      validateResponses: true,
      onError: (failure) => apiError('UNKNOWN', `seen: ${failure.action} ${failure.companyId}`),
    });
    expect(JSON.parse(mock.handle(read).body)).toEqual({
      code: 'UNKNOWN',
      message: `seen: getcustomerByemail ${company.id}`,
    });
    expect(mock.journal.entries().at(-1)).toMatchObject({
      action: 'getcustomerByemail',
      companyId: company.id,
    });
  });

  test('without validateResponses, a listener that throws during a write answers 500 UNKNOWN naming the action', () => {
    const mock = createMockApi();
    mock.onApply(() => {
      throw new Error('disk full');
    });
    const response = mock.handle(
      request(
        { action: 'createcustomer' },
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            data: {
              firstname: 'Ada',
              surname: 'B',
              email: 'ada@b.example',
              phone1: '0400000000',
              type: 'RESIDENTIAL',
            },
          }),
        },
      ),
    );
    expect(response.status).toBe(500);
    expect(JSON.parse(response.body)).toEqual({
      code: 'UNKNOWN',
      message: expect.stringMatching(/^The mock failed: disk full \[createcustomer, company 1\]$/),
    });
    expect(mock.journal.entries().at(-1)).toMatchObject({
      action: 'createcustomer',
      companyId: 1,
      status: 500,
    });
  });
});

describe('forced faults', () => {
  const cases = Object.values(operationSchemas).flatMap((op) => {
    const webhook = op.action === 'subscribe_customer' || op.action === 'unsubscribe_customer';
    return forcibleCodes(op.operationId, webhook).map(
      (code) => [op.operationId, code, op.action, op.method, webhook] as const,
    );
  });

  test.each(cases)(
    '%s forced to %s answers what the spec describes',
    (_id, code, action, method, webhook) => {
      const mock = createMockApi({ validateResponses: true });
      const response = mock.handle(request({ action }, { method, headers: { [FAULT_HEADER]: code } }));
      expect(response.status).toBe(webhook && code.startsWith('INVALID_') ? 400 : statusOfErrorCode(code));
      const body = JSON.parse(response.body);
      expect(body).toEqual(
        webhook && code.startsWith('INVALID_')
          ? { success: false, message: expect.any(String) }
          : { code, message: expect.any(String) },
      );
    },
  );

  test('every operation can be forced to answer RATE_LIMITED and its own documented codes', () => {
    for (const op of Object.values(operationSchemas)) {
      const webhook = op.action === 'subscribe_customer' || op.action === 'unsubscribe_customer';
      expect(forcibleCodes(op.operationId, webhook)).toEqual(
        expect.arrayContaining(['RATE_LIMITED', ...op.errorCodes]),
      );
    }
  });
});

describe('a page of customers', () => {
  test('is answered as its bytes, without its text being decoded on the way', () => {
    const mock = createMockApi({ seed: 1 });
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    try {
      const first = mock.handle(request({ action: 'getallcustomers', page: '1' }));
      const again = mock.handle(request({ action: 'getallcustomers', page: '1' }));
      expect(first.status).toBe(200);
      expect(again.bytes).toBe(first.bytes);
      expect(decode).not.toHaveBeenCalled();
    } finally {
      decode.mockRestore();
    }
  });
});
