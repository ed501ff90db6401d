import { readFileSync } from 'node:fs';

const folder = new URL('../dashboard/', import.meta.url);
const read = new Map<string, Buffer>();

/**
 * The bytes of a dashboard file (names are the core's whitelist, never a path from the request).
 * Read once: the files ship in the package and do not change while it runs.
 */
export function dashboardFile(name: string): Buffer | undefined {
  let bytes = read.get(name);
  if (!bytes) {
    try {
      bytes = readFileSync(new URL(name, folder));
    } catch {
      return undefined;
    }
    read.set(name, bytes);
  }
  return bytes;
}
