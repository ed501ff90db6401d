import type { Customer, GetcustomerofprojectResponse } from '@solarproof/schemas';
import { describe, expectTypeOf, test } from 'vitest';
import type { OperationCaller } from './call-operation.js';
import type { OperationRequest } from './operation-types.js';

declare const call: OperationCaller;

describe('callOperation is typed per operation from the generated operations', () => {
  test('a misspelt or foreign query key does not compile', () => {
    // @ts-expect-error: the parameter is `page`
    call('getallcustomers', { query: { pgae: 2 } });
    // @ts-expect-error: getallcustomers takes no customer_email
    call('getallcustomers', { query: { customer_email: 'a@example.com' } });
    // @ts-expect-error: project_id is a number
    call('getcustomerofproject', { query: { project_id: '1640' } });
  });

  test('required query parameters are required', () => {
    // @ts-expect-error: getcustomerByemail needs customer_email
    call('getcustomerByemail', {});
    // @ts-expect-error: getcustomerofproject needs project_id
    call('getcustomerofproject', { query: {} });
    call('getallcustomers', {});
  });

  test('reads take no body and writes take their documented body', () => {
    // @ts-expect-error: a read has no body
    call('getallcustomers', { body: { page: 1 } });
    // @ts-expect-error: createcustomer's body is the `{ data }` envelope
    call('createcustomer', { body: { firstname: 'A', surname: 'B' } });
    // @ts-expect-error: subscribe_customer needs type_request
    call('subscribe_customer', { body: { hookUrl: 'https://example.com/h' } });
    call('unsubscribe_customer', { body: { hookUrl: 'https://example.com/h' } });
  });

  test('the answer is the operation success body', () => {
    expectTypeOf(call('getallcustomers', {})).resolves.toEqualTypeOf<Customer[]>();
    expectTypeOf(
      call('getcustomerofproject', { query: { project_id: 1 } }),
    ).resolves.toEqualTypeOf<GetcustomerofprojectResponse>();
    expectTypeOf<OperationRequest<'getallcustomers'>>().toEqualTypeOf<
      { query?: { page?: number } } & { body?: never }
    >();
  });
});
