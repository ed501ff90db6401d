// @ts-check
/**
 * `node bench/walk-ab.js [--runs R] [--cold] [--fresh] [--wrk S] [--zip] [--cli CLI]... [CLIENT_DIST_INDEX...]`: the walk of
 * `pnpm bench` (every customer of the 100,000-customer world through `@solarproof/client`'s
 * `iterateCustomers()` over HTTP) for one or more builds of the client, and of the server (`--cli`,
 * repeatable; one server child per CLI; `--zip` pairs the i-th CLI with the i-th client only), taking turns so that a noisy machine falls on each alike.
 * Prints, per pair, the medians of wall time, the walking process's CPU and the server's CPU.
 * `--cold` walks each time in a new node process (the client imported afresh, nothing of it
 * optimised yet), as `pnpm bench` walks once in its own process; otherwise every walk after a
 * client's first runs in a process that has walked before.
 * `--fresh` starts a new server for every walk (its pages never rendered: each page a miss);
 * otherwise one server per CLI serves every walk, as in the bench (where wrk's random pages came
 * first; `--wrk S` gives each server S seconds of wrk's random pages first, as the bench does;
 * `--prime` has each server render every page once before the walks). For comparing a build with an earlier copy of it (e.g. `cp -r dist /tmp/base/client`);
 * `pnpm bench` stays the measurement of record.
 */

import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { startServerChild } from './lib/child.js';
import { API_KEY, CLI } from './lib/setup.js';
import { fixed, median } from './lib/stats.js';
import { runWrk } from './lib/wrk.js';

const run = promisify(execFile);
const { values, positionals } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    fresh: { type: 'boolean', default: false },
    cli: { type: 'string', multiple: true },
    /** Pair the i-th CLI with the i-th client only, instead of every CLI with every client. */
    zip: { type: 'boolean', default: false },
    customers: { type: 'string', default: '100000' },
    wrk: { type: 'string', default: '0' },
    cold: { type: 'boolean', default: false },
    /** Ask each server for every page once before the walks, so that no walk pays for its first render. */
    prime: { type: 'boolean', default: false },
    /** Internal: one walk of `--walk-once CLIENT_URL` against `--server URL`, printed as JSON. */
    'walk-once': { type: 'string' },
    server: { type: 'string' },
  },
  allowPositionals: true,
});
if (values['walk-once'] !== undefined) {
  console.log(JSON.stringify(await walkOnce(values['walk-once'], String(values.server))));
  process.exit(0);
}

/**
 * One walk of every customer through the client at `client` (a file URL), timed in this process.
 * @param {string} client
 * @param {string} url
 */
async function walkOnce(client, url) {
  const { createClient } = await import(client);
  const walker = createClient({ apiKey: API_KEY, baseUrl: url });
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let seen = 0;
  for await (const _customer of walker.iterateCustomers()) seen += 1;
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpuBefore);
  return { wall, cpu: (used.user + used.system) / 1000, seen };
}

/**
 * The same walk in a new node process.
 * @param {string} client
 * @param {string} url
 * @returns {Promise<{ wall: number, cpu: number, seen: number }>}
 */
async function walkInChild(client, url) {
  const script = fileURLToPath(import.meta.url);
  const { stdout } = await run(process.execPath, [script, '--walk-once', client, '--server', url], {
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '');
}

const CLIENT_DIST = new URL('../../../packages/client/dist/index.js', import.meta.url).href;
const clients = positionals.length > 0 ? positionals.map((path) => pathToFileURL(path).href) : [CLIENT_DIST];
const clis = values.cli && values.cli.length > 0 ? values.cli : [CLI];
const runs = Number(values.runs);
const customers = Number(values.customers);
const pages = Math.ceil(customers / 50);

/** @param {number} pid the process's user + system CPU so far, in ms (Linux /proc) */
function cpuOf(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** @param {string} cli */
async function startServer(cli) {
  const server = await startServerChild(
    cli,
    ['--port', '0', '--quiet', '--customers', String(customers)],
    120_000,
  );
  // The last page first: it seeds every customer before it, so the walk measures the whole world.
  const last = await fetch(
    `${server.url}/apidata.php?action=getallcustomers&page=${pages}&api_key=${API_KEY}`,
  );
  await last.arrayBuffer();
  if (values.prime) {
    for (let page = 1; page < pages; page += 1) {
      const response = await fetch(
        `${server.url}/apidata.php?action=getallcustomers&page=${page}&api_key=${API_KEY}`,
      );
      await response.arrayBuffer();
    }
  }
  const seconds = Number(values.wrk);
  if (seconds > 0) {
    const path = `/apidata.php?action=getallcustomers&api_key=${API_KEY}`;
    const lua = `request = function()\n  return wrk.format("GET", "${path}&page=" .. math.random(1, ${pages}))\nend\n`;
    await runWrk(`${server.url}${path}&page=1`, { connections: 50, seconds, serverPid: server.pid, lua });
  }
  return server;
}

/** @type {Map<string, import('./lib/child.js').ServerChild>} */
const servers = new Map();
if (!values.fresh) for (const cli of clis) servers.set(cli, await startServer(cli));

/** @type {Array<{ cli: string, client: string, wall: number[], cpu: number[], serverCpu: number[] }>} */
const pairs = values.zip
  ? clis.map((cli, index) => ({
      cli,
      client: clients[index] ?? CLIENT_DIST,
      wall: [],
      cpu: [],
      serverCpu: [],
    }))
  : clis.flatMap((cli) => clients.map((client) => ({ cli, client, wall: [], cpu: [], serverCpu: [] })));

for (let run = 0; run < runs; run += 1) {
  for (const pair of run % 2 === 0 ? pairs : [...pairs].reverse()) {
    const server = servers.get(pair.cli) ?? (await startServer(pair.cli));
    const serverBefore = cpuOf(server.pid);
    const { wall, cpu, seen } = values.cold
      ? await walkInChild(pair.client, server.url)
      : await walkOnce(pair.client, server.url);
    pair.wall.push(wall);
    pair.cpu.push(cpu);
    pair.serverCpu.push(cpuOf(server.pid) - serverBefore);
    if (seen !== customers) throw new Error(`${pair.client} walked ${seen} customers, not ${customers}`);
    if (values.fresh) await server.stop();
  }
}
for (const server of servers.values()) await server.stop();

const list = (/** @type {number[]} */ xs) => xs.map((x) => fixed(x)).join(', ');
for (const pair of pairs) {
  console.log(
    `${pair.cli} + ${pair.client}: walk ${fixed(median(pair.wall))} ms (${list(pair.wall)}), ` +
      `client CPU ${fixed(median(pair.cpu))} ms (${list(pair.cpu)}), server CPU ${fixed(median(pair.serverCpu))} ms (${list(pair.serverCpu)}) (medians of ${runs})`,
  );
}
