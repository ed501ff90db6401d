import { describe, expect, test } from 'vitest';
import { runCli, runMatrixInProcess } from './support/cli-process.js';

/** A tiny integration: passes only where a page past the end answers 404. */
const STOPS_ON_404 = [
  process.execPath,
  '-e',
  `fetch(process.env.SOLARPROOF_BASE_URL + '/apidata.php?action=getallcustomers&page=9&api_key=' + process.env.SOLARPROOF_API_KEY)
    .then((r) => { console.log(process.env.SOLARPROOF_PROFILE, r.status); process.exit(r.status === 404 ? 0 : 1); })`,
];

describe('solarproof-mock matrix', () => {
  test('runs the command once per profile and fails when any reading fails', async () => {
    const run = await runMatrixInProcess([
      '--profiles',
      'documented,lenient-php',
      '--customers',
      '3',
      '--',
      ...STOPS_ON_404,
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('documented 404');
    expect(run.stdout).toContain('lenient-php 200');
    expect(run.stdout).toMatch(/\| documented +\| pass +\| 0 +\|/);
    expect(run.stdout).toMatch(/\| lenient-php +\| FAIL +\| 1 +\|/);
    expect(run.stdout).toContain('1 of 2 readings failed');
  });

  // A process of its own here, so cli.ts's dispatch to the matrix command stays proved.
  test('explains itself with --help', async () => {
    const run = await runCli(['matrix', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('SOLARPROOF_BASE_URL and SOLARPROOF_API_KEY');
  });

  test.each([
    [['--profiles', 'php', '--', 'true'], /Unknown profile 'php'/],
    [['--switch', 'I-99', '--', 'true'], /Unknown interpretation switch 'I-99'/],
    [['--profiles', 'documented'], /no command to run/],
  ])('refuses matrix %j with a clear message and exit code 2', async (args, message) => {
    const run = await runMatrixInProcess(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
