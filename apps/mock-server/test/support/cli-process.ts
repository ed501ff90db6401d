import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { vi } from 'vitest';

export const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

export interface CliProcess {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the built `solarproof-mock` on a free port of 127.0.0.1 and waits for its URL. */
export async function startCli(
  args: string[],
  { quiet = true, env = {} as Record<string, string> } = {},
): Promise<CliProcess> {
  const flags = ['--port', '0', ...(quiet ? ['--quiet'] : [])];
  const child = spawn(process.execPath, [CLI, ...flags, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the CLI did not start: ${err}`)), 10_000);
    const check = () => {
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', check);
    exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the CLI exited: ${err}`));
    });
  });
  return { child, url, stdout: () => out, stderr: () => err, exited };
}

/** Runs the CLI to completion, for the cases where it refuses to start. */
export function runCli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Runs `solarproof-mock [serve options]` in this process, for the cases that end before a server
 * starts (a refused option or state file): its exit code and what it printed, without the ~0.4 s
 * of CPU a process of its own costs. The dispatch in cli.ts keeps its own process tests (cli.test.ts).
 */
export async function runServeInProcess(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { run } = await import('../../src/node/serve-command.js');
  let stdout = '';
  let stderr = '';
  const capture = (stream: NodeJS.WriteStream, add: (text: string) => void) =>
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      add(chunk.toString());
      return true;
    });
  const spies = [
    capture(process.stdout, (text) => {
      stdout += text;
    }),
    capture(process.stderr, (text) => {
      stderr += text;
    }),
  ];
  try {
    const code = await run(args, { ...process.env, ...env });
    if (code === undefined)
      throw new Error(`solarproof-mock ${args.join(' ')} started a server: use startCli`);
    return { code, stdout, stderr };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

/** Runs `solarproof-mock matrix ARGS` in this process: its exit code and what it printed. */
export async function runMatrixInProcess(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { runMatrixCommand } = await import('../../src/node/matrix-command.js');
  let stdout = '';
  let stderr = '';
  const code = await runMatrixCommand(args, {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}
