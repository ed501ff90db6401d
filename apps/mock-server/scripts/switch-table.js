// Writes the interpretation-switch table into the spec and the README from the built catalogue;
// with --check, fails when either is stale (test/switch-table.test.ts runs the same check).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withSwitchTable } from '../dist/interpretations/switch-table.js';

const root = join(import.meta.dirname, '..', '..', '..');
const files = [join(root, 'specs', 'solarproof.openapi.yaml'), join(root, 'README.md')];
const check = process.argv.includes('--check');
let stale = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const next = withSwitchTable(text);
  if (next === text) continue;
  stale++;
  if (check)
    console.error(
      `${file}: the interpretation-switch table is stale (run pnpm --filter @solarproof/mock-server switch-table)`,
    );
  else writeFileSync(file, next);
}
process.exit(check && stale > 0 ? 1 : 0);
