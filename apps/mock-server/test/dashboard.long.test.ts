import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createMockApi, DEFAULT_API_KEY } from '../src/index.js';
import { type RunningMockServer, startMockServer } from '../src/node.js';
import { CHROMIUM } from './support/chromium.js';
import { type Receiver, startReceiver } from './support/receiver.js';
import { newCustomer } from './support/scenario-helpers.js';

let browser: Browser;
let server: RunningMockServer;
let page: Page;
/** Every URL the page asked for: the page must talk to its own origin only. */
let requested: string[];

async function call(action: string, body?: unknown, apiKey = DEFAULT_API_KEY) {
  const response = await fetch(`${server.url}/apidata.php?action=${action}&api_key=${apiKey}`, {
    method: body === undefined ? 'GET' : 'POST',
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function open(section: string, query = '') {
  await page.goto(`${server.url}/__mock/ui${query}#${section}`);
  await page.locator('#live', { hasText: 'live' }).waitFor({ timeout: 5000 });
}

describe.skipIf(!CHROMIUM)('the dashboard in Chromium', () => {
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM });
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    const mock = createMockApi({ webhooks: { backoffMs: 20, maxBackoffMs: 100, timeoutMs: 1000 } });
    server = await startMockServer({ port: 0, mock });
    page = await browser.newPage();
    requested = [];
    page.on('request', (request) => requested.push(request.url()));
  });
  afterEach(async () => {
    await page.close();
    server.mock.deliveries.clear();
    await server.close();
    expect(requested.filter((url) => !url.startsWith(`${server.url}/`))).toEqual([]);
  });

  test('shows the seeded world with keys masked, and a customer created through the API appears in it', async () => {
    await open('world');
    const customers = page.locator('table.customers');
    await customers.locator('tr[data-customer]').first().waitFor();
    expect(await page.content()).not.toContain(DEFAULT_API_KEY);
    await expect
      .poll(() => page.locator('tr[data-company="1"] code.key').textContent())
      .toBe('sp_mock_…0a11');

    const created = await call('createcustomer', { data: newCustomer('dashboard', { firstname: 'Grace' }) });
    await customers
      .locator(`tr[data-customer="${created.json.id}"]`, { hasText: 'Grace Lovelace' })
      .waitFor({ timeout: 2000 });

    await page.locator('tr[data-company="1"] button', { hasText: 'show' }).click();
    await expect
      .poll(() => page.locator('tr[data-company="1"] code.key').textContent())
      .toBe(DEFAULT_API_KEY);
  });

  test('a request appears in the live journal within a second, with its curl line', async () => {
    await open('traffic');
    const sent = Date.now();
    await call('getcustomerByemail&customer_email=nobody%40example.com.au');
    const row = page.locator('table.journal tr[data-seq]', { hasText: 'CUSTOMER_NOT_FOUND' });
    await row.waitFor({ timeout: 1000 });
    expect(Date.now() - sent).toBeLessThan(1000);
    await row.click();
    const curl = await page.locator('pre.curl').textContent();
    expect(curl).toContain('api_key=$SOLARPROOF_API_KEY');
    expect(curl).not.toContain(DEFAULT_API_KEY);
    expect(await page.locator('sp-traffic').textContent()).toContain('No customer exists with email');
  });

  test('the webhooks view shows each attempt of a delivery, and a replay sends it again to a real receiver', async () => {
    // The first POST fails: the delivery is retried, and both attempts are shown.
    const receiver: Receiver = await startReceiver((n) => ({ status: n === 1 ? 500 : 200 }));
    try {
      await call('subscribe_customer', { hookUrl: receiver.url, type_request: 'customer_created' });
      await open('webhooks');
      await call('createcustomer', { data: newCustomer('replayed') });
      const row = page.locator('table.deliveries tr[data-delivery]');
      await row.locator('.state', { hasText: 'delivered' }).waitFor({ timeout: 3000 });
      await row.click();
      const attempts = page.locator('tr.attempts');
      await attempts.locator('tbody td', { hasText: 'The receiver answered 500' }).waitFor();
      expect(await attempts.locator('tbody tr').count()).toBe(2);
      const [first] = await receiver.waitFor(1);

      await row.locator('button', { hasText: 'Replay' }).click();
      const [, second] = await receiver.waitFor(2);
      expect(second?.headers['x-solarproof-delivery-id']).toBe(first?.headers['x-solarproof-delivery-id']);
      expect(second?.body).toEqual(first?.body);
    } finally {
      await receiver.close();
    }
  });

  test('a fault queued in the controls answers the next call, and the journal shows it', async () => {
    await open('controls');
    const form = page.locator('form', { hasText: 'Queue a fault' });
    await form.locator('select[name=action]').selectOption('getallcustomers');
    await form.locator('select[name=code]').selectOption('RATE_LIMITED');
    await form.locator('button[type=submit]').click();
    await page.locator('sp-controls table', { hasText: 'RATE_LIMITED' }).waitFor({ timeout: 2000 });

    expect((await call('getallcustomers')).status).toBe(429);
    expect((await call('getallcustomers')).status).toBe(200);
    await page.locator('nav a[href="#traffic"]').click();
    await page.locator('table.journal tr[data-seq]', { hasText: 'RATE_LIMITED' }).waitFor({ timeout: 1000 });
  });

  test('a tenant created in the controls with an interpretation profile shows in the world with it', async () => {
    await open('controls');
    const form = page.locator('form', { hasText: 'Create a tenant' });
    await form.locator('input[name=name]').fill('Strict Solar');
    await form.locator('select[name=profile]').selectOption('strictest');
    await form.locator('button[type=submit]').click();
    await page.locator('nav a[href="#world"]').click();
    const row = page.locator('table.companies tr[data-company="3"]');
    await row.waitFor({ timeout: 2000 });
    expect(await row.textContent()).toMatch(/Strict Solar.*strictest/);
    await page.locator('h2', { hasText: 'Customers of Strict Solar' }).waitFor();
  });

  test("the per-tenant reset in the controls asks first, then resets only the chosen tenant's data", async () => {
    const made = await fetch(`${server.url}/__mock/tenants`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Reset Me Solar', customers: 3 }),
    });
    const tenant = (await made.json()) as { companyId: number; apiKey: string };
    const find = (tag: string, apiKey?: string) =>
      call(`getcustomerid&customer_email=ada.${tag}%40example.com.au`, undefined, apiKey);
    expect((await call('createcustomer', { data: newCustomer('tenant-gone') }, tenant.apiKey)).status).toBe(
      200,
    );
    expect((await call('createcustomer', { data: newCustomer('default-kept') })).status).toBe(200);

    await open('world');
    await page.locator(`table.companies tr[data-company="${tenant.companyId}"]`).click();
    await page.locator('h2', { hasText: 'Customers of Reset Me Solar' }).waitFor();
    await page.locator('nav a[href="#controls"]').click();
    const card = page.locator('section.reset');
    await card.locator('button', { hasText: 'Reset Reset Me Solar' }).click();
    await card.locator('.question', { hasText: 'Reset Reset Me Solar and lose its changes?' }).waitFor();
    await card.locator('button', { hasText: 'Cancel' }).click();
    expect((await find('tenant-gone', tenant.apiKey)).status).toBe(200);

    await card.locator('button', { hasText: 'Reset Reset Me Solar' }).click();
    await card.locator('button', { hasText: 'Yes, reset' }).click();
    await page
      .locator('.toast', { hasText: 'Reset Me Solar is back to 3 customers' })
      .waitFor({ timeout: 2000 });
    expect((await find('tenant-gone', tenant.apiKey)).status).toBe(404);
    expect((await find('default-kept')).status).toBe(200);
    await page.locator('nav a[href="#world"]').click();
    const row = page.locator(`table.companies tr[data-company="${tenant.companyId}"]`);
    expect(await row.locator('td').nth(5).textContent()).toBe('3');
    expect(await page.locator('table.companies tr[data-company="1"] td').nth(5).textContent()).toBe('131');
  });

  test('takes ?token= from the address, drops it from there, and sends it as a bearer header', async () => {
    const headers: Array<string | undefined> = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/__mock/') && request.resourceType() === 'fetch')
        headers.push(request.headers().authorization);
    });
    await open('world', '?token=t0ken-of-the-test');
    await page.locator('table.customers tr[data-customer]').first().waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(headers.length).toBeGreaterThan(2);
    expect(new Set(headers)).toEqual(new Set(['Bearer t0ken-of-the-test']));
  });
});
