import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { withSwitchTable } from '../src/interpretations/switch-table.js';

const root = join(import.meta.dirname, '..', '..', '..');

it.each(['specs/solarproof.openapi.yaml', 'README.md'])(
  'keeps the interpretation-switch table of %s current (pnpm --filter @solarproof/mock-server switch-table)',
  (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    expect(withSwitchTable(text)).toBe(text);
  },
);
