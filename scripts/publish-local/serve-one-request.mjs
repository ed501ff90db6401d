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
const exited = new Promise((resolve) => child.once('exit', resolve));
child.kill('SIGTERM');
await exited;
if (health.status !== 200 || page.status !== 200 || customers.length !== 50) {
  throw new Error(
    `unexpected answers: health ${health.status}, page ${page.status} with ${customers.length}`,
  );
}
console.log(`   ${url} answered a page of ${customers.length} customers`);
