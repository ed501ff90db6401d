import { chromium } from 'playwright-core';

const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (let i = 0; i < 3; i++) {
  const t = Date.now();
  const p = await b.newPage();
  const a = Date.now() - t;
  await p.goto('http://127.0.0.1:4800/__mock/ui#world');
  const g = Date.now() - t;
  await p.locator('#live', { hasText: 'live' }).waitFor();
  const l = Date.now() - t;
  await p.locator('tr[data-customer]').first().waitFor();
  const c = Date.now() - t;
  console.log({ newPage: a, goto: g, live: l, customers: c });
  await p.close();
}
await b.close();
