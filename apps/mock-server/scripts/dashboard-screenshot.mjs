#!/usr/bin/env node
// Generates the README's pictures of the dashboard (docs/dashboard-*.png) from the seeded world
// (seed 1) with a little traffic, in Debian's chromium. Run after a build:
//   pnpm --filter @solarproof/mock-server build && pnpm --filter @solarproof/mock-server screenshot
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { createMockApi, DEFAULT_API_KEY } from '../dist/index.js';
import { startMockServer } from '../dist/node.js';

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
if (!executablePath) {
  process.stderr.write('no Chromium: apt-get install -y chromium, or set CHROMIUM_PATH\n');
  process.exit(1);
}
const out = new URL('../../../docs/', import.meta.url);

const receiver = createServer((req, res) => req.resume().on('end', () => res.writeHead(200).end()));
await new Promise((resolve) => receiver.listen(0, '127.0.0.1', () => resolve(undefined)));
const hookUrl = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (receiver.address()).port}/hooks/solarproof`;

const server = await startMockServer({ port: 0, mock: createMockApi({ seed: 1 }) });
/** @param {string} action @param {unknown} [body] @param {string} [query] */
const call = (action, body, query = '') =>
  fetch(`${server.url}/apidata.php?action=${action}&api_key=${DEFAULT_API_KEY}${query}`, {
    method: body ? 'POST' : 'GET',
    ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
  }).then((r) => r.json());
/** @param {string} path @param {unknown} body */
const control = (path, body) =>
  fetch(`${server.url}/__mock/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then((r) => r.json());

await call('subscribe_customer', { hookUrl, type_request: 'customer_created' });
await call('subscribe_customer', { hookUrl, type_request: 'customer_status_change' });
await call('getallcustomers', undefined, '&page=1');
await call('getallcustomers', undefined, '&page=2');
const created = await call('createcustomer', {
  data: {
    firstname: 'Grace',
    surname: 'Hopper',
    email: 'grace.hopper@example.com.au',
    phone1: '0412 345 678',
    type: 'RESIDENTIAL',
  },
});
// The customer the picture opens: a seeded one with projects, so every view is there.
const page1 = await fetch(`${server.url}/__mock/companies/1/customers?perPage=50`).then((r) => r.json());
const shown = page1.customers.find(
  (/** @type {{ id: number, projects: number }} */ c) => c.projects > 0 && c.id !== Number(created.id),
);
await control(`customers/${shown.id}/status`, { status: 2 });
await control(`customers/${shown.id}/notes`, { note: 'Asked for a quote on a 6.6 kW system' });
await call('getcustomerByemail', undefined, '&customer_email=grace.hopper%40example.com.au');
await call('getcustomerByemail', undefined, '&customer_email=nobody%40example.com.au');
await control('faults', { action: 'getallcustomers', code: 'RATE_LIMITED' });
await call('getallcustomers', undefined, '&page=3');
await server.mock.deliveries.idle();

const browser = await chromium.launch({ executablePath });
const page = await browser.newPage({ viewport: { width: 1400, height: 1050 } });
await page.goto(`${server.url}/__mock/ui#world`);
await page.locator(`tr[data-customer="${shown.id}"]`).click();
await page.locator('.views figure').first().waitFor();
await page.evaluate(() => window.scrollTo(0, 0));
await page.screenshot({ path: new URL('dashboard-world.png', out).pathname, fullPage: true });

await page.locator('nav a[href="#traffic"]').click();
await page.locator('table.journal tr[data-seq]', { hasText: 'createcustomer' }).click();
await page.locator('pre.curl').waitFor();
await page.screenshot({ path: new URL('dashboard-traffic.png', out).pathname });

await browser.close();
await server.close();
receiver.close();
process.stdout.write('wrote docs/dashboard-world.png and docs/dashboard-traffic.png\n');
