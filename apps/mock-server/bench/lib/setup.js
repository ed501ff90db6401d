// @ts-check
/** What every part of the bench agrees on: the built package, the world and the page under test. */
import { fileURLToPath } from 'node:url';

/** The mock server's CLI, as `solarproof-mock` runs it. */
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
/** The built package (the bench measures what users run, not the TypeScript sources). */
export const DIST_INDEX = new URL('../../dist/index.js', import.meta.url).href;

/** The CLI's defaults, passed explicitly so the bare baseline serves the very same bytes. */
export const SEED = 1;
export const CUSTOMERS = 130;
/** The key of the default company (`DEFAULT_API_KEY`). */
export const API_KEY = 'sp_mock_7f3a9c2e41b84d06a5e1c9b2d3f40a11';
/** One page of `getallcustomers`: 50 customers. */
export const PAGE_PATH = `/apidata.php?action=getallcustomers&page=1&api_key=${API_KEY}`;

/**
 * A `getallcustomers` request of `page` as the mock's `handle` takes it from either transport
 * (node:http and MSW both pass the query's text), for the in-process benches.
 * @param {number} page
 */
export const pageRequest = (page) => {
  const queryText = `action=getallcustomers&page=${page}&api_key=${API_KEY}`;
  return {
    method: 'GET',
    path: '/apidata.php',
    query: new URLSearchParams(queryText),
    queryText,
    headers: {},
    body: undefined,
  };
};

/**
 * The page's exact response body, rendered by the mock's own core from the same world.
 * @returns {Promise<string>}
 */
export async function renderPage() {
  const { createMockApi } = await import(DIST_INDEX);
  const mock = createMockApi({ seed: SEED, customers: CUSTOMERS });
  const at = PAGE_PATH.indexOf('?');
  const response = mock.handle({
    method: 'GET',
    path: PAGE_PATH.slice(0, at),
    query: new URLSearchParams(PAGE_PATH.slice(at + 1)),
    headers: {},
    body: undefined,
  });
  if (response.status !== 200) throw new Error(`The page answered ${response.status}: ${response.body}`);
  return response.body;
}
