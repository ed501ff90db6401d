import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { staleFiles } from './stale-files.js';

const rendered = {
  'src/generated/openapi.ts': '// Generated\nexport interface paths {}\n',
  'src/generated/zod.ts': '// Generated\nexport const a = z.string();\n',
};

/** A package directory holding `files`. */
function packageWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'solarproof-stale-'));
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, relative)), { recursive: true });
    writeFileSync(join(dir, relative), content);
  }
  return dir;
}

describe('staleFiles (generate --check)', () => {
  test.each([
    ['finds nothing when every file is what the spec renders', { given: rendered, want: [] }],
    [
      'finds a hand edit of the generated zod',
      {
        given: {
          ...rendered,
          'src/generated/zod.ts': rendered['src/generated/zod.ts'].replace('string', 'number'),
        },
        want: ['src/generated/zod.ts'],
      },
    ],
    [
      'finds a line added at the end',
      {
        given: { ...rendered, 'src/generated/openapi.ts': `${rendered['src/generated/openapi.ts']}// x\n` },
        want: ['src/generated/openapi.ts'],
      },
    ],
    [
      'finds a missing file',
      {
        given: { 'src/generated/zod.ts': rendered['src/generated/zod.ts'] },
        want: ['src/generated/openapi.ts'],
      },
    ],
  ])('%s', async (_name, { given, want }) => {
    expect(await staleFiles(packageWith(given), rendered)).toEqual(want);
  });
});
