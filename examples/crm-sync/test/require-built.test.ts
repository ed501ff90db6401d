import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { missingBuilds } from '../../../scripts/require-built-workspace-deps.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (path: string, json: unknown) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, JSON.stringify(json));
};

test('names a workspace dependency whose exports point at dist files not built yet, until they are', () => {
  dir = mkdtempSync(join(tmpdir(), 'require-built-'));
  write(join(dir, 'package.json'), { dependencies: { '@x/lib': 'workspace:*', zod: '^4.0.0' } });
  const lib = join(dir, 'node_modules', '@x', 'lib');
  write(join(lib, 'package.json'), {
    exports: { '.': { types: './dist/index.d.ts', require: './cjs/error.cjs', default: './dist/index.js' } },
  });
  expect(missingBuilds(dir)).toEqual(['@x/lib']);
  write(join(lib, 'dist', 'index.js'), {});
  write(join(lib, 'dist', 'index.d.ts'), {});
  expect(missingBuilds(dir)).toEqual([]);
});
