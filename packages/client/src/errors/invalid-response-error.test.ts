import { describe, expect, test } from 'vitest';
import { fakeFetch, type Reply, text } from '../../test/support/fake-fetch.js';
import { createClient } from '../create-client.js';
import { InvalidResponseError } from './invalid-response-error.js';

const KEY = 'abcdef0123456789abcdef0123456789abcd';

const rows: [string, { reply: Reply; reason: string; message: RegExp }][] = [
  [
    'an HTML error page',
    {
      reply: text(
        502,
        '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>',
        'text/html',
      ),
      reason: 'html',
      message:
        /getallcustomers answered HTTP 502 with an HTML page \(content type text\/html\): "<html><head><title>502 Bad Gateway/,
    },
  ],
  [
    'an empty body',
    {
      reply: text(200, ''),
      reason: 'empty',
      message: /answered HTTP 200 with an empty body \(content type text\/plain;charset=UTF-8\)$/,
    },
  ],
  [
    'a PHP warning before the JSON',
    {
      reply: text(
        200,
        'Warning: mysqli_connect(): Too many connections in /var/www/apidata.php',
        'text/html',
      ),
      reason: 'not-json',
      message: /HTTP 200 with a body that is not JSON \(content type text\/html\): "Warning: mysqli_connect/,
    },
  ],
];

describe('bodies that are not JSON', () => {
  test.each(rows)(
    '%s becomes an InvalidResponseError that says what came',
    async (_name, { reply, reason, message }) => {
      const client = createClient({ apiKey: KEY, retry: false, fetch: fakeFetch(reply) });
      const error = await client.listCustomers().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error).toMatchObject({ reason, action: 'getallcustomers' });
      expect((error as Error).message).toMatch(message);
    },
  );

  test('quotes only the first 100 characters of the body', async () => {
    const body = `<html>${'x'.repeat(500)}</html>`;
    const client = createClient({ apiKey: KEY, fetch: fakeFetch(text(404, body, 'text/html')) });
    const error = (await client.listCustomers().catch((caught: unknown) => caught)) as InvalidResponseError;
    expect(error.bodyExcerpt).toBe(`${body.slice(0, 100)}…`);
  });

  test('redacts the key before cutting the excerpt, so no prefix of it survives', async () => {
    const body = `${'y'.repeat(90)}${KEY} and more`;
    const client = createClient({ apiKey: KEY, fetch: fakeFetch(text(200, body)) });
    const error = (await client.listCustomers().catch((caught: unknown) => caught)) as InvalidResponseError;
    expect(error.bodyExcerpt).toBe(`${'y'.repeat(90)}*** and mo…`);
    expect(error.message).not.toContain(KEY.slice(0, 8));
  });

  test('JSON of no known shape on an error status says so when validation is off', async () => {
    const client = createClient({
      apiKey: KEY,
      validate: false,
      fetch: fakeFetch(() => new Response('{"error":"boom"}', { status: 400 })),
    });
    await expect(client.listCustomers()).rejects.toMatchObject({
      name: 'InvalidResponseError',
      reason: 'unexpected-json',
    });
  });
});
