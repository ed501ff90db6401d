import { fsyncSync, mkdtempSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createMockApi, DEFAULT_API_KEY, type MockApi, type WorldOp } from '../../src/index.js';
import { openStateFile, type StateFile, type StateFileIo } from '../../src/node/state-file.js';
import { newCustomer } from '../support/scenario-helpers.js';

const stateFile = () => join(mkdtempSync(join(tmpdir(), 'solarproof-state-')), 'world.jsonl');
const opened: StateFile[] = [];
afterEach(() => {
  for (const file of opened.splice(0)) file.close();
});

function open(path: string, mock = createMockApi(), io?: StateFileIo) {
  const file = openStateFile(path, mock, io ? { io } : {});
  opened.push(file);
  return { mock, file };
}

/** A disk that fills up on demand: writes fail with ENOSPC, after writing part of the bytes. */
function fillableDisk() {
  const disk = { full: false, io: undefined as unknown as StateFileIo };
  disk.io = {
    write(fd, bytes) {
      if (!disk.full) return writeSync(fd, bytes);
      writeSync(fd, bytes.subarray(0, Math.floor(bytes.length / 2)));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    },
    fsync: (fd) => fsyncSync(fd),
  };
  return disk;
}

const call = (mock: MockApi, method: string, path: string, query: string, body?: unknown) => {
  const response = mock.handle({
    method,
    path,
    query: new URLSearchParams(query),
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: JSON.parse(response.body) as Record<string, unknown> };
};
const create = (mock: MockApi, tag: string, key = DEFAULT_API_KEY) =>
  call(mock, 'POST', '/apidata.php', `action=createcustomer&api_key=${key}`, {
    data: newCustomer(tag),
  });
const exists = (mock: MockApi, tag: string, key = DEFAULT_API_KEY) =>
  call(
    mock,
    'GET',
    '/apidata.php',
    `action=getcustomerid&customer_email=ada.${tag}@example.com.au&api_key=${key}`,
  ).status === 200;

describe('the --state file', () => {
  test('a reset of a file the server created itself leaves a file the next start reads', () => {
    const path = stateFile();
    const { mock, file } = open(path);
    expect(create(mock, 'before').status).toBe(200);
    expect(call(mock, 'POST', '/__mock/reset', '').status).toBe(200);
    expect(create(mock, 'after').status).toBe(200);
    file.close();
    opened.pop();

    expect(readFileSync(path).includes(0)).toBe(false);
    const again = open(path).mock;
    expect(exists(again, 'after')).toBe(true);
    expect(exists(again, 'before')).toBe(false);
  });

  test('is created readable by its owner only', () => {
    const path = stateFile();
    open(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  test('a second server refuses a file another one holds, with a clear message', () => {
    const path = stateFile();
    open(path);
    expect(() => openStateFile(path, createMockApi())).toThrow(
      /is in use by another solarproof-mock \(pid \d+/,
    );
  });

  test('a lock left by a server killed with -9 is taken over', () => {
    const path = stateFile();
    writeFileSync(`${path}.lock`, '999999999\n');
    expect(() => open(path)).not.toThrow();
    expect(readFileSync(`${path}.lock`, 'utf8').trim()).toBe(String(process.pid));
  });

  test('keeps no API key in the file, and replays tenants from their digests', () => {
    const path = stateFile();
    const { mock, file } = open(path);
    const tenant = call(mock, 'POST', '/__mock/tenants', '', { name: 'Acme' }).json as { apiKey: string };
    file.close();
    opened.pop();
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain(DEFAULT_API_KEY);
    expect(text).not.toContain(tenant.apiKey);

    const again = open(path).mock;
    expect(again.world.companyByApiKey(tenant.apiKey)?.name).toBe('Acme');
  });

  test('rewrites a version 1 file, which held keys in clear, without them', () => {
    const path = stateFile();
    const source = createMockApi();
    const ops: WorldOp[] = [];
    source.onApply((op) => ops.push(op));
    const tenant = call(source, 'POST', '/__mock/tenants', '', { name: 'Old' }).json as { apiKey: string };
    create(source, 'old');
    const header = { format: 'solarproof-mock-state', version: 1, options: source.world.options };
    writeFileSync(path, [header, ...ops].map((line) => `${JSON.stringify(line)}\n`).join(''));

    const { mock, file } = open(path, createMockApi(source.world.options));
    expect(exists(mock, 'old')).toBe(true);
    file.close();
    opened.pop();
    const text = readFileSync(path, 'utf8');
    expect(JSON.parse(text.split('\n')[0] as string).version).toBe(2);
    expect(text).not.toContain(DEFAULT_API_KEY);
    expect(text).not.toContain(tenant.apiKey);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const again = open(path).mock;
    expect(again.world.companyByApiKey(tenant.apiKey)?.name).toBe('Old');
    expect(exists(again, 'old')).toBe(true);
  });

  test('refuses a file made with another API key', () => {
    const path = stateFile();
    open(path).file.close();
    opened.pop();
    expect(() => open(path, createMockApi({ apiKey: 'sp_mock_another_key_0000' }))).toThrow(
      /made with another API key/,
    );
  });

  test('a full disk refuses createcustomer whole: not in memory, not announced, and a retry works', () => {
    const path = stateFile();
    const disk = fillableDisk();
    const sent: string[] = [];
    const mock = createMockApi({
      webhooks: {
        fetch: async (url) => {
          sent.push(String(url));
          return new Response('ok');
        },
      },
    });
    open(path, mock, disk.io);
    call(mock, 'POST', '/apidata.php', `action=subscribe_customer&api_key=${DEFAULT_API_KEY}`, {
      hookUrl: 'http://127.0.0.1:9/hook',
      event: 'customer_created',
    });
    disk.full = true;
    const refused = create(mock, 'full');
    expect(refused.status).toBe(500);
    expect(refused.json.message).toMatch(/could not be written \(ENOSPC\).*nothing changed/);
    expect(exists(mock, 'full')).toBe(false);
    expect(sent).toEqual([]);
    expect(mock.deliveries.list()).toEqual([]);

    disk.full = false;
    expect(create(mock, 'full').status).toBe(200);
    opened.pop()?.close();
    const again = open(path).mock;
    expect(exists(again, 'full')).toBe(true);
  });

  test('a full disk on control-API writes answers JSON errors and the server keeps serving', () => {
    const path = stateFile();
    const disk = fillableDisk();
    const { mock } = open(path, createMockApi(), disk.io);
    expect(create(mock, 'kept').status).toBe(200);
    call(mock, 'POST', '/__mock/faults', 'companyId=1', { action: 'getallcustomers', code: 'UNKNOWN' });
    disk.full = true;
    const writes = [
      call(mock, 'POST', '/__mock/tenants', '', {}),
      call(mock, 'POST', '/__mock/customers/70001/status', '', { status: 2 }),
      call(mock, 'POST', '/__mock/customers/70001/notes', '', { note: 'Called' }),
      call(mock, 'POST', '/__mock/reset', ''),
      call(mock, 'POST', '/__mock/reset', 'companyId=1'),
    ];
    for (const write of writes) {
      expect(write.status).toBe(500);
      expect(write.json).toMatchObject({ code: 'UNKNOWN', message: expect.stringMatching(/ENOSPC/) });
    }
    expect(mock.world.companies()).toHaveLength(2);
    expect(mock.world.customer(70001)?.statusId).not.toBe(2);
    expect(exists(mock, 'kept')).toBe(true); // the refused resets changed nothing
    expect(mock.faults.list(1)).toHaveLength(1); // not even the company's faults or journal
    expect(mock.journal.entries({ companyId: 1 })).toHaveLength(2);
    disk.full = false;
    expect(call(mock, 'POST', '/__mock/tenants', '', {}).status).toBe(201);
  });

  test('a tenant reset is kept in the file, so a restart replays it and keeps the other tenants', () => {
    const path = stateFile();
    const { mock, file } = open(path);
    const tenant = () =>
      call(mock, 'POST', '/__mock/tenants', '', { customers: 2 }).json as {
        apiKey: string;
        companyId: number;
      };
    const [a, b] = [tenant(), tenant()];
    expect(create(mock, 'a-gone', a.apiKey).status).toBe(200);
    expect(create(mock, 'b-kept', b.apiKey).status).toBe(200);
    expect(create(mock, 'default-kept').status).toBe(200);
    expect(call(mock, 'POST', '/__mock/reset', `api_key=${a.apiKey}`).status).toBe(200);
    expect(create(mock, 'a-after', a.apiKey).status).toBe(200);
    file.close();
    opened.pop();
    expect(readFileSync(path, 'utf8')).toContain(`{"kind":"resetCompany","companyId":${a.companyId}}`);

    const again = open(path).mock;
    expect(again.world.customerCount(a.companyId)).toBe(3);
    expect(exists(again, 'a-gone', a.apiKey)).toBe(false);
    expect(exists(again, 'a-after', a.apiKey)).toBe(true);
    expect(exists(again, 'b-kept', b.apiKey)).toBe(true);
    expect(exists(again, 'default-kept')).toBe(true);
  });

  test('a change that changes nothing leaves no line behind', () => {
    const path = stateFile();
    const { mock } = open(path);
    expect(create(mock, 'twice').status).toBe(200);
    const size = statSync(path).size;
    expect(create(mock, 'twice').status).toBe(409);
    expect(statSync(path).size).toBe(size);
  });
});
