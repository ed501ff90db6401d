// @ts-check
/** Load against 127.0.0.1 only, always bounded in time or in requests. */
import autocannon from 'autocannon';
import { RawClient } from './raw-client.js';
import { quantile } from './stats.js';

/**
 * @typedef {object} Throughput
 * @property {number} rps requests per second: completed requests over the run's duration
 * @property {number} p50Ms latency at 50% (autocannon: whole milliseconds)
 * @property {number} p99Ms
 * @property {number} requests completed 2xx answers
 * @property {number} failures errors, timeouts and non-2xx answers
 */

/**
 * Keeps `connections` keep-alive connections busy for `seconds` (autocannon).
 * @param {string} url the full URL to GET
 * @param {{ connections: number, seconds: number }} options
 * @returns {Promise<Throughput>}
 */
export async function throughput(url, { connections, seconds }) {
  if (!url.startsWith('http://127.0.0.1:')) throw new Error(`Load only ever targets 127.0.0.1, not ${url}`);
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1 });
  return {
    rps: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result['2xx'],
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

/**
 * @typedef {object} Latency
 * @property {number} p50Ms
 * @property {number} p99Ms
 * @property {number} meanMs
 */

/**
 * Latency at one connection, per server: `count` GETs one after another on one keep-alive socket,
 * timed to the microsecond, in `rounds` slices taking turns between the servers so that noise from
 * the rest of the machine falls on all of them alike.
 * @template {string} Name
 * @param {Record<Name, string>} bases each server's base URL
 * @param {string} path
 * @param {{ warmup: number, count: number, rounds: number }} options
 * @returns {Promise<Record<Name, Latency>>}
 */
export async function sequentialLatency(bases, path, { warmup, count, rounds }) {
  const names = /** @type {Name[]} */ (Object.keys(bases));
  const request = RawClient.request(path);
  const clients = await Promise.all(names.map((name) => RawClient.open(bases[name])));
  /** @type {number[][]} */
  const times = names.map(() => []);
  try {
    for (const client of clients) for (let i = 0; i < warmup; i += 1) await client.send(request);
    for (let round = 0; round < rounds; round += 1) {
      for (const [index, client] of clients.entries()) {
        const samples = /** @type {number[]} */ (times[index]);
        for (let i = 0; i < Math.ceil(count / rounds); i += 1) {
          const start = process.hrtime.bigint();
          const response = await client.send(request);
          samples.push(Number(process.hrtime.bigint() - start) / 1e6);
          if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
        }
      }
    }
  } finally {
    for (const client of clients) client.close();
  }
  const result = /** @type {Record<Name, Latency>} */ ({});
  for (const [index, name] of names.entries()) {
    const samples = /** @type {number[]} */ (times[index]);
    result[name] = {
      p50Ms: quantile(samples, 0.5),
      p99Ms: quantile(samples, 0.99),
      meanMs: samples.reduce((a, b) => a + b, 0) / samples.length,
    };
  }
  return result;
}
