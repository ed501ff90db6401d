import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { InterpretationError } from '../interpretations/interpretation-error.js';
import { type MatrixEntry, matrixEntries } from '../matrix/matrix-entries.js';
import { startMatrixFake } from '../matrix/start-matrix-fake.js';

export const MATRIX_USAGE = `Usage: solarproof-mock matrix [options] -- <command...>

Runs the command once per reading of the docs, each time against a fresh fake on 127.0.0.1.
The command finds it in SOLARPROOF_BASE_URL and SOLARPROOF_API_KEY; SOLARPROOF_PROFILE names
the reading. Prints a pass/fail table; exits 1 when any run fails.

Options:
  --profiles a,b   the profiles to run (default: documented,lenient-php,strictest)
  --switch ID      instead, one run per value of one switch (e.g. I-7), over --profile
  --profile NAME   the base profile of a --switch run (default documented)
  --seed N         seed of every fake's world (default 1)
  --customers N    customers of the default company (default 130)
  --help           this text
`;

interface Run {
  readonly label: string;
  readonly code: number | null;
  readonly signal: string | null;
  readonly ms: number;
}

/** `solarproof-mock matrix ...`: returns the exit code. */
export async function runMatrixCommand(
  argv: string[],
  io: { out: (text: string) => void; err: (text: string) => void } = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  },
): Promise<number> {
  const dash = argv.indexOf('--');
  const command = dash >= 0 ? argv.slice(dash + 1) : [];
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: dash >= 0 ? argv.slice(0, dash) : argv,
      strict: true,
      options: {
        profiles: { type: 'string' },
        switch: { type: 'string' },
        profile: { type: 'string' },
        seed: { type: 'string' },
        customers: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${MATRIX_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(MATRIX_USAGE);
    return 0;
  }
  if (command.length === 0) {
    io.err(`solarproof-mock matrix: no command to run: put it after --\n\n${MATRIX_USAGE}`);
    return 2;
  }
  const sizes = worldSizes(values.seed as string | undefined, values.customers as string | undefined);
  if (typeof sizes === 'string') {
    io.err(`solarproof-mock matrix: ${sizes}\n`);
    return 2;
  }
  let entries: MatrixEntry[];
  try {
    entries = matrixEntries({
      profiles:
        typeof values.profiles === 'string' ? values.profiles.split(',').map((p) => p.trim()) : undefined,
      switch: values.switch as string | undefined,
      profile: values.profile as string | undefined,
    });
  } catch (error) {
    if (!(error instanceof InterpretationError)) throw error;
    io.err(`solarproof-mock matrix: ${error.message}\n`);
    return 2;
  }

  const runs: Run[] = [];
  for (const entry of entries) {
    const label = entry.interpretation.label;
    io.out(`\n── ${label} ──\n`);
    const fake = await startMatrixFake({ ...sizes, ...entry.options }, 'http');
    const started = Date.now();
    try {
      const env = {
        ...process.env,
        SOLARPROOF_BASE_URL: fake.baseUrl,
        SOLARPROOF_API_KEY: fake.mock.world.options.apiKey,
        SOLARPROOF_PROFILE: label,
      };
      const exit = await runCommand(command, env, io);
      runs.push({ label, ...exit, ms: Date.now() - started });
    } finally {
      await fake.close();
    }
  }
  io.out(`\n${table(runs)}\n`);
  const failed = runs.filter((run) => run.code !== 0).length;
  io.out(
    failed === 0
      ? `every reading passed (${runs.length})\n`
      : `${failed} of ${runs.length} readings failed\n`,
  );
  return failed === 0 ? 0 : 1;
}

function worldSizes(seed: string | undefined, customers: string | undefined) {
  const out: { seed?: number; customers?: number } = {};
  for (const [name, text, max] of [
    ['seed', seed, 2 ** 31 - 1],
    ['customers', customers, 1_000_000],
  ] as const) {
    if (text === undefined) continue;
    if (!/^[0-9]{1,10}$/.test(text) || Number(text) > max) return `--${name}: a whole number up to ${max}`;
    out[name] = Number(text);
  }
  return out;
}

/** Runs the command with the run's environment; its output goes through as it comes. */
function runCommand(
  command: string[],
  env: NodeJS.ProcessEnv,
  io: { out: (text: string) => void; err: (text: string) => void },
): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((resolve) => {
    const [file, ...args] = command as [string, ...string[]];
    const child = spawn(file, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => io.out(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => io.err(chunk.toString()));
    child.once('error', (error) => {
      io.err(`solarproof-mock matrix: cannot run ${file}: ${error.message}\n`);
      resolve({ code: 127, signal: null });
    });
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
}

function table(runs: readonly Run[]): string {
  const rows = runs.map((run) => [
    run.label,
    run.code === 0 ? 'pass' : 'FAIL',
    run.signal ?? String(run.code),
    `${(run.ms / 1000).toFixed(1)} s`,
  ]);
  const head = ['interpretation', 'result', 'exit', 'time'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** The `matrix` subcommand for the CLI's dispatch. */
export function run(argv: string[]): Promise<number> {
  return runMatrixCommand(argv);
}
