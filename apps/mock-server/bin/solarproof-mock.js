#!/usr/bin/env node
// The bin is this committed file rather than dist/cli.js, so that pnpm can link it at install,
// before anything is built. In the workspace (scripts/ beside it, which never ships) it first
// compiles whatever is stale; an installed package ships dist/ and goes straight to it.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
const builder = new URL('../scripts/build-stale.js', import.meta.url);
if (existsSync(builder)) {
  const { buildStale } = await import(builder.href);
  await buildStale();
}
if (!existsSync(cli)) {
  process.stderr.write(
    'solarproof-mock: dist/cli.js is missing: this copy of @solarproof/mock-server was never built\n',
  );
  process.exit(1);
}
await import(cli.href);
