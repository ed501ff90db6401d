import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { staleFiles, withUnbundledEntry } from '../scripts/build-stale.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fixture(files: Record<string, number>): string {
  dir = mkdtempSync(join(tmpdir(), 'build-stale-'));
  for (const [path, seconds] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, '');
    utimesSync(full, seconds, seconds);
  }
  return dir;
}

describe('staleFiles', () => {
  test('lists a source with no compiled file, or an older one, and nothing else', () => {
    const pkg = fixture({
      'src/fresh.ts': 100,
      'dist/fresh.js': 200,
      'src/edited.ts': 300,
      'dist/edited.js': 200,
      'src/deep/new.ts': 100,
      'src/skip.test.ts': 100,
      'src/types.d.ts': 100,
    });
    expect(
      staleFiles(pkg)
        .map(({ file }) => file.slice(pkg.length + 1))
        .sort(),
    ).toEqual(['src/deep/new.ts', 'src/edited.ts']);
  });
});

describe('withUnbundledEntry', () => {
  const pkg = '/pkg';
  const entry = { file: '/pkg/src/cli.ts', out: '/pkg/dist/cli.js' };

  test('adds the CLI entry to any stale file, so that a stale bundle is never what runs', () => {
    const edited = { file: '/pkg/src/world/seed-world.ts', out: '/pkg/dist/world/seed-world.js' };
    expect(withUnbundledEntry([edited], pkg)).toEqual([edited, entry]);
  });

  test('adds nothing when nothing is stale, or when the entry already is', () => {
    expect(withUnbundledEntry([], pkg)).toEqual([]);
    expect(withUnbundledEntry([entry], pkg)).toEqual([entry]);
  });
});
