// @ts-check
/** Biome's formatter over generated source, so the committed files read like the rest of the code. */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');

/**
 * `source` formatted with the repository's biome.json (its line width and quotes).
 * @param {string} source TypeScript
 * @returns {string}
 */
export function formatTypeScript(source) {
  // The stdin path only tells Biome the language; src/generated itself is outside Biome's files.
  return execFileSync(process.execPath, [biome, 'format', '--stdin-file-path=generated.ts'], {
    cwd: repoDir,
    input: source,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}
