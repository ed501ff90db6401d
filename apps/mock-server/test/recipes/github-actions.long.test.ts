import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'solarproof-mock.js');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
}

const job = parse(readFileSync(join(ROOT, 'docs', 'recipes', 'github-actions.yml'), 'utf8')) as {
  jobs: { test: { steps: Step[] } };
};

const project = mkdtempSync(join(tmpdir(), 'gha-recipe-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

/**
 * A user's project as the job sees it after checkout and install: solarproof-mock installed, and a
 * `pnpm test` that calls the fake with the environment the job gives it.
 */
function scaffold(): void {
  mkdirSync(join(project, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(BIN, join(project, 'node_modules', '.bin', 'solarproof-mock'));
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'user-project', private: true, scripts: { test: 'node check.mjs' } }),
  );
  writeFileSync(
    join(project, 'check.mjs'),
    `const url = \`\${process.env.SOLARPROOF_BASE_URL}/apidata.php?action=getallcustomers&page=1&api_key=\${process.env.SOLARPROOF_API_KEY}\`;
const response = await fetch(url);
const customers = await response.json();
if (response.status !== 200 || customers.length !== 50) process.exit(1);
console.log('user tests passed: ' + customers.length + ' customers');
`,
  );
}

test('the GitHub Actions recipe starts the fake, waits until it is ready, runs the tests and stops it', async () => {
  scaffold();
  const githubEnv = join(project, 'github-env');
  writeFileSync(githubEnv, '');
  const env: Record<string, string> = { ...(process.env as Record<string, string>), GITHUB_ENV: githubEnv };
  const outputs: string[] = [];
  let failed = false;
  // checkout, setup and install are the runner's; every other step runs here as the runner would.
  const steps = job.jobs.test.steps.filter(
    (step) => step.run !== undefined && !step.run.startsWith('pnpm install'),
  );
  expect(steps.map((step) => step.name)).toEqual([
    'Start the fake Solar Proof',
    'Wait until it is ready',
    'Test against it',
    'Stop the fake',
  ]);
  for (const step of steps) {
    if (failed && step.if !== 'always()') continue;
    const run = spawnSync('bash', ['-e', '-c', step.run as string], {
      cwd: project,
      env: { ...env, ...step.env },
      encoding: 'utf8',
      timeout: 30_000,
    });
    outputs.push(`${step.name}: ${run.stdout}${run.stderr}`);
    if (run.status !== 0) failed = true;
    // What the runner does with $GITHUB_ENV between steps.
    for (const line of readFileSync(githubEnv, 'utf8').split('\n')) {
      const at = line.indexOf('=');
      if (at > 0) env[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  expect(failed, outputs.join('\n')).toBe(false);
  expect(outputs.join('\n')).toContain('user tests passed: 50 customers');
  expect(env.SOLARPROOF_BASE_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  // The stop step leaves nothing listening, within a second.
  const health = `${env.SOLARPROOF_BASE_URL}/__mock/health`;
  await expect
    .poll(
      () =>
        fetch(health).then(
          () => 'listening',
          () => 'stopped',
        ),
      { timeout: 1_000, interval: 50 },
    )
    .toBe('stopped');
});
