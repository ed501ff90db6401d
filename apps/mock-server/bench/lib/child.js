// @ts-check
/** Servers under load run in child processes, so the load generator never shares their event loop. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * @typedef {object} ServerChild
 * @property {string} url The base URL the child printed.
 * @property {number} pid
 * @property {number} spawnedAt `performance.now()` just before spawning.
 * @property {number} listeningAt `performance.now()` when the URL line arrived.
 * @property {() => Promise<void>} stop SIGTERM, then wait for the exit.
 */

/** @type {Set<import('node:child_process').ChildProcess>} */
const live = new Set();
// Whatever happens to the bench, no server it started outlives it.
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/**
 * Spawns `node script ...args` and resolves once it prints its URL on the first line of stdout.
 * @param {string} script
 * @param {string[]} [args]
 * @param {number} [timeoutMs]
 * @returns {Promise<ServerChild>}
 */
export function startServerChild(script, args = [], timeoutMs = 20_000) {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  live.add(child);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.once('exit', () => live.delete(child));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} printed no URL within ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code} before printing its URL`));
    });
    child.stdout.on('data', (chunk) => {
      if (text.includes('\n')) return;
      text += chunk;
      const end = text.indexOf('\n');
      if (end < 0) return;
      clearTimeout(timer);
      const url = text.slice(0, end).trim();
      if (!url.startsWith('http://')) {
        child.kill('SIGKILL');
        reject(new Error(`${script} printed ${JSON.stringify(url)}, not a URL`));
        return;
      }
      resolve({
        url,
        pid: /** @type {number} */ (child.pid),
        spawnedAt,
        listeningAt: performance.now(),
        stop,
      });
    });
  });
}

/**
 * A process's resident memory now and at its peak, in MB (Linux /proc; null elsewhere).
 * @param {number} pid
 * @returns {{ rssMb: number, peakRssMb: number } | null}
 */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (/** @type {string} */ field) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/**
 * The CPU time a process has used so far, in ms, all its threads (V8's compiler and GC helpers
 * too): the sum of each thread's time on a CPU from /proc (nanoseconds; Linux only, null elsewhere).
 * Steadier than wall time on a busy machine, where waiting for a core is most of the noise.
 * @param {number} pid
 * @returns {number | null}
 */
export function cpuTimeOf(pid) {
  try {
    let ns = 0;
    for (const thread of readdirSync(`/proc/${pid}/task`)) {
      ns += Number(readFileSync(`/proc/${pid}/task/${thread}/schedstat`, 'utf8').split(' ')[0]);
    }
    return ns / 1e6;
  } catch {
    return null;
  }
}
