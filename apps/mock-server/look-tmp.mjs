import { chromium } from 'playwright-core';

const [url, out, hash, click] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 1400, height: 1000 } });
p.on('console', (m) => console.log('console', m.type(), m.text()));
p.on('pageerror', (e) => console.log('pageerror', e.message));
const t = Date.now();
await p.goto(url + (hash ?? ''));
await p.waitForSelector(hash ? 'tr[data-seq]' : 'tr[data-customer]');
console.log('loaded in', Date.now() - t, 'ms');
if (click) {
  await p.click(click);
  await p.waitForTimeout(500);
}
await p.screenshot({ path: out, fullPage: false });
await b.close();
