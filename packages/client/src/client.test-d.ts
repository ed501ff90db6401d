import type {
  CreatecustomerResponse,
  Customer,
  ProjectCustomer,
  UpdatecustomerResponse,
  WebhookSuccess,
} from '@solarproof/schemas';
import { describe, expectTypeOf, test } from 'vitest';
import { createClient } from './create-client.js';
import type { ApiErrorCode, TransportErrorCode } from './errors/api-error-code.js';
import { isSolarProofApiError, type SolarProofApiError } from './errors/solar-proof-api-error.js';
import { parseWebhookEvent, type WebhookEvent } from './parse-webhook-event.js';

const client = createClient({ apiKey: 'k' });
type Transport =
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'REQUEST_TIMEOUT'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'RATE_LIMITED'
  | 'UNKNOWN';

describe('the client methods are typed from the spec', () => {
  test('reads return the documented shapes', () => {
    expectTypeOf(client.listCustomers).returns.toEqualTypeOf<Promise<Customer[]>>();
    expectTypeOf(client.getCustomerByEmail).returns.toEqualTypeOf<Promise<Customer>>();
    expectTypeOf(client.getCustomerId).returns.toEqualTypeOf<Promise<Customer>>();
    expectTypeOf(client.findCustomerId).returns.toEqualTypeOf<Promise<number>>();
    expectTypeOf(client.getCustomerOfProject).returns.toEqualTypeOf<Promise<ProjectCustomer>>();
    expectTypeOf(client.iterateCustomers).returns.toEqualTypeOf<AsyncGenerator<Customer>>();
  });

  test('writes return the documented shapes', () => {
    expectTypeOf(client.createCustomer).returns.toEqualTypeOf<Promise<CreatecustomerResponse>>();
    expectTypeOf(client.updateCustomer).returns.toEqualTypeOf<Promise<UpdatecustomerResponse>>();
    expectTypeOf(client.subscribe).returns.toEqualTypeOf<Promise<WebhookSuccess>>();
  });

  test('inputs reject what the spec does not allow', () => {
    // @ts-expect-error: the type is upper case on input
    client.createCustomer({ firstname: 'a', surname: 'b', email: 'e', phone1: '1', type: 'Residential' });
    // @ts-expect-error: firstname is required
    client.createCustomer({ surname: 'b', email: 'e', phone1: '1', type: 'RESIDENTIAL' });
    // @ts-expect-error: gststatus is 0 or 1
    client.updateCustomer(1, { gststatus: 2 });
    // @ts-expect-error: contract_signed cannot be subscribed to (I-11)
    client.subscribe({ hookUrl: 'https://example.com', type: 'contract_signed' });
  });
});

describe('error codes are a union per action', () => {
  test('createcustomer: its documented codes and the transport codes', () => {
    expectTypeOf<ApiErrorCode<'createcustomer'>>().toEqualTypeOf<
      'DUPLICATE_EMAIL' | 'INVALID_API_KEY' | 'INVALID_PARAMETERS' | 'USER_NOT_FOUND' | Transport
    >();
    expectTypeOf<SolarProofApiError<'createcustomer'>['code']>().toEqualTypeOf<
      ApiErrorCode<'createcustomer'>
    >();
  });

  test('the webhook actions have only transport codes', () => {
    expectTypeOf<ApiErrorCode<'subscribe_customer'>>().toEqualTypeOf<TransportErrorCode>();
    expectTypeOf<TransportErrorCode>().toEqualTypeOf<Transport>();
  });

  test('isSolarProofApiError narrows code to the action', () => {
    const error: unknown = undefined;
    if (isSolarProofApiError(error, 'getallcustomers')) {
      expectTypeOf(error.code).toEqualTypeOf<
        'INVALID_API_KEY' | 'INVALID_PARAMETERS' | 'NO_CUSTOMERS_FOUND' | Transport
      >();
    }
  });
});

describe('parseWebhookEvent', () => {
  test('returns a union discriminated by type and version', () => {
    const event = parseWebhookEvent({});
    expectTypeOf(event).toEqualTypeOf<WebhookEvent>();
    if (event.type === 'customer_created' && event.version === 2) {
      expectTypeOf(event.payload.customer_uid).toEqualTypeOf<string>();
    }
    if (event.type === 'customer_status_change') {
      expectTypeOf(event.changes[0]?.new_status).toEqualTypeOf<0 | 1 | 2 | 3 | undefined>();
    }
  });
});
