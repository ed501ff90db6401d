/** The workspace dependencies of the package in `packageDir` whose `exports` point at dist files not built yet. */
export function missingBuilds(packageDir: string): string[];
/** Vitest globalSetup: throws a plain message naming the unbuilt workspace packages. */
export default function requireBuiltWorkspaceDeps(): void;
