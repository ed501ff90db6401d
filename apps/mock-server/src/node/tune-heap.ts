import { setFlagsFromString } from 'node:v8';

/** How far past what was live at its last full collection V8 lets the server's heap grow, in percent. */
export const HEAP_GROWING_PERCENT = 20;

/**
 * Keeps the server's heap near what it holds. A fake's world is large and lives as long as the
 * process, and each request leaves a little garbage that outlives young collections (a journal
 * entry, a replaced page); by default V8 lets the heap grow to up to about twice what is live before
 * it collects the old generation, so a 100,000-customer world's RSS climbed with load. A full
 * collection comes sooner with this, and the world's data is most of what it walks, once.
 * A value given on the node command line or in NODE_OPTIONS wins. Returns whether it set one.
 */
export function tuneHeap(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env.NODE_OPTIONS ?? '',
): boolean {
  if ([...execArgv, nodeOptions].some((arg) => /heap[-_]growing[-_]percent/.test(arg))) return false;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  return true;
}
