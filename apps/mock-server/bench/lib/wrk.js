// @ts-check
/**
 * Load from wrk (Debian's package), which leaves itself headroom where autocannon saturates its own
 * core. Each run also measures the CPU wrk used (through bash's `times`, which reports the
 * children's user and system time) and the CPU the server used (from /proc), so a ratio can be
 * refused when the generator was the bottleneck, and each server's CPU per request reported.
 */
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Above this share of its threads' time, the generator may be what limits the rate. */
export const SATURATED_SHARE = 0.85;

/** @returns {string | null} wrk's path, or null when it is not installed */
export function findWrk() {
  try {
    return execFileSync('bash', ['-c', 'command -v wrk'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/**
 * A process's user + system CPU so far, in ms (Linux /proc; NaN elsewhere).
 * @param {number} pid
 */
export function cpuMsOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

/**
 * @typedef {object} WrkRun
 * @property {number} rps completed requests per second
 * @property {number} requests
 * @property {number} p50Ms
 * @property {number} p99Ms
 * @property {number} errors socket errors, timeouts and non-2xx/3xx answers
 * @property {number} generatorShare wrk's CPU over (wall time x its threads), 0..1
 * @property {number} serverUsPerRequest the server's CPU per completed request, µs
 */

/**
 * Runs wrk against `url` for `seconds` with one thread, measuring `serverPid`'s CPU alongside.
 * @param {string} url
 * @param {{ connections: number, seconds: number, serverPid: number, lua?: string }} options
 * @returns {Promise<WrkRun>}
 */
export async function runWrk(url, { connections, seconds, serverPid, lua }) {
  if (!url.startsWith('http://127.0.0.1:')) throw new Error(`Load only ever targets 127.0.0.1, not ${url}`);
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency'];
  if (lua) {
    const file = join(tmpdir(), `solarproof-bench-${process.pid}-${Math.random().toString(36).slice(2)}.lua`);
    writeFileSync(file, lua);
    args.push('-s', file);
  }
  args.push(url);
  const quoted = args.map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(' ');
  const serverBefore = cpuMsOf(serverPid);
  const started = performance.now();
  const stdout = await new Promise((resolve, reject) => {
    execFile('bash', ['-c', `wrk ${quoted}; echo "::times"; times`], { maxBuffer: 1 << 20 }, (error, out) =>
      error ? reject(error) : resolve(out),
    );
  });
  const wallMs = performance.now() - started;
  const serverMs = cpuMsOf(serverPid) - serverBefore;
  const text = /** @type {string} */ (stdout);
  const requests = Number(/(\d+) requests in/.exec(text)?.[1] ?? Number.NaN);
  const durationS = parseDuration(/requests in ([\d.]+\w+)/.exec(text)?.[1] ?? '');
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(text)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text);
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  const times = text.slice(text.indexOf('::times')).split('\n')[2] ?? '';
  const [user = 0, system = 0] = [...times.matchAll(/(\d+)m([\d.]+)s/g)].map(
    (m) => (Number(m[1]) * 60 + Number(m[2])) * 1000,
  );
  return {
    rps: requests / durationS,
    requests,
    p50Ms: latencyAt(text, '50%'),
    p99Ms: latencyAt(text, '99%'),
    errors: non2xx + socketErrors,
    generatorShare: (user + system) / wallMs,
    serverUsPerRequest: (serverMs * 1000) / requests,
  };
}

/** @param {string} text e.g. `3.00s`, `250.00ms`, `900us` */
function parseDuration(text) {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text);
  if (!m) return Number.NaN;
  const scale = { us: 1e-6, ms: 1e-3, s: 1, m: 60 }[/** @type {'us' | 'ms' | 's' | 'm'} */ (m[2])];
  return Number(m[1]) * scale;
}

/**
 * @param {string} text wrk's output
 * @param {string} percentile e.g. `99%`
 */
function latencyAt(text, percentile) {
  const m = new RegExp(`^\\s+${percentile}\\s+([\\d.]+\\w+)`, 'm').exec(text);
  return m ? parseDuration(/** @type {string} */ (m[1])) * 1000 : Number.NaN;
}
