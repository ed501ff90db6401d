// @ts-check
/** Compares rendered files with what is on disk: the whole of `generate --check`. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The files under `packageDir` that differ from `rendered` (or are missing), in `rendered`'s order.
 * @param {string} packageDir
 * @param {Record<string, string>} rendered file path (relative to the package) to content
 * @returns {Promise<string[]>}
 */
export async function staleFiles(packageDir, rendered) {
  const stale = [];
  for (const [relative, content] of Object.entries(rendered)) {
    const current = await readFile(join(packageDir, relative), 'utf8').catch(() => undefined);
    if (current !== content) stale.push(relative);
  }
  return stale;
}
