import { spawn } from 'node:child_process';
import { beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_API_KEY } from '../src/index.js';
import { CLI, type CliProcess, runCli, runServeInProcess, startCli } from './support/cli-process.js';
import { listening } from './support/port-listening.js';

const page = (url: string) => `${url}/apidata.php?action=getallcustomers&page=1&api_key=${DEFAULT_API_KEY}`;

// Each started CLI builds a world and costs a process: the tests share as few as they can.
describe('solarproof-mock, one server for the banner, the answers and the log', () => {
  let cli: CliProcess;
  let banner = 0;
  beforeAll(async () => {
    cli = await startCli(['--seed', '3'], { quiet: false });
    // The banner is written in one go, after the URL startCli waited for.
    const deadline = Date.now() + 10_000;
    while (!cli.stdout().includes('Ctrl-C') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    banner = cli.stdout().length;
  });

  test('prints the base URL, the keys and a curl line', () => {
    expect(cli.stdout()).toContain(DEFAULT_API_KEY);
    expect(cli.stdout()).toMatch(
      /curl "http:\/\/127\.0\.0\.1:\d+\/apidata\.php\?action=getallcustomers&page=1&api_key=/,
    );
  });

  test('answers the curl line it prints, and GET /__mock/health with 200 {"ok":true}', async () => {
    const response = await fetch(page(cli.url));
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveLength(50);
    const health = await fetch(`${cli.url}/__mock/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
  });

  test('logs each request by method, action, status and time, and never the key', async () => {
    await fetch(`${cli.url}/apidata.php?action=${DEFAULT_API_KEY}&api_key=${DEFAULT_API_KEY}`);
    await fetch(`${cli.url}/__mock/${DEFAULT_API_KEY}`);
    await expect.poll(() => cli.stdout().slice(banner)).toMatch(/GET \/__mock\/\* 404 \d+ ms/);
    const log = cli.stdout().slice(banner);
    expect(log).toMatch(/^GET getallcustomers 200 \d+ ms$/m);
    expect(log).toMatch(/^GET \/__mock\/health 200 \d+ ms$/m);
    expect(log).toMatch(/^GET \(unknown action\) 404 \d+ ms$/m);
    expect(log).not.toContain(DEFAULT_API_KEY);
  });

  test('says in plain words when its port is taken', async () => {
    const port = new URL(cli.url).port;
    const run = await runCli(['--port', port]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`port ${port} is taken`);
  });

  test('stops on SIGINT with exit code 0', async () => {
    cli.child.kill('SIGINT');
    expect((await cli.exited).code).toBe(0);
  });
});

describe('solarproof-mock', () => {
  test('answers --help before reading any option or building a world, and lists its commands', async () => {
    const run = await runCli(['--help'], {
      SOLARPROOF_MOCK_PORT: 'nonsense',
      SOLARPROOF_MOCK_CUSTOMERS: '-5',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--customers N');
    expect(run.stdout).toContain('SOLARPROOF_MOCK_PORT');
    expect(run.stdout).toMatch(/Commands[\s\S]*serve/);
  });

  test('prints its version with --version, even next to options it would refuse', async () => {
    const { version } = (await import('../package.json', { with: { type: 'json' } })).default;
    const run = await runCli(['--port', 'nonsense', '--version']);
    expect(run).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  // cli.ts itself refuses an unknown command (a process); the serve options' refusals run in-process.
  test.each([
    ['an unknown command', () => runCli(['stray']), 'unknown command "stray"'],
    [
      'a wrong SOLARPROOF_MOCK_SEED',
      () => runServeInProcess([], { SOLARPROOF_MOCK_SEED: '-1' }),
      'SOLARPROOF_MOCK_SEED (for --seed) must be a whole number',
    ],
  ])('refuses %s in plain words, with exit code 2', async (_, start, message) => {
    const run = await start();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`solarproof-mock: ${message}`);
    expect(run.stderr).toContain('solarproof-mock --help');
  });

  test('stops within a second when the package manager that started it dies without passing a signal on', async () => {
    // What npx does on SIGTERM: it exits and leaves its child. SIGKILL stands in for it here.
    const wrapper = spawn(
      process.execPath,
      [
        '-e',
        `require('node:child_process').spawn(process.execPath, [${JSON.stringify(CLI)}, '--port', '0', '--quiet'], { stdio: 'inherit' })`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, npm_command: 'exec' } },
    );
    let out = '';
    wrapper.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    await expect.poll(() => out, { timeout: 10_000 }).toMatch(/:\d+/);
    const port = Number(/:(\d+)/.exec(out)?.[1]);
    expect(await listening(port)).toBe(true);
    wrapper.kill('SIGKILL');
    await expect.poll(() => listening(port), { timeout: 1_000, interval: 50 }).toBe(false);
  });
});

describe('solarproof-mock --quiet, one server for the environment and the stop', () => {
  let cli: CliProcess;
  beforeAll(async () => {
    cli = await startCli([], { env: { SOLARPROOF_MOCK_CUSTOMERS: '5' } });
  });

  test('takes its options from SOLARPROOF_MOCK_* variables', async () => {
    expect(await (await fetch(page(cli.url))).json()).toHaveLength(5);
  });

  test('with --quiet prints only the URL, and on SIGTERM lets a request in flight finish, then exits 0', async () => {
    const slow = fetch(page(cli.url), { headers: { 'x-solarproof-mock-latency': '400' } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    cli.child.kill('SIGTERM');
    expect((await slow).status).toBe(200);
    expect(await cli.exited).toEqual({ code: 0, signal: null });
    expect(cli.stdout()).toBe(`${cli.url}\n`);
  });
});
