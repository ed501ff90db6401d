import { setFlagsFromString } from 'node:v8';

/**
 * Keeps the server's heap near what it holds: V8 may let it grow `percent` past what was live at
 * its last full collection (`--heap-growing-percent`; 0 is V8's own, adaptive choice, which lets a
 * heap reach about twice what is live). A fake's world is large and lives as long as the process,
 * and each request leaves a little garbage that outlives young collections (a journal entry, a
 * replaced page), so by default a 100,000-customer world's RSS climbed with load. A value given on
 * the node command line wins. Returns whether it set one.
 */
export function tuneHeap(percent: number, execArgv: readonly string[] = process.execArgv): boolean {
  if (execArgv.some((arg) => /heap[-_]growing[-_]percent/.test(arg))) return false;
  setFlagsFromString(`--heap-growing-percent=${percent}`);
  return true;
}
