import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from './support/cli-process.js';

/** One that reads the body instead, as the docs' own sample does: passes under every reading of I-7 and U-1. */
const READS_THE_BODY = [
  process.execPath,
  '-e',
  `fetch(process.env.SOLARPROOF_BASE_URL + '/apidata.php?action=getallcustomers&page=9&api_key=' + process.env.SOLARPROOF_API_KEY)
    .then((r) => r.json()).then((body) => process.exit(Array.isArray(body) || body.code === 'NO_CUSTOMERS_FOUND' ? 0 : 1))`,
];

describe('solarproof-mock matrix, every value of a switch', () => {
  test('runs every value of one switch and exits 0 when all pass', async () => {
    const run = await runCli(['matrix', '--switch', 'U-1', '--customers', '3', '--', ...READS_THE_BODY]);
    expect(run.stdout).toContain('every reading passed (3)');
    expect(run.stdout).toMatch(/\| documented U-1=always-200 +\| pass/);
    expect(run.code).toBe(0);
  });
});

describe('the README example', () => {
  const example = join(import.meta.dirname, 'matrix', 'example', 'check-sync.mjs');

  test('passes where errors have an error status and fails where they answer 200', async () => {
    const run = await runCli(['matrix', '--switch', 'U-1', '--', process.execPath, example]);
    expect(run.stdout).toMatch(/\| documented U-1=mapped +\| pass/);
    expect(run.stdout).toMatch(/\| documented U-1=always-200 +\| FAIL/);
    expect(run.stdout).toMatch(/\| documented U-1=always-400 +\| pass/);
    expect(run.code).toBe(1);
  });
});
