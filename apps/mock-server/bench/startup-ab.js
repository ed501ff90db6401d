// @ts-check
/**
 * `node bench/startup-ab.js [--customers N] [--runs R] [--session] CLI...`: the start-up part of
 * `pnpm bench` (spawn to the last byte of page 1, and peak RSS) for one or more builds of the CLI,
 * taking turns so that a noisy machine falls on each alike; medians. With `--session`, also the
 * memory session of the bench without its wrk loads (a client walk, then 3 x (500 updates, a
 * reset, a walk of every page)), once per build. For comparing a build with an earlier copy of it
 * (e.g. `cp -r dist .cache/base/dist`); `pnpm bench` stays the measurement of record.
 */
import { parseArgs } from 'node:util';
import { memoryOf, startServerChild } from './lib/child.js';
import { RawClient } from './lib/raw-client.js';
import { API_KEY, CLI } from './lib/setup.js';
import { measureStartUp } from './lib/startup.js';
import { fixed, median } from './lib/stats.js';

const { values, positionals } = parseArgs({
  options: {
    customers: { type: 'string', default: '130' },
    runs: { type: 'string', default: '5' },
    session: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
const clis = positionals.length > 0 ? positionals : [CLI];
const customers = Number(values.customers);
const runs = Number(values.runs);
const get = (/** @type {string} */ query) => `/apidata.php?${query}&api_key=${API_KEY}`;

/** @type {Map<string, { firstAnswer: number[], cpu: number[], peakRssMb: number[] }>} */
const results = new Map(clis.map((cli) => [cli, { firstAnswer: [], cpu: [], peakRssMb: [] }]));
for (let run = 0; run < runs; run += 1) {
  for (const cli of run % 2 === 0 ? clis : [...clis].reverse()) {
    const start = await measureStartUp(['--customers', String(customers)], 1, cli);
    results.get(cli)?.firstAnswer.push(start.firstAnswerMs);
    results.get(cli)?.cpu.push(start.cpuMs);
    results.get(cli)?.peakRssMb.push(start.peakRssMb);
  }
}
for (const [cli, { firstAnswer, cpu, peakRssMb }] of results) {
  console.log(
    `${cli}: ${fixed(customers)} customers, first answer ${fixed(median(firstAnswer))} ms (median of ${runs}; ${firstAnswer.map((ms) => fixed(ms)).join(', ')}), CPU to it ${fixed(median(cpu))} ms (${cpu.map((ms) => fixed(ms)).join(', ')}), peak RSS ${fixed(Math.max(...peakRssMb))} MB`,
  );
}

if (values.session) {
  for (const cli of clis) {
    const child = await startServerChild(
      cli,
      ['--port', '0', '--quiet', '--customers', String(customers)],
      120_000,
    );
    try {
      console.log(`${cli}: session peak RSS ${fixed(await session(child.url, child.pid))} MB`);
    } finally {
      await child.stop();
    }
  }
}

/**
 * @param {string} url
 * @param {number} pid
 * @returns {Promise<number>} the peak RSS, in MB
 */
async function session(url, pid) {
  const client = await RawClient.open(url);
  const pages = Math.ceil(customers / 50);
  const walk = async () => {
    for (let page = 1; page <= pages; page += 1) await client.get(get(`action=getallcustomers&page=${page}`));
  };
  const first = JSON.parse((await client.get(get('action=getallcustomers&page=1'))).body.toString());
  /** @type {number[]} */
  const ids = first.map((/** @type {{ customer_id: string }} */ c) => Number(c.customer_id));
  await walk();
  for (let round = 0; round < 3; round += 1) {
    for (let i = 0; i < 500; i += 1) {
      const body = JSON.stringify({
        data: { pkcustomerid: ids[(i * 7) % ids.length], surname: `S${round}-${i}` },
      });
      await client.send(
        Buffer.from(
          `POST ${get('action=updatecustomer')} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
        ),
      );
    }
    await client.send(
      Buffer.from('POST /__mock/reset HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n'),
    );
    await walk();
  }
  client.close();
  return memoryOf(pid)?.peakRssMb ?? Number.NaN;
}
