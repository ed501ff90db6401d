// @ts-check
/** The printed report: a Markdown table, so a run can be pasted into BENCHMARKS.md as is. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';

/**
 * @param {string[]} header
 * @param {string[][]} rows
 */
export function markdownTable(header, rows) {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (/** @type {string[]} */ cells) =>
    `| ${cells.map((cell, i) => cell.padEnd(/** @type {number} */ (widths[i]))).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** @param {string} name a dependency of apps/mock-server */
function versionOf(name) {
  try {
    const url = new URL(`../../node_modules/${name}/package.json`, import.meta.url);
    return /** @type {{ version: string }} */ (JSON.parse(readFileSync(url, 'utf8'))).version;
  } catch {
    return 'unknown';
  }
}

function wrkVersion() {
  try {
    // wrk prints its version on stderr and exits 1 when asked for it.
    const out = spawnSync('wrk', ['--version'], { encoding: 'utf8' });
    return /wrk (\S+)/.exec(`${out.stdout}${out.stderr}`)?.[0] ?? 'wrk not installed';
  } catch {
    return 'wrk not installed';
  }
}

/** The machine and the software the figures belong to. */
export function environment() {
  const own = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return [
    `machine: ${availableParallelism()} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${process.platform} ${process.arch}`,
    `node ${process.version}; ${own.name} ${own.version}, msw ${versionOf('msw')}, zod ${versionOf('zod')}, @faker-js/faker ${versionOf('@faker-js/faker')}; ${wrkVersion()}`,
  ].join('\n');
}
