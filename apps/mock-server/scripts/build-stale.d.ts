/** The package directories build-stale compiles, in dependency order. */
export const PACKAGES: string[];
/** Each source whose compiled file is missing or older than it. */
export function staleFiles(packageDir: string): Array<{ file: string; out: string }>;
/** Compiles every stale source; resolves to how many files it compiled. */
export function buildStale(): Promise<number>;
