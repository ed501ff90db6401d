// @ts-check
/**
 * The in-process MSW path, run as a child of run.js: `getResponse(handlers, request)` from 'msw'
 * against (a) one handler returning the page as a fixed JSON body and (b) the mock's handlers,
 * reading each body, in alternating timed rounds. Prints one JSON line.
 */
import { getResponse, HttpResponse, http } from 'msw';
import { CUSTOMERS, DIST_INDEX, MSW_ORIGIN, PAGE_PATH, renderPage, SEED } from './lib/setup.js';
import { median } from './lib/stats.js';

const ROUNDS = 16;
const ROUND_MS = 250;
const URL_UNDER_TEST = `${MSW_ORIGIN}${PAGE_PATH}`;

const { createMockApi, createSolarProofHandlers } = await import(DIST_INDEX);
const page = await renderPage();
const fixed = [
  http.get(
    `${MSW_ORIGIN}/apidata.php`,
    () => new HttpResponse(page, { headers: { 'content-type': 'application/json; charset=utf-8' } }),
  ),
];
const mock = createSolarProofHandlers({ mock: createMockApi({ seed: SEED, customers: CUSTOMERS }) });

/** @param {import('msw').RequestHandler[]} handlers */
async function once(handlers) {
  const response = await getResponse(handlers, new Request(URL_UNDER_TEST));
  if (response?.status !== 200) throw new Error(`MSW answered ${response?.status}`);
  return response.text();
}

/**
 * Microseconds per request over one timed round.
 * @param {import('msw').RequestHandler[]} handlers
 * @param {number} ms
 */
async function round(handlers, ms) {
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (let i = 0; i < 20; i += 1) await once(handlers);
    count += 20;
  }
  return ((performance.now() - start) * 1000) / count;
}

if ((await once(mock)) !== (await once(fixed))) throw new Error('The two handlers answer different bodies');
await round(fixed, ROUND_MS);
await round(mock, ROUND_MS);
/** @type {number[]} */
const fixedUs = [];
/** @type {number[]} */
const mockUs = [];
/** @type {number[]} each round's mock / fixed: neighbours in time share the machine's noise */
const ratios = [];
for (let i = 0; i < ROUNDS; i += 1) {
  const a = await round(fixed, ROUND_MS);
  const b = await round(mock, ROUND_MS);
  fixedUs.push(a);
  mockUs.push(b);
  ratios.push(b / a);
}
process.stdout.write(
  `${JSON.stringify({ fixedUs: median(fixedUs), mockUs: median(mockUs), ratio: median(ratios), rounds: ROUNDS })}\n`,
);
