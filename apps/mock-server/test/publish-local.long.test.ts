import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const SCRIPT = join(import.meta.dirname, '..', '..', '..', 'scripts', 'publish-local.sh');
// Time-boxed: Verdaccio from npm, three publishes, two scratch installs and four typechecks.
const LIMIT_MS = 15 * 60_000;

test(
  'the three packages publish to a local registry and work from npm and pnpm projects',
  () => {
    const run = spawnSync('bash', [SCRIPT], { encoding: 'utf8', timeout: LIMIT_MS, killSignal: 'SIGTERM' });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(output, output.slice(-4000)).toContain('publish-local: every check passed');
    expect(run.status).toBe(0);
  },
  LIMIT_MS + 10_000,
);
