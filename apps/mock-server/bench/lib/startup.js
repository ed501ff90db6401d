// @ts-check
/** `solarproof-mock` from spawn to its first answer, and its memory then. */
import { cpuTimeOf, memoryOf, startServerChild } from './child.js';
import { RawClient } from './raw-client.js';
import { CLI, PAGE_PATH } from './setup.js';
import { median } from './stats.js';

/**
 * @typedef {object} StartUp
 * @property {number} listeningMs spawn to the URL line on stdout (median)
 * @property {number} firstAnswerMs spawn to the last byte of the first page (median)
 * @property {number} bestFirstAnswerMs
 * @property {number} worstFirstAnswerMs
 * @property {number} peakRssMb the largest peak RSS seen at the first answer
 * @property {number} cpuMs the server's CPU time from spawn to the first answer (median; NaN off Linux)
 * @property {number[]} firstAnswers spawn to the last byte of the first page, each run
 * @property {number[]} cpus the server's CPU time to the first answer, each run
 * @property {number} runs
 */

/**
 * Starts the CLI `runs` times with `args`, timing each start to the first complete page.
 * @param {string[]} args
 * @param {number} runs
 * @param {string} [cli] the CLI script to start (another build, to compare; default the package's)
 * @returns {Promise<StartUp>}
 */
export async function measureStartUp(args, runs, cli = CLI) {
  /** @type {number[]} */
  const listening = [];
  /** @type {number[]} */
  const firstAnswer = [];
  /** @type {number[]} */
  const cpu = [];
  let peakRssMb = 0;
  for (let i = 0; i < runs; i += 1) {
    const child = await startServerChild(cli, ['--port', '0', '--quiet', ...args], 60_000);
    try {
      const client = await RawClient.open(child.url);
      const response = await client.get(PAGE_PATH);
      const answeredAt = performance.now();
      const cpuMs = cpuTimeOf(child.pid);
      client.close();
      if (response.status !== 200) throw new Error(`The first page answered ${response.status}`);
      listening.push(child.listeningAt - child.spawnedAt);
      firstAnswer.push(answeredAt - child.spawnedAt);
      cpu.push(cpuMs ?? Number.NaN);
      peakRssMb = Math.max(peakRssMb, memoryOf(child.pid)?.peakRssMb ?? Number.NaN);
    } finally {
      await child.stop();
    }
  }
  return {
    listeningMs: median(listening),
    firstAnswerMs: median(firstAnswer),
    bestFirstAnswerMs: Math.min(...firstAnswer),
    worstFirstAnswerMs: Math.max(...firstAnswer),
    peakRssMb,
    cpuMs: median(cpu),
    firstAnswers: firstAnswer,
    cpus: cpu,
    runs,
  };
}
