import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { describe, expect, test } from 'vitest';
import { DEFAULT_API_KEY } from '../src/index.js';
import { CLI, runCli, startCli } from './support/cli-process.js';

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

const page = (url: string) => `${url}/apidata.php?action=getallcustomers&page=1&api_key=${DEFAULT_API_KEY}`;

describe('solarproof-mock', () => {
  test('prints the base URL, the keys and a curl line, then stops on SIGINT', async () => {
    const cli = await startCli(['--seed', '3'], { quiet: false });
    await expect.poll(cli.stdout).toContain('Ctrl-C');
    expect(cli.stdout()).toContain(DEFAULT_API_KEY);
    expect(cli.stdout()).toMatch(
      /curl "http:\/\/127\.0\.0\.1:\d+\/apidata\.php\?action=getallcustomers&page=1&api_key=/,
    );
    cli.child.kill('SIGINT');
    expect((await cli.exited).code).toBe(0);
  });

  test('explains its options and its commands with --help', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--customers N');
    expect(run.stdout).toContain('SOLARPROOF_MOCK_PORT');
    expect(run.stdout).toMatch(/Commands[\s\S]*serve/);
  });

  test('answers --help before reading any option or building a world', async () => {
    const run = await runCli(['--help'], {
      SOLARPROOF_MOCK_PORT: 'nonsense',
      SOLARPROOF_MOCK_CUSTOMERS: '-5',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: solarproof-mock');
  });

  test('prints its version with --version, even next to options it would refuse', async () => {
    const { version } = (await import('../package.json', { with: { type: 'json' } })).default;
    const run = await runCli(['--port', 'nonsense', '--version']);
    expect(run).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  test('answers the curl line it prints', async () => {
    const cli = await startCli([]);
    const response = await fetch(page(cli.url));
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveLength(50);
    cli.child.kill('SIGTERM');
    expect((await cli.exited).code).toBe(0);
  });

  test('prints only the URL with --quiet, requests and all', async () => {
    const cli = await startCli([]);
    await fetch(page(cli.url));
    cli.child.kill('SIGTERM');
    await cli.exited;
    expect(cli.stdout()).toBe(`${cli.url}\n`);
  });

  test('logs each request by method, action, status and time, and never the key', async () => {
    const cli = await startCli([], { quiet: false });
    await expect.poll(cli.stdout).toContain('Ctrl-C');
    const banner = cli.stdout().length;
    await fetch(page(cli.url));
    await fetch(`${cli.url}/apidata.php?action=${DEFAULT_API_KEY}&api_key=${DEFAULT_API_KEY}`);
    await fetch(`${cli.url}/__mock/${DEFAULT_API_KEY}`);
    await expect.poll(() => cli.stdout().slice(banner)).toMatch(/GET \/__mock\/\* 404 \d+ ms/);
    const log = cli.stdout().slice(banner);
    expect(log).toMatch(/^GET getallcustomers 200 \d+ ms$/m);
    expect(log).toMatch(/^GET \(unknown action\) 404 \d+ ms$/m);
    expect(log).not.toContain(DEFAULT_API_KEY);
    cli.child.kill('SIGTERM');
    await cli.exited;
  });

  test('answers GET /__mock/health with 200 {"ok":true} once it listens', async () => {
    const cli = await startCli([]);
    const response = await fetch(`${cli.url}/__mock/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    cli.child.kill('SIGTERM');
    await cli.exited;
  });

  test('takes its options from SOLARPROOF_MOCK_* variables, and a flag wins over its variable', async () => {
    const fromEnv = await startCli([], { env: { SOLARPROOF_MOCK_CUSTOMERS: '5' } });
    expect(await (await fetch(page(fromEnv.url))).json()).toHaveLength(5);
    fromEnv.child.kill('SIGTERM');
    const flagWins = await startCli(['--customers', '7'], { env: { SOLARPROOF_MOCK_CUSTOMERS: '5' } });
    expect(await (await fetch(page(flagWins.url))).json()).toHaveLength(7);
    flagWins.child.kill('SIGTERM');
    await Promise.all([fromEnv.exited, flagWins.exited]);
  });

  test.each([
    [['--port', '--seed', '3'], {}, '--port needs a value: --port N'],
    [['stray'], {}, 'unknown command "stray"'],
    [[], { SOLARPROOF_MOCK_SEED: '-1' }, 'SOLARPROOF_MOCK_SEED (for --seed) must be a whole number'],
  ])('refuses %j %j in plain words, with exit code 2', async (args, env, message) => {
    const run = await runCli(args, env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`solarproof-mock: ${message}`);
    expect(run.stderr).toContain('solarproof-mock --help');
  });

  test('says in plain words when its port is taken', async () => {
    const first = await startCli([]);
    const port = new URL(first.url).port;
    const run = await runCli(['--port', port]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`port ${port} is taken`);
    first.child.kill('SIGTERM');
    await first.exited;
  });

  test('lets a request in flight finish on SIGTERM, then exits 0', async () => {
    const cli = await startCli([]);
    const slow = fetch(page(cli.url), { headers: { 'x-solarproof-mock-latency': '400' } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    cli.child.kill('SIGTERM');
    expect((await slow).status).toBe(200);
    expect(await cli.exited).toEqual({ code: 0, signal: null });
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
