#!/usr/bin/env node
// The bin is this committed file rather than dist/cli.js, so that pnpm can link it at install,
// before anything is built. In the workspace (src/ beside it) it first compiles whatever is stale;
// an installed package ships dist/ and goes straight to it.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (existsSync(new URL('../src/cli.ts', import.meta.url))) {
  const { buildStale } = await import('../scripts/build-stale.js');
  await buildStale();
}
if (!existsSync(cli)) {
  process.stderr.write(
    'solarproof-mock: dist/cli.js is missing: this copy of @solarproof/mock-server was never built\n',
  );
  process.exit(1);
}
await import(cli.href);
