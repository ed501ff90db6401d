// A Vitest globalSetup for workspace packages that import other workspace packages through their
// `exports` (as a user would, built): when one of them was never built, say so and how to fix it,
// instead of Vite's "Failed to resolve entry ... incorrect main/module/exports". `pnpm test` builds
// them first (turbo's ^build); this catches `vitest` run by hand on a fresh clone.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const targets = (exports) =>
  typeof exports === 'string'
    ? [exports]
    : Object.values(exports ?? {}).flatMap((value) => (typeof value === 'object' ? targets(value) : [value]));

export function missingBuilds(packageDir) {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const deps = { ...manifest.dependencies, ...manifest.devDependencies };
  const missing = [];
  for (const [name, range] of Object.entries(deps)) {
    if (!String(range).startsWith('workspace:')) continue;
    const dir = join(packageDir, 'node_modules', name);
    const dep = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const absent = targets(dep.exports).filter(
      (target) => target.startsWith('./dist/') && !existsSync(join(dir, target)),
    );
    if (absent.length > 0) missing.push(name);
  }
  return missing;
}

export default function requireBuiltWorkspaceDeps() {
  const missing = missingBuilds(process.cwd());
  if (missing.length > 0) {
    throw new Error(
      `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not built yet, and this package imports ${missing.length === 1 ? 'it' : 'them'} as an installed user would. ` +
        'Run `pnpm test` (it builds what each package consumes) or `pnpm build` at the repository root, then run vitest again.',
    );
  }
}
