import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import { fakeFetch, hang, json, type Reply, text } from '../../test/support/fake-fetch.js';
import { minimalCustomerInput } from '../../test/support/fixtures.js';
import { sampleCustomer } from '../../test/support/sample-customer.js';
import { createClient, type SolarProofClient } from '../create-client.js';
import { parseWebhookEvent } from '../parse-webhook-event.js';
import { InvalidResponseError } from './invalid-response-error.js';
import { NetworkError } from './network-error.js';
import { ResponseValidationError } from './response-validation-error.js';
import { SolarProofApiError } from './solar-proof-api-error.js';
import type { SolarProofError } from './solar-proof-error.js';
import { TimeoutError } from './timeout-error.js';
import { WebhookApiError } from './webhook-api-error.js';
import { WebhookEventError } from './webhook-event-error.js';

// Recognisable, and with characters that URL encoding changes, so that every spelling is tested.
const KEY = 'LEAK-CANARY/sk+live=0123456789abcdef';
const spellings = [KEY, encodeURIComponent(KEY), new URLSearchParams({ k: KEY }).toString().slice(2)];
const newCustomer = minimalCustomerInput;
const echoedUrl = `https://solarproof.com.au/apidata.php?action=getallcustomers&api_key=${encodeURIComponent(KEY)}`;

type Row = [
  string,
  {
    kind: new (...args: never[]) => SolarProofError;
    reply: Reply;
    call?: (client: SolarProofClient) => Promise<unknown>;
    options?: object;
  },
];

const rows: Row[] = [
  [
    'SolarProofApiError whose server message echoes the key',
    {
      kind: SolarProofApiError,
      reply: json(401, { code: 'INVALID_API_KEY', message: `Key ${KEY} is invalid` }),
    },
  ],
  [
    'SolarProofApiError from a write, whose body carried the key',
    {
      kind: SolarProofApiError,
      reply: json(409, { code: 'DUPLICATE_EMAIL', message: `{"data":{"apikey":"${KEY}"}} duplicate` }),
      call: (client) => client.createCustomer(newCustomer),
    },
  ],
  [
    'WebhookApiError whose message echoes the key',
    {
      kind: WebhookApiError,
      reply: json(400, { success: false, message: `Invalid API key ${KEY}` }),
      call: (client) => client.subscribe({ hookUrl: 'https://example.com/h', type: 'customer_created' }),
    },
  ],
  [
    'InvalidResponseError for an HTML page that prints the request URL',
    { kind: InvalidResponseError, reply: text(500, `<html>Error at ${echoedUrl}</html>`, 'text/html') },
  ],
  [
    'InvalidResponseError for a PHP dump of the body',
    { kind: InvalidResponseError, reply: text(200, `array(1) { ["apikey"]=> string "${KEY}" }`) },
  ],
  [
    'ResponseValidationError whose wrong value is the key',
    { kind: ResponseValidationError, reply: json(200, [sampleCustomer(1, { customer_id: KEY })]) },
  ],
  [
    'NetworkError whose cause (and its cause) name the full URL',
    {
      kind: NetworkError,
      reply: () => {
        const inner = Object.assign(new Error(`connect ECONNREFUSED for ${echoedUrl}`), {
          code: 'ECONNREFUSED',
        });
        throw new TypeError(`fetch failed: ${decodeURIComponent(echoedUrl)}`, { cause: inner });
      },
    },
  ],
  [
    'NetworkError whose cause is a string with the key',
    {
      kind: NetworkError,
      reply: () => {
        throw `request to ${echoedUrl} failed`;
      },
    },
  ],
  ['TimeoutError', { kind: TimeoutError, reply: hang(), options: { timeoutMs: 10 } }],
];

function expectNoKey(rendered: string): void {
  for (const spelling of spellings) expect(rendered).not.toContain(spelling);
  // Nor a recognisable piece of it.
  expect(rendered).not.toContain('LEAK-CANARY');
}

function renderings(error: Error): string[] {
  return [
    error.message,
    String(error.stack),
    String(error),
    JSON.stringify(error),
    inspect(error, { depth: 10, showHidden: true }),
    String((error.cause as Error | undefined)?.stack ?? ''),
  ];
}

describe('the API key never leaks', () => {
  test.each(rows)('%s', async (_name, { kind, reply, call, options }) => {
    const fetch = fakeFetch(reply);
    const client = createClient({ apiKey: KEY, fetch, retry: false, ...options });
    const error = await (call ?? ((c: SolarProofClient) => c.listCustomers()))(client).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(kind);
    for (const rendered of renderings(error as Error)) expectNoKey(rendered);
    // The URL is kept for debugging, with the key replaced.
    expect((error as SolarProofError).url).toMatch(/api_key=\*\*\*($|&)/);
  });

  test('WebhookEventError, built without a client, still hides an api_key in what it quotes', () => {
    const error = (() => {
      try {
        parseWebhookEvent({ hook: echoedUrl });
      } catch (caught) {
        return caught as WebhookEventError;
      }
    })();
    expect(error).toBeInstanceOf(WebhookEventError);
    for (const rendered of renderings(error as Error))
      expect(rendered).not.toContain(encodeURIComponent(KEY));
  });

  test('the client object does not show the key when logged', () => {
    const client = createClient({ apiKey: KEY, fetch: fakeFetch(json(200, [])) });
    expectNoKey(inspect(client, { depth: 10, showHidden: true }));
    expectNoKey(JSON.stringify(client));
  });

  test('toJSON keeps the useful fields', async () => {
    const client = createClient({
      apiKey: KEY,
      fetch: fakeFetch(json(404, { code: 'NO_CUSTOMERS_FOUND', message: 'none' })),
    });
    const error = await client.listCustomers({ page: 9 }).catch((caught: unknown) => caught);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'SolarProofApiError',
      message: 'getallcustomers failed with NO_CUSTOMERS_FOUND (HTTP 404): none',
      action: 'getallcustomers',
      url: 'https://solarproof.com.au/apidata.php?action=getallcustomers&api_key=***&page=9',
      code: 'NO_CUSTOMERS_FOUND',
      status: 404,
      serverMessage: 'none',
    });
  });
});
