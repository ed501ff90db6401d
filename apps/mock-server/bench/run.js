// @ts-check
/**
 * `pnpm bench`: the mock server's speed targets, each against a baseline measured in the same run.
 * Servers under load run in child processes; load only targets 127.0.0.1 and is bounded in time.
 * A measurement, not a test: it exits 0 whether or not a target is met.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { memoryOf, startServerChild } from './lib/child.js';
import { sequentialLatency, throughput } from './lib/load.js';
import { RawClient } from './lib/raw-client.js';
import { environment, markdownTable } from './lib/report.js';
import { CLI, CUSTOMERS, PAGE_PATH, SEED } from './lib/setup.js';
import { measureStartUp } from './lib/startup.js';
import { fixed, mean } from './lib/stats.js';

const CONNECTIONS = 50;
const SECONDS = 2;
const ROUNDS = 4;
const here = (/** @type {string} */ file) => fileURLToPath(new URL(file, import.meta.url));

if (!existsSync(CLI)) {
  process.stderr.write(`No ${CLI}: build first (pnpm bench does, through turbo)\n`);
  process.exit(1);
}
const log = (/** @type {string} */ text) => process.stderr.write(`bench: ${text}\n`);
const ms = (/** @type {number} */ value) => `${fixed(value, value < 10 ? 2 : 0)} ms`;

const loadAtStart = loadavg();
console.log(environment());

// 1. The same page from the bare baseline, the standalone server and MSW behind node:http.
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
const mswHttp = await startServerChild(here('./servers/msw-http.js'));
const pageBytes = await sameBytes([bare.url, mock.url, mswHttp.url]);

// 2. Throughput at 50 connections: bare and mock alternate, so drift hits both alike.
/** @type {Record<'bare' | 'mock' | 'mswHttp', import('./lib/load.js').Throughput[]>} */
const runs = { bare: [], mock: [], mswHttp: [] };
const servers = { bare, mock, mswHttp };
for (const name of /** @type {const} */ (['bare', 'mock', 'mswHttp'])) {
  await throughput(servers[name].url + PAGE_PATH, { connections: CONNECTIONS, seconds: 1 }); // warm-up
}
for (let round = 1; round <= ROUNDS; round += 1) {
  for (const name of /** @type {const} */ (['bare', 'mock'])) {
    log(`${name}: ${CONNECTIONS} connections for ${SECONDS} s (round ${round} of ${ROUNDS})`);
    runs[name].push(
      await throughput(servers[name].url + PAGE_PATH, { connections: CONNECTIONS, seconds: SECONDS }),
    );
  }
}
log(`MSW behind node:http: ${CONNECTIONS} connections for ${2 * SECONDS} s`);
runs.mswHttp.push(
  await throughput(mswHttp.url + PAGE_PATH, { connections: CONNECTIONS, seconds: 2 * SECONDS }),
);
const mockRssAfterLoad = memoryOf(mock.pid)?.rssMb ?? Number.NaN;

// 3. Latency at one connection.
log('latency at one connection');
const oneConnection = { warmup: 1_000, count: 5_000, rounds: 10 };
const latency = await sequentialLatency(
  { bare: bare.url, mock: mock.url, mswHttp: mswHttp.url },
  PAGE_PATH,
  oneConnection,
);
await Promise.all([bare.stop(), mock.stop(), mswHttp.stop()]);

// 4. Start-up of the CLI: the default world and 100,000 customers.
log('start-up, default world');
const defaultStart = await measureStartUp([], 7);
log('start-up, 100,000 customers');
const bigStart = await measureStartUp(['--customers', '100000'], 5);

// 5. In-process MSW, in its own process.
log('in-process MSW (getResponse)');
const { stdout } = await promisify(execFile)(process.execPath, [here('./msw-in-process.js')]);
/** @type {{ fixedUs: number, mockUs: number, ratio: number, rounds: number }} */
const msw = JSON.parse(stdout);

// The report.
const summary = (/** @type {import('./lib/load.js').Throughput[]} */ list) => ({
  rps: mean(list.map((r) => r.rps)),
  p50: mean(list.map((r) => r.p50Ms)),
  p99: mean(list.map((r) => r.p99Ms)),
  failures: list.reduce((sum, r) => sum + r.failures, 0),
});
const t = { bare: summary(runs.bare), mock: summary(runs.mock), mswHttp: summary(runs.mswHttp) };
const ratio = t.mock.rps / t.bare.rps;
const mswOverhead = msw.ratio - 1;
const percent = (/** @type {number} */ value, digits = 0) => `${fixed(value * 100, digits)}%`;
const signed = (/** @type {number} */ value) => `${value >= 0 ? '+' : ''}${percent(value, 1)}`;

/**
 * @param {string} label
 * @param {ReturnType<typeof summary>} s
 * @param {import('./lib/load.js').Latency} one
 */
const serverRow = (label, s, one) => [
  label,
  fixed(s.rps),
  percent(s.rps / t.bare.rps),
  `${fixed(s.p50)} / ${fixed(s.p99)} ms`,
  `${fixed(one.p50Ms, 3)} / ${fixed(one.p99Ms, 3)} ms`,
  String(s.failures),
];
/**
 * @param {string} label
 * @param {import('./lib/startup.js').StartUp} s
 */
const startRow = (label, s) => [
  label,
  String(s.runs),
  ms(s.listeningMs),
  ms(s.firstAnswerMs),
  `${ms(s.bestFirstAnswerMs)} / ${ms(s.worstFirstAnswerMs)}`,
  `${fixed(s.peakRssMb)} MB`,
];
/** @type {[string, string, boolean][]} */
const targets = [
  ['standalone req/s >= 50% of bare node:http, same bytes, same run', percent(ratio), ratio >= 0.5],
  ['p50 at one connection <= 0.3 ms', `${fixed(latency.mock.p50Ms, 3)} ms`, latency.mock.p50Ms <= 0.3],
  [
    'CLI start to first answer <= 300 ms, default world (median)',
    ms(defaultStart.firstAnswerMs),
    defaultStart.firstAnswerMs <= 300,
  ],
  [
    '--customers 100000: first answer <= 2 s (median)',
    ms(bigStart.firstAnswerMs),
    bigStart.firstAnswerMs <= 2_000,
  ],
  ['--customers 100000: peak RSS <= 400 MB', `${fixed(bigStart.peakRssMb)} MB`, bigStart.peakRssMb <= 400],
  ['in-process MSW: at most +30% over a fixed-body handler', signed(mswOverhead), mswOverhead <= 0.3],
];
const loadAtEnd = loadavg();
const missed = targets.filter(([, , met]) => !met).length;

console.log(
  [
    `load average (1 min): ${fixed(loadAtStart[0] ?? 0, 2)} at the start, ${fixed(loadAtEnd[0] ?? 0, 2)} at the end, on ${availableParallelism()} CPUs${(loadAtStart[0] ?? 0) > availableParallelism() / 2 ? ' (a busy machine: expect noise)' : ''}`,
    '',
    `getallcustomers page 1, ${fixed(pageBytes)} bytes (50 customers), byte-identical from all three servers.`,
    `@50: ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s with bare and mock alternating, autocannon (whole ms).`,
    `@1: ${fixed(oneConnection.count)} sequential requests per server on one keep-alive socket each, after ${fixed(oneConnection.warmup)} to warm up, in ${oneConnection.rounds} slices taking turns.`,
    '',
    markdownTable(
      ['server (child process)', 'req/s @50', 'of bare', 'p50 / p99 @50', 'p50 / p99 @1', 'errors'],
      [
        serverRow('bare node:http, precomputed bytes', t.bare, latency.bare),
        serverRow('solarproof-mock (dist/cli.js)', t.mock, latency.mock),
        serverRow('MSW getResponse behind node:http', t.mswHttp, latency.mswHttp),
      ],
    ),
    '',
    `solarproof-mock RSS after the load: ${fixed(mockRssAfterLoad)} MB`,
    '',
    'Start-up: spawn of `node dist/cli.js --port 0 --quiet` to the last byte of page 1 on a new connection.',
    '',
    markdownTable(
      ['solarproof-mock start-up', 'runs', 'listening', 'first answer', 'best / worst', 'peak RSS'],
      [startRow('default world (130 customers)', defaultStart), startRow('--customers 100000', bigStart)],
    ),
    '',
    `In-process MSW: getResponse(handlers, new Request(url)) then text(), ${msw.rounds} timed rounds each, alternating;`,
    "the overhead is the median of the paired rounds' ratios.",
    '',
    markdownTable(
      ['in-process MSW', 'µs / request', 'req/s', 'overhead'],
      [
        [
          'one handler returning the page as a fixed JSON body',
          fixed(msw.fixedUs, 1),
          fixed(1e6 / msw.fixedUs),
          '-',
        ],
        [
          'createSolarProofHandlers({ mock })',
          fixed(msw.mockUs, 1),
          fixed(1e6 / msw.mockUs),
          signed(mswOverhead),
        ],
      ],
    ),
    '',
    markdownTable(
      ['target', 'measured', 'met'],
      targets.map(([name, value, met]) => [name, value, met ? 'yes' : 'NO']),
    ),
    '',
    missed === 0 ? 'Every target met.' : `${missed} of ${targets.length} targets missed.`,
  ].join('\n'),
);

/**
 * Fetches the page from every server and checks they answer the very same bytes.
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
