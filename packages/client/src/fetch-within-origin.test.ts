import { describe, expect, test } from 'vitest';
import { RedirectError } from './errors/redirect-error.js';
import { fetchWithinOrigin } from './fetch-within-origin.js';
import { createRedactor } from './redact.js';

const KEY = 'secret-key-0123';
const URL_WITH_KEY = `https://solarproof.com.au/apidata.php?action=getallcustomers&api_key=${KEY}`;
const context = { action: 'getallcustomers' as const, followSameOrigin: true, redact: createRedactor(KEY) };

/** A response with read-only fields set as a runtime would set them. */
function responseWith(fields: Partial<Pick<Response, 'type' | 'redirected' | 'url'>>): Response {
  const response = new Response(null, { status: 200 });
  for (const [name, value] of Object.entries(fields)) Object.defineProperty(response, name, { value });
  return response;
}

describe('fetchWithinOrigin', () => {
  test('asks fetch not to follow redirects itself', async () => {
    const seen: RequestInit[] = [];
    const fetch = async (_url: string, init: RequestInit) => {
      seen.push(init);
      return new Response('[]');
    };
    await fetchWithinOrigin(fetch, URL_WITH_KEY, {}, context);
    expect(seen[0]?.redirect).toBe('manual');
  });

  test('an opaque redirect (a browser hides where it leads) is an error, not an empty answer', async () => {
    const error = await fetchWithinOrigin(
      async () => responseWith({ type: 'opaqueredirect' }),
      URL_WITH_KEY,
      {},
      context,
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ reason: 'hidden', status: 0 });
    expect((error as Error).message).toBe(
      'getallcustomers was redirected and the runtime hides where to (an opaque redirect), so it was not followed. Check baseUrl',
    );
  });

  test('a fetch that followed a redirect to another origin anyway is reported, with the key redacted', async () => {
    const error = await fetchWithinOrigin(
      async () => responseWith({ redirected: true, url: `https://elsewhere.example/x?api_key=${KEY}` }),
      URL_WITH_KEY,
      {},
      context,
    ).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'RedirectError', reason: 'cross-origin' });
    expect((error as RedirectError).chain).toEqual([
      'https://solarproof.com.au/apidata.php?action=getallcustomers&api_key=***',
      'https://elsewhere.example/x?api_key=***',
    ]);
  });

  test('a 3xx without a Location is handed back as an answer', async () => {
    const response = await fetchWithinOrigin(
      async () => new Response(null, { status: 304 }),
      URL_WITH_KEY,
      {},
      context,
    );
    expect(response.status).toBe(304);
  });
});
