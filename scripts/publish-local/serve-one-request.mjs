// Starts the installed `solarproof-mock` through npx, reads its URL, and asks it for a page.
import { spawn } from 'node:child_process';

const child = spawn('npx', ['--no-install', 'solarproof-mock', '--port', '0', '--quiet'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((resolve, reject) => {
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
    const match = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
    if (match) resolve(match[0]);
  });
  child.once('exit', (code) => reject(new Error(`solarproof-mock exited with ${code}`)));
});
const health = await fetch(`${url}/__mock/health`);
const page = await fetch(
  `${url}/apidata.php?action=getallcustomers&page=1&api_key=sp_mock_7f3a9c2e41b84d06a5e1c9b2d3f40a11`,
);
const customers = await page.json();
// A tenant is seeded from a seed of its own: its pools come from faker, which the installed CLI
// loads only now (require() of faker's ES module, resolved from where the package is installed).
const created = await fetch(`${url}/__mock/tenants`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ customers: 3 }),
});
const tenant = await created.json();
const tenantPage = await fetch(
  `${url}/apidata.php?action=getallcustomers&page=1&api_key=${encodeURIComponent(tenant.apiKey)}`,
);
const tenantCustomers = await tenantPage.json();
const exited = new Promise((resolve) => child.once('exit', resolve));
child.kill('SIGTERM');
await exited;
if (health.status !== 200 || page.status !== 200 || customers.length !== 50) {
  throw new Error(
    `unexpected answers: health ${health.status}, page ${page.status} with ${customers.length}`,
  );
}
if (created.status !== 201 || tenantPage.status !== 200 || tenantCustomers.length !== 3) {
  throw new Error(
    `unexpected tenant answers: ${created.status} ${JSON.stringify(tenant)}, page ${tenantPage.status} with ${tenantCustomers.length}`,
  );
}
console.log(
  `   ${url} answered a page of ${customers.length} customers, and a new tenant's of ${tenantCustomers.length}`,
);
