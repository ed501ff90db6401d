// What an installed user does with the packages at run time, checked.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@solarproof/client';
import { createMockApi, DEFAULT_API_KEY } from '@solarproof/mock-server';
import { startMockServer } from '@solarproof/mock-server/node';
import { operationSchemas } from '@solarproof/schemas';

const fail = (message) => {
  console.error(`   FAIL: ${message}`);
  process.exit(1);
};

// An ESM import of all three, used together.
const server = await startMockServer({ port: 0, mock: createMockApi({ seed: 1 }) });
const client = createClient({ baseUrl: server.url, apiKey: DEFAULT_API_KEY });
const page = await client.listCustomers({ page: 1 });
await server.close();
if (page.length !== 50) fail(`the client read ${page.length} customers`);
if (Object.keys(operationSchemas).length === 0) fail('no operation schemas');
console.log(`   import: the client read ${page.length} customers from the installed mock`);

// require() is refused in plain words.
const require = createRequire(import.meta.url);
for (const name of ['@solarproof/client', '@solarproof/schemas', '@solarproof/mock-server']) {
  try {
    require(name);
    fail(`require('${name}') did not throw`);
  } catch (error) {
    if (!/is an ES module only/.test(error.message)) fail(`require('${name}'): ${error.message}`);
  }
}
console.log('   require: refused with "is an ES module only"');

// The spec ships.
const spec = fileURLToPath(import.meta.resolve('@solarproof/schemas/openapi.yaml'));
if (!readFileSync(spec, 'utf8').startsWith('openapi: 3.1')) fail(`${spec} is not the spec`);
console.log('   @solarproof/schemas/openapi.yaml resolves to the spec');

// Every source map names files that are in the installed package.
let maps = 0;
for (const name of ['@solarproof/client', '@solarproof/schemas', '@solarproof/mock-server']) {
  const root = dirname(require.resolve(`${name}/package.json`));
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.map') ? [join(dir, e.name)] : [],
    );
  for (const map of walk(join(root, 'dist'))) {
    maps += 1;
    for (const source of JSON.parse(readFileSync(map, 'utf8')).sources) {
      if (!existsSync(resolve(dirname(map), source))) fail(`${map} points at missing ${source}`);
    }
  }
}
console.log(`   ${maps} source maps, every source they name is installed`);
