import { ErrorCode, statusOfErrorCode } from '@solarproof/schemas';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createMockApi, type MockRequest } from '../../src/index.js';
import { robustnessSeed, scaled } from './support/context.js';
import { pollutionProblem, prototypeSnapshot, worldProblems } from './support/world-invariants.js';

// The control API is as exposed as the API itself: hostile bodies and paths must get JSON answers,
// never a crash, and must leave the world consistent.

const PATHS = [
  '/__mock',
  '/__mock/',
  '/__mock/reset',
  '/__mock/world',
  '/__mock/tenants',
  '/__mock/journal',
  '/__mock/faults',
  '/__mock/deliveries',
  '/__mock/customers/70001/status',
  '/__mock/customers/70001/notes',
  '/__mock/customers/1/status',
  '/__mock/customers/99999999999999/status',
  '/__mock/deliveries/00000000-0000-0000-0000-000000000000/replay',
  '/__mock/../apidata.php',
  '/__mock/%00',
];

const jsonish = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record(
    {
      customers: fc.oneof(fc.integer({ min: -5, max: 20 }), fc.string(), fc.constant(1e9)),
      seed: fc.oneof(fc.integer(), fc.double()),
      name: fc.string({ maxLength: 200 }),
      action: fc.constantFrom('getallcustomers', '*', 'nope', '__proto__', ''),
      code: fc.oneof(fc.constantFrom(...ErrorCode.options), fc.string()),
      count: fc.oneof(fc.integer({ min: -3, max: 5 }), fc.constant(1e12)),
      latencyMs: fc.integer({ min: -10, max: 100 }),
      status: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.string()),
      note: fc.string({ maxLength: 100 }),
      companyId: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.string({ maxLength: 5 })),
      __proto__: fc.record({ polluted: fc.constant(true) }),
    },
    { requiredKeys: [] },
  ),
);

const body = fc.oneof(
  fc.constant(undefined),
  jsonish.map((value) => JSON.stringify(value) ?? 'null'),
  fc.string({ maxLength: 100 }),
  fc.constant('{"customers": '),
);

const controlRequest = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'),
  path: fc.oneof(
    fc.constantFrom(...PATHS),
    fc.string({ maxLength: 30 }).map((tail) => `/__mock/${tail}`),
  ),
  query: fc.constantFrom(
    '',
    'companyId=1',
    'limit=abc',
    'limit=5&companyId=__proto__',
    'event=customer_created',
    'api_key=sp_mock_no_such_key',
    'companyId=2',
  ),
  body,
  contentType: fc.constantFrom('application/json', 'text/plain', undefined),
});

describe('the control API under hostile input', () => {
  test('answers every generated request in JSON without a server error, and the world stays consistent', () => {
    // Small worlds keep each reset and tenant cheap, so thousands of requests stay fast.
    const mock = createMockApi({ customers: 20, otherCustomers: 3, validateResponses: true });
    const snapshot = prototypeSnapshot();
    let requests = 0;
    fc.assert(
      fc.property(fc.array(controlRequest, { minLength: 1, maxLength: 10 }), (batch) => {
        for (const spec of batch) {
          const request: MockRequest = {
            method: spec.method,
            path: spec.path,
            query: new URLSearchParams(spec.query),
            headers: spec.contentType ? { 'content-type': spec.contentType } : {},
            body: spec.body,
          };
          const response = mock.handle(request);
          requests += 1;
          expect(response.status, `${spec.method} ${spec.path}`).toBeLessThan(500);
          const json = JSON.parse(response.body) as { code?: ErrorCode; message?: unknown };
          if (response.status >= 400) {
            expect(typeof json.message).toBe('string');
            expect(statusOfErrorCode(json.code as ErrorCode)).toBe(response.status);
          }
        }
        expect(worldProblems(mock.world)).toEqual([]);
        expect(pollutionProblem(snapshot)).toBeNull();
      }),
      { numRuns: scaled(300), seed: robustnessSeed() },
    );
    console.log(`control API: ${requests} hostile requests, 0 violations`);
  });
});
