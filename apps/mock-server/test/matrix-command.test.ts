import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from './support/cli-process.js';

/** A tiny integration: passes only where a page past the end answers 404. */
const STOPS_ON_404 = [
  process.execPath,
  '-e',
  `fetch(process.env.SOLARPROOF_BASE_URL + '/apidata.php?action=getallcustomers&page=9&api_key=' + process.env.SOLARPROOF_API_KEY)
    .then((r) => { console.log(process.env.SOLARPROOF_PROFILE, r.status); process.exit(r.status === 404 ? 0 : 1); })`,
];

/** One that reads the body instead, as the docs' own sample does: passes under every reading of I-7 and U-1. */
const READS_THE_BODY = [
  process.execPath,
  '-e',
  `fetch(process.env.SOLARPROOF_BASE_URL + '/apidata.php?action=getallcustomers&page=9&api_key=' + process.env.SOLARPROOF_API_KEY)
    .then((r) => r.json()).then((body) => process.exit(Array.isArray(body) || body.code === 'NO_CUSTOMERS_FOUND' ? 0 : 1))`,
];

describe('solarproof-mock matrix', () => {
  test('runs the command once per profile and fails when any reading fails', async () => {
    const run = await runCli([
      'matrix',
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

  test('runs every value of one switch and exits 0 when all pass', async () => {
    const run = await runCli(['matrix', '--switch', 'U-1', '--customers', '3', '--', ...READS_THE_BODY]);
    expect(run.stdout).toContain('every reading passed (3)');
    expect(run.stdout).toMatch(/\| documented U-1=always-200 +\| pass/);
    expect(run.code).toBe(0);
  });

  test.each([
    [['matrix', '--profiles', 'php', '--', 'true'], /Unknown profile 'php'/],
    [['matrix', '--switch', 'I-99', '--', 'true'], /Unknown interpretation switch 'I-99'/],
    [['matrix', '--profiles', 'documented'], /no command to run/],
  ])('refuses %j with a clear message and exit code 2', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe('the README example', () => {
  const example = join(import.meta.dirname, 'matrix', 'example', 'check-sync.mjs');

  test('is printed in the README as it is run', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', '..', 'README.md'), 'utf8');
    expect(readme).toContain(readFileSync(example, 'utf8'));
  });

  test('passes where errors have an error status and fails where they answer 200', async () => {
    const run = await runCli(['matrix', '--switch', 'U-1', '--', process.execPath, example]);
    expect(run.stdout).toMatch(/\| documented U-1=mapped +\| pass/);
    expect(run.stdout).toMatch(/\| documented U-1=always-200 +\| FAIL/);
    expect(run.stdout).toMatch(/\| documented U-1=always-400 +\| pass/);
    expect(run.code).toBe(1);
  });
});
