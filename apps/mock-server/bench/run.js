// @ts-check
/**
 * `pnpm bench`: every speed and memory target of the mock server (issue #13), each with its
 * measured figure and whether it is met. Load comes from wrk, whose own CPU share is measured: a
 * ratio is refused when the generator may have been the bottleneck. Ratios compare runs of this
 * one bench run, taking turns, so noise from the rest of the machine falls on both sides. Servers
 * run in child processes; load only targets 127.0.0.1 and is bounded in time. A measurement, not
 * a test: it exits 0 whether or not a target is met.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { memoryOf, startServerChild } from './lib/child.js';
import { RawClient } from './lib/raw-client.js';
import { environment, markdownTable } from './lib/report.js';
import { API_KEY, CLI, CUSTOMERS, PAGE_PATH, SEED } from './lib/setup.js';
import { measureStartUp } from './lib/startup.js';
import { fixed, mean } from './lib/stats.js';
import { findWrk, runWrk, SATURATED_SHARE } from './lib/wrk.js';

const CONNECTIONS = 50;
const SECONDS = 3;
const ROUNDS = 3;
const BIG = 100_000;
const BIG_PAGES = BIG / 50;
const here = (/** @type {string} */ file) => fileURLToPath(new URL(file, import.meta.url));
const CLIENT_DIST = new URL('../../../packages/client/dist/index.js', import.meta.url);

/** The sections a run may be narrowed to (`pnpm bench --only page1,mix`); all by default. */
const SECTIONS = ['page1', 'mix', 'big', 'startup', 'render'];
const only = sectionsOf(process.argv.slice(2));
const runs = (/** @type {string} */ section) => only === null || only.includes(section);

if (!existsSync(CLI)) {
  process.stderr.write(`No ${CLI}: build first (pnpm bench does, through turbo)\n`);
  process.exit(1);
}
const log = (/** @type {string} */ text) => process.stderr.write(`bench: ${text}\n`);
const ms = (/** @type {number} */ value) => `${fixed(value, value < 10 ? 2 : 0)} ms`;
const percent = (/** @type {number} */ value) => `${fixed(value * 100)}%`;
const wrk = findWrk();
const loadAtStart = loadavg();
console.log(environment());
console.log(
  wrk
    ? `load generator: ${wrk} (wrk), 1 thread, ${CONNECTIONS} connections, ${SECONDS} s a run`
    : 'load generator: wrk is NOT installed (apt-get install wrk): every wrk-based figure below is skipped',
);

/** @typedef {import('./lib/wrk.js').WrkRun} WrkRun */
/** @type {Array<[string, string, boolean | null]>} target, measured, met (null: not measured) */
const targets = [];
/** @type {string[][]} */
const loadRows = [];

/**
 * Alternating wrk runs of each named load, `ROUNDS` each, after a warm-up of each.
 * @param {Record<string, { url: string, pid: number, lua?: string }>} loads
 * @returns {Promise<Record<string, WrkRun[]>>}
 */
async function alternate(loads) {
  /** @type {Record<string, WrkRun[]>} */
  const runs = {};
  for (const [name, load] of Object.entries(loads)) {
    runs[name] = [];
    await runWrk(load.url, { connections: CONNECTIONS, seconds: 1, serverPid: load.pid, lua: load.lua });
  }
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const [name, load] of Object.entries(loads)) {
      log(`${name}: round ${round} of ${ROUNDS}`);
      runs[name]?.push(
        await runWrk(load.url, {
          connections: CONNECTIONS,
          seconds: SECONDS,
          serverPid: load.pid,
          lua: load.lua,
        }),
      );
    }
  }
  for (const [name, list] of Object.entries(runs)) loadRows.push(loadRow(name, list));
  return runs;
}

/** @param {WrkRun[]} list */
const summary = (list) => ({
  rps: mean(list.map((r) => r.rps)),
  p50: mean(list.map((r) => r.p50Ms)),
  p99: mean(list.map((r) => r.p99Ms)),
  cpuUs: mean(list.map((r) => r.serverUsPerRequest)),
  generator: Math.max(...list.map((r) => r.generatorShare)),
  errors: list.reduce((sum, r) => sum + r.errors, 0),
});

/**
 * @param {string} name
 * @param {WrkRun[]} list
 */
function loadRow(name, list) {
  const s = summary(list);
  return [
    name,
    fixed(s.rps),
    `${fixed(s.cpuUs, 1)} µs`,
    `${fixed(s.p50, 2)} / ${fixed(s.p99, 2)} ms`,
    `${percent(s.generator)}${s.generator > SATURATED_SHARE ? ' SATURATED' : ''}`,
    String(s.errors),
  ];
}

/**
 * A ratio target from two loads of one run, refused when the generator was saturated in either.
 * Judged by server CPU per request (what share of the other's rate it reaches with a core to
 * itself), which a busy machine distorts far less than req/s; the req/s ratio is shown beside it.
 * @param {string} name
 * @param {WrkRun[]} top
 * @param {WrkRun[]} bottom
 * @param {number} atLeast
 */
function ratioTarget(name, top, bottom, atLeast) {
  const a = summary(top);
  const b = summary(bottom);
  if (Math.max(a.generator, b.generator) > SATURATED_SHARE) {
    targets.push([
      name,
      `refused: the generator used ${percent(Math.max(a.generator, b.generator))} of its thread`,
      null,
    ]);
    return;
  }
  const byCpu = b.cpuUs / a.cpuUs;
  const byRate = a.rps / b.rps;
  targets.push([
    name,
    `${percent(byCpu)} by CPU/req (${fixed(b.cpuUs, 1)} / ${fixed(a.cpuUs, 1)} µs); ${percent(byRate)} by req/s`,
    byCpu >= atLeast,
  ]);
}

const get = (/** @type {string} */ query) => `/apidata.php?${query}&api_key=${API_KEY}`;
/** @param {number} pages */
const randomPagesLua = (pages) =>
  `request = function()\n  return wrk.format("GET", "${get('action=getallcustomers')}&page=" .. math.random(1, ${pages}))\nend\n`;
/**
 * 90% reads of random pages of the default world, 10% updates of random customers of it.
 * @param {number[]} ids
 */
const mixLua = (ids) => `local ids = { ${ids.join(', ')} }
local n = 0
request = function()
  n = n + 1
  if math.random() < 0.1 then
    local body = '{"data":{"pkcustomerid":' .. ids[math.random(#ids)] .. ',"surname":"Bench' .. n .. '"}}'
    return wrk.format("POST", "${get('action=updatecustomer')}", { ["Content-Type"] = "application/json" }, body)
  end
  return wrk.format("GET", "${get('action=getallcustomers')}&page=" .. math.random(1, 3))
end
`;

// 1. Servers: bare node:http with the page's bytes, the CLI's default world, and 100,000 customers.
log('starting the servers');
const bare = await startServerChild(here('./servers/bare.js'));
const mock = await startServerChild(CLI, [
  '--port',
  '0',
  '--quiet',
  '--seed',
  String(SEED),
  '--customers',
  String(CUSTOMERS),
]);
const pageBytes = await sameBytes([bare.url, mock.url]);
const ids = await customerIds(mock.url, 3);

let walk = { ms: Number.NaN, customers: 0, via: 'not run' };
let session = { peakRssMb: Number.NaN, rssMb: Number.NaN, steps: '' };
/** Every target of a section left out by `--only`, shown as not measured. */
const notRun = (/** @type {string[]} */ names) => {
  for (const name of names) targets.push([name, 'not run (--only)', null]);
};
const PAGE1_TARGET = 'page 1 from the cache >= 65% of bare node:http serving the same bytes';
const MIX_TARGET = '90/10 read/write mix >= 80% of the read-only rate (default world)';
const RANDOM_TARGET = `random pages of a ${fixed(BIG)}-customer world >= 50% of the page-1 rate`;
const WALK_TARGET = `the ${fixed(BIG)}-customer walk through the client < 2.5 s`;
const MEMORY_TARGET = `the ${fixed(BIG)}-customer world stays < 400 MB through resets, writes and walks (peak RSS)`;
const START_TARGETS = [
  'start to first answer, default world <= 250 ms (median)',
  `the ${fixed(BIG)}-customer world starts (first answer) < 1 s (median)`,
];
const RENDER_TARGET = 'a page render (a miss, its customers not yet rendered) <= 0.25 ms (median)';

if (!wrk) {
  for (const name of [PAGE1_TARGET, MIX_TARGET, RANDOM_TARGET]) {
    targets.push([name, 'skipped: wrk is not installed', null]);
  }
}
if (wrk && !runs('page1')) notRun([PAGE1_TARGET]);
if (wrk && runs('page1')) {
  // 2. Page 1 from the cache against bare node:http, same bytes.
  const page1 = await alternate({
    'bare node:http, page 1 bytes': { url: bare.url + PAGE_PATH, pid: bare.pid },
    'solarproof-mock, page 1 (cached)': { url: mock.url + PAGE_PATH, pid: mock.pid },
  });
  ratioTarget(
    PAGE1_TARGET,
    page1['solarproof-mock, page 1 (cached)'] ?? [],
    page1['bare node:http, page 1 bytes'] ?? [],
    0.65,
  );
}
if (wrk && !runs('mix')) notRun([MIX_TARGET]);
if (wrk && runs('mix')) {
  // 3. A 90/10 read/write mix against the same reads alone, on the default world.
  const mix = await alternate({
    'solarproof-mock, random pages 1-3 (read only)': {
      url: mock.url + PAGE_PATH,
      pid: mock.pid,
      lua: randomPagesLua(3),
    },
    'solarproof-mock, 90% those reads / 10% updates': {
      url: mock.url + PAGE_PATH,
      pid: mock.pid,
      lua: mixLua(ids),
    },
  });
  ratioTarget(
    MIX_TARGET,
    mix['solarproof-mock, 90% those reads / 10% updates'] ?? [],
    mix['solarproof-mock, random pages 1-3 (read only)'] ?? [],
    0.8,
  );
}
await Promise.all([bare.stop(), mock.stop()]);

// 4. The 100,000-customer world: random pages against page 1, a walk through the client, memory.
if (!runs('big')) notRun(wrk ? [RANDOM_TARGET, WALK_TARGET, MEMORY_TARGET] : [WALK_TARGET, MEMORY_TARGET]);
if (runs('big')) {
  log(`starting the ${fixed(BIG)}-customer world`);
  const big = await startServerChild(CLI, ['--port', '0', '--quiet', '--customers', String(BIG)], 120_000);
  // The CLI answers before its world is whole and seeds the rest between requests; these loads
  // measure the whole world (the start-up section measures the start), so the last page, which
  // seeds every customer before it, goes first.
  const last = await fetch(big.url + get(`action=getallcustomers&page=${BIG_PAGES}`));
  if (!last.ok)
    throw new Error(`page ${BIG_PAGES} of the ${fixed(BIG)}-customer world answered ${last.status}`);
  await last.arrayBuffer();
  if (wrk) {
    const random = await alternate({
      [`${fixed(BIG)} customers, page 1`]: { url: big.url + PAGE_PATH, pid: big.pid },
      [`${fixed(BIG)} customers, random pages of ${fixed(BIG_PAGES)}`]: {
        url: big.url + PAGE_PATH,
        pid: big.pid,
        lua: randomPagesLua(BIG_PAGES),
      },
    });
    ratioTarget(
      RANDOM_TARGET,
      random[`${fixed(BIG)} customers, random pages of ${fixed(BIG_PAGES)}`] ?? [],
      random[`${fixed(BIG)} customers, page 1`] ?? [],
      0.5,
    );
  }
  log('walking every customer through the client');
  walk = await walkThroughClient(big.url);
  targets.push([
    WALK_TARGET,
    `${ms(walk.ms)} (${fixed(walk.customers)} customers, ${walk.via})`,
    walk.customers === BIG ? walk.ms < 2_500 : false,
  ]);
  log('a session of writes, resets and walks');
  session = await memorySession(big.url, big.pid, ids);
  await big.stop();
  targets.push([MEMORY_TARGET, `${fixed(session.peakRssMb)} MB`, session.peakRssMb < 400]);
}

// 5. Start-up of the CLI: the default world and 100,000 customers.
/** @type {{ bareStart: import('./lib/startup.js').StartUp, defaultStart: import('./lib/startup.js').StartUp, bigStart: import('./lib/startup.js').StartUp } | undefined} */
let starts;
if (!runs('startup')) notRun(START_TARGETS);
if (runs('startup')) {
  // Node's own start on this machine, for reading the absolute targets below (not a target itself).
  log('start-up, bare node:http');
  const bareStart = await measureStartUp([], 7, here('./servers/bare-start.js'));
  log('start-up, default world');
  const defaultStart = await measureStartUp([], 7);
  log(`start-up, ${fixed(BIG)} customers`);
  const bigStart = await measureStartUp(['--customers', String(BIG)], 3);
  starts = { bareStart, defaultStart, bigStart };
  targets.push([START_TARGETS[0] ?? '', ms(defaultStart.firstAnswerMs), defaultStart.firstAnswerMs <= 250]);
  targets.push([START_TARGETS[1] ?? '', ms(bigStart.firstAnswerMs), bigStart.firstAnswerMs < 1_000]);
}

// 6. Page renders in-process, in a child of their own.
/** @type {{ coldMs: number, rerenderMs: number, hitMs: number, pages: number } | undefined} */
let render;
if (!runs('render')) notRun([RENDER_TARGET]);
if (runs('render')) {
  log('page renders');
  render = JSON.parse((await promisify(execFile)(process.execPath, [here('./render.js')])).stdout);
  targets.push([RENDER_TARGET, ms(render?.coldMs ?? Number.NaN), (render?.coldMs ?? Number.NaN) <= 0.25]);
}

const loadAtEnd = loadavg();
const missed = targets.filter(([, , met]) => met === false).length;
const unmeasured = targets.filter(([, , met]) => met === null).length;
console.log(
  [
    `load average (1 min): ${fixed(loadAtStart[0] ?? 0, 2)} at the start, ${fixed(loadAtEnd[0] ?? 0, 2)} at the end, on ${availableParallelism()} CPUs${(loadAtStart[0] ?? 0) > availableParallelism() / 2 ? ' (a busy machine: expect noise; the CPU per request holds up better than req/s)' : ''}`,
    '',
    `Page 1 of getallcustomers: ${fixed(pageBytes)} bytes (50 customers), byte-identical from bare node:http and the mock.`,
    wrk
      ? `Each load: ${ROUNDS} runs of ${SECONDS} s, the loads of one table row group taking turns; server CPU per request from /proc; generator share = wrk's CPU over its thread's time (above ${percent(SATURATED_SHARE)} a ratio is refused).`
      : 'No wrk: the load table is empty.',
    '',
    markdownTable(
      ['load (server in a child process)', 'req/s', 'server CPU / req', 'p50 / p99', 'generator', 'errors'],
      loadRows,
    ),
    '',
    ...(starts
      ? [
          markdownTable(
            [
              'start-up (spawn to last byte of page 1)',
              'runs',
              'listening',
              'first answer',
              'best / worst',
              'peak RSS',
            ],
            [
              startRow('bare node:http (the floor: node itself, nothing of the mock)', starts.bareStart),
              startRow('default world (130 customers)', starts.defaultStart),
              startRow(`--customers ${BIG}`, starts.bigStart),
            ],
          ),
          '',
        ]
      : []),
    ...(render
      ? [
          `Page renders, ${render.pages} pages of the ${fixed(BIG)}-customer world in-process (medians): a miss ${ms(render.coldMs)}, a re-render after a write to one of its customers ${ms(render.rerenderMs)}, a hit ${ms(render.hitMs)}.`,
        ]
      : []),
    ...(runs('big')
      ? [
          `The ${fixed(BIG)}-customer session (${session.steps}): peak RSS ${fixed(session.peakRssMb)} MB, ${fixed(session.rssMb)} MB at its end.`,
        ]
      : []),
    '',
    markdownTable(
      ['target (#13)', 'measured', 'met'],
      targets.map(([name, value, met]) => [name, value, met === null ? 'not measured' : met ? 'yes' : 'NO']),
    ),
    '',
    `${targets.length - missed - unmeasured} of ${targets.length} targets met${missed ? `, ${missed} missed` : ''}${unmeasured ? `, ${unmeasured} not measured` : ''}.`,
  ].join('\n'),
);

/**
 * The sections named by `--only a,b` (or `--only=a,b`); null when every section runs.
 * @param {string[]} args
 * @returns {string[] | null}
 */
function sectionsOf(args) {
  const at = args.findIndex((arg) => arg === '--only' || arg.startsWith('--only='));
  if (at < 0) return null;
  const arg = args[at] ?? '';
  const list = (arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (args[at + 1] ?? '')).split(',');
  const unknown = list.filter((name) => !SECTIONS.includes(name));
  if (list.length === 0 || unknown.length > 0) {
    process.stderr.write(`bench: --only takes a list of ${SECTIONS.join(', ')}; got "${list.join(',')}"\n`);
    process.exit(2);
  }
  return list;
}

/**
 * @param {string} label
 * @param {import('./lib/startup.js').StartUp} s
 */
function startRow(label, s) {
  return [
    label,
    String(s.runs),
    ms(s.listeningMs),
    ms(s.firstAnswerMs),
    `${ms(s.bestFirstAnswerMs)} / ${ms(s.worstFirstAnswerMs)}`,
    `${fixed(s.peakRssMb)} MB`,
  ];
}

/**
 * Fetches page 1 from every server and checks they answer the very same bytes.
 * @param {string[]} urls
 */
async function sameBytes(urls) {
  /** @type {Buffer[]} */
  const bodies = [];
  for (const url of urls) {
    const client = await RawClient.open(url);
    const response = await client.get(PAGE_PATH);
    client.close();
    if (response.status !== 200) throw new Error(`${url}${PAGE_PATH} answered ${response.status}`);
    bodies.push(response.body);
  }
  const [first, ...rest] = bodies;
  if (!first || rest.some((body) => !body.equals(first)))
    throw new Error('The servers answer different bytes');
  return first.length;
}

/**
 * The customer ids of the first `pages` pages of the default company.
 * @param {string} url
 * @param {number} pages
 */
async function customerIds(url, pages) {
  const client = await RawClient.open(url);
  /** @type {number[]} */
  const found = [];
  for (let page = 1; page <= pages; page += 1) {
    const response = await client.get(get(`action=getallcustomers&page=${page}`));
    if (response.status !== 200) break;
    for (const c of JSON.parse(response.body.toString())) found.push(Number(c.customer_id));
  }
  client.close();
  return found;
}

/**
 * Every customer through `@solarproof/client`'s `iterateCustomers` over HTTP, timed.
 * @param {string} url
 */
async function walkThroughClient(url) {
  if (!existsSync(CLIENT_DIST))
    return { ms: Number.NaN, customers: 0, via: 'skipped: packages/client is not built' };
  const { createClient } = await import(CLIENT_DIST.href);
  const client = createClient({ apiKey: API_KEY, baseUrl: url });
  const started = performance.now();
  let customers = 0;
  for await (const _customer of client.iterateCustomers()) customers += 1;
  return { ms: performance.now() - started, customers, via: '@solarproof/client iterateCustomers' };
}

/**
 * After the loads and the client walk above: rounds of 500 updates, a reset and a raw walk of
 * every page, then the server's peak and current RSS.
 * @param {string} url
 * @param {number} pid
 * @param {number[]} someIds customers of the default company (they exist in every world of seed 1)
 */
async function memorySession(url, pid, someIds) {
  const client = await RawClient.open(url);
  const post = (/** @type {string} */ path, /** @type {string} */ body) =>
    client.send(
      Buffer.from(
        `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      ),
    );
  const rounds = 3;
  for (let round = 0; round < rounds; round += 1) {
    for (let i = 0; i < 500; i += 1) {
      const id = someIds[(i * 7) % someIds.length];
      await post(
        get('action=updatecustomer'),
        JSON.stringify({ data: { pkcustomerid: id, surname: `S${round}-${i}` } }),
      );
    }
    await post('/__mock/reset', '');
    for (let page = 1; page <= BIG_PAGES; page += 1)
      await client.get(get(`action=getallcustomers&page=${page}`));
  }
  client.close();
  const memory = memoryOf(pid);
  return {
    peakRssMb: memory?.peakRssMb ?? Number.NaN,
    rssMb: memory?.rssMb ?? Number.NaN,
    steps: `wrk loads, a client walk, then ${rounds} x (500 updates, a reset, a walk of all ${fixed(BIG_PAGES)} pages)`,
  };
}
