import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_API_KEY } from '../src/index.js';
import { runServeInProcess, startCli } from './support/cli-process.js';

const missing = `/apidata.php?action=getcustomerByemail&customer_email=nobody%40example.com&api_key=${DEFAULT_API_KEY}`;

describe('solarproof-mock --profile and --interpret', () => {
  test('answers by the profile, with single switches over it', async () => {
    const cli = await startCli([
      '--profile',
      'lenient-php',
      '--interpret',
      'U-1=always-400',
      '--customers',
      '5',
    ]);
    expect((await fetch(`${cli.url}${missing}`)).status).toBe(400);
    const list = await fetch(
      `${cli.url}/apidata.php?action=getallcustomers&page=9&api_key=${DEFAULT_API_KEY}`,
    );
    expect(await list.json()).toEqual([]);
    cli.child.kill('SIGTERM');
    await cli.exited;
  });

  test('reads a profile file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sp-profile-')), 'ours.json');
    writeFileSync(
      file,
      JSON.stringify({ name: 'ours', basedOn: 'documented', switches: { 'U-1': 'always-200' } }),
    );
    const cli = await startCli(['--profile', file, '--customers', '5'], { quiet: false });
    await expect.poll(cli.stdout).toContain('profile ours');
    expect((await fetch(`${cli.url}${missing}`)).status).toBe(200);
    cli.child.kill('SIGTERM');
    await cli.exited;
  });

  test.each([
    [['--profile', 'php'], /not a built-in profile \(documented, lenient-php, strictest\) and no such file/],
    [['--interpret', 'I-7=maybe'], /Unknown value 'maybe' for I-7 \(pagination-end\).*one of not-found/],
    [['--interpret', 'I-99=x'], /Unknown interpretation switch 'I-99'/],
  ])('refuses %j with a clear message and exit code 2', async (args, message) => {
    const run = await runServeInProcess(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
