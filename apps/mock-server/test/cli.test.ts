import { describe, expect, test } from 'vitest';
import { DEFAULT_API_KEY } from '../src/index.js';
import { runCli, startCli } from './support/cli-process.js';

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

  test('explains its options with --help', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--customers N');
  });

  test('answers the curl line it prints', async () => {
    const cli = await startCli([]);
    const response = await fetch(
      `${cli.url}/apidata.php?action=getallcustomers&page=1&api_key=${DEFAULT_API_KEY}`,
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveLength(50);
    cli.child.kill('SIGTERM');
    expect((await cli.exited).code).toBe(0);
  });

  test.each([
    [['--port', 'abc'], /--port/],
    [['--nonsense'], /Unknown option '--nonsense'/],
    [['--webhook-version', 'v3'], /--webhook-version/],
  ])('refuses %j with a clear message and exit code 2', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('Usage: solarproof-mock');
  });

  test('lets a request in flight finish on SIGTERM, then exits 0', async () => {
    const cli = await startCli([]);
    const slow = fetch(`${cli.url}/apidata.php?action=getallcustomers&api_key=${DEFAULT_API_KEY}`, {
      headers: { 'x-solarproof-mock-latency': '400' },
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    cli.child.kill('SIGTERM');
    expect((await slow).status).toBe(200);
    expect(await cli.exited).toEqual({ code: 0, signal: null });
  });
});
