import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const packageDir = fileURLToPath(new URL('../../', import.meta.url));

/** The first ```ts block under `heading` of a README, exactly as printed. */
export async function readmeExample(readmePath: string, heading: string): Promise<string> {
  const readme = await readFile(readmePath, 'utf8');
  const section = readme.split(`\n${heading}\n`)[1];
  if (section === undefined) throw new Error(`${readmePath} has no "${heading}" heading`);
  const level = /^#+/.exec(heading)?.[0] ?? '##';
  const code = /```ts\n([\s\S]*?)\n```/.exec(
    section.split(new RegExp(`\\n#{2,${level.length}} `))[0] ?? '',
  )?.[1];
  if (code === undefined) throw new Error(`${readmePath} has no \`\`\`ts block under "${heading}"`);
  return code;
}

/**
 * Runs an example with node from a temporary folder inside this package, so that
 * '@solarproof/client' resolves to the built package through its "exports"; nothing is rewritten.
 */
export async function runExample(
  code: string,
  env: Record<string, string>,
): Promise<{ stdout: string; stderr: string }> {
  if (!existsSync(join(packageDir, 'dist/index.js'))) {
    throw new Error('packages/client/dist is missing: run `pnpm --filter @solarproof/client build` first');
  }
  const dir = await mkdtemp(join(packageDir, '.readme-example-'));
  try {
    const file = join(dir, 'example.mjs');
    await writeFile(file, code);
    return await run(process.execPath, [file], {
      cwd: dir,
      timeout: 20_000,
      env: { ...process.env, ...env },
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
