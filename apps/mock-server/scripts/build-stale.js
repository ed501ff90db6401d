// Compiles, for `pnpm mock` and `pnpm exec solarproof-mock` in the workspace, the sources of the
// mock server and of the schemas it imports whose dist/ file is missing or older, one file at a
// time and without a type check (every package builds with isolatedModules, so each file compiles
// alone). That takes about 2 s on a fresh clone and nothing when dist/ is current; the type-checked
// build stays `pnpm build`, which turbo runs before typecheck and test. Committed generated files
// are compiled as they are, never regenerated.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** In the order they depend on each other. */
export const PACKAGES = [join(here, '../../../packages/schemas'), join(here, '..')];

/** @param {string} path */
const isSource = (path) => path.endsWith('.ts') && !path.endsWith('.d.ts') && !/\.test(-d)?\.ts$/.test(path);

/**
 * @param {string} dir
 * @returns {Generator<string>}
 */
function* sources(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (isSource(path)) yield path;
  }
}

/** @param {string} path */
const mtime = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
};

/** Each source whose compiled file is missing or older, with the path it compiles to. */
/**
 * @param {string} packageDir
 * @returns {Array<{ file: string; out: string }>}
 */
export function staleFiles(packageDir) {
  const src = join(packageDir, 'src');
  /** @type {Array<{ file: string; out: string }>} */
  const stale = [];
  for (const file of sources(src)) {
    const out = join(packageDir, 'dist', relative(src, file)).replace(/\.ts$/, '.js');
    if (mtime(out) < mtime(file)) stale.push({ file, out });
  }
  return stale;
}

/**
 * Plain files the build copies as they are (the dashboard's page and modules): each one missing or
 * older in dist/ is copied, so a fresh clone's `pnpm mock` serves the dashboard too.
 * @returns {number} how many were copied
 */
export function copyStaleAssets() {
  const from = join(here, '../src/dashboard');
  const to = join(here, '../dist/dashboard');
  if (!existsSync(from)) return 0;
  let copied = 0;
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (mtime(target) >= mtime(source)) continue;
    mkdirSync(to, { recursive: true });
    copyFileSync(source, target);
    copied += 1;
  }
  return copied;
}

/**
 * The stale files, and the CLI's entry with them when anything is stale: `pnpm build` makes
 * dist/cli.js an entry into the bundle of every module (scripts/bundle-cli.js), which a newer
 * source makes stale too, so the entry is compiled again as tsc writes it, to load the modules
 * themselves until the next `pnpm build`.
 * @param {Array<{ file: string; out: string }>} stale
 * @param {string} packageDir the mock server's
 * @returns {Array<{ file: string; out: string }>}
 */
export function withUnbundledEntry(stale, packageDir) {
  const file = join(packageDir, 'src', 'cli.ts');
  if (stale.length === 0 || stale.some((work) => work.file === file)) return stale;
  return [...stale, { file, out: join(packageDir, 'dist', 'cli.js') }];
}

/** @returns {Promise<number>} */
export async function buildStale() {
  const copied = copyStaleAssets();
  const work = withUnbundledEntry(
    PACKAGES.flatMap((dir) => staleFiles(dir)),
    join(here, '..'),
  );
  if (work.length === 0) return copied;
  // Loaded only when there is work: typescript takes most of a second to load.
  const { default: ts } = await import('typescript');
  const compilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    verbatimModuleSyntax: true,
    sourceMap: false,
  };
  for (const { file, out } of work) {
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions,
      fileName: file,
    });
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, outputText);
  }
  return copied + work.length;
}
