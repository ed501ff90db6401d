import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createMockApi } from '../../src/index.js';
import { openStateFile } from '../../src/node/state-file.js';

const missing = (apiKey: string) => ({
  method: 'GET',
  path: '/apidata.php',
  headers: {},
  body: undefined,
  query: new URLSearchParams({
    action: 'getcustomerByemail',
    customer_email: 'nobody@example.com',
    api_key: apiKey,
  }),
});

test("keeps a tenant's own reading of the docs across a restart from the state file", () => {
  const file = join(mkdtempSync(join(tmpdir(), 'sp-tenant-state-')), 'world.jsonl');
  const first = createMockApi({ customers: 3, otherCustomers: 1 });
  const state = openStateFile(file, first);
  const created = first.handle({
    method: 'POST',
    path: '/__mock/tenants',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ customers: 1, profile: 'lenient-php' }),
    query: new URLSearchParams(),
  });
  const { apiKey } = JSON.parse(created.body) as { apiKey: string };
  expect(first.handle(missing(apiKey)).status).toBe(200);
  state.close();

  const second = createMockApi({ customers: 3, otherCustomers: 1 });
  openStateFile(file, second).close();
  expect(second.handle(missing(apiKey)).status).toBe(200);
  expect(second.journal.entries().at(-1)?.profile).toBe('lenient-php');
});
