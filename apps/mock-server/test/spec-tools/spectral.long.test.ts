import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = join(import.meta.dirname, '..', '..');

describe('spectral:oas', () => {
  it('finds no warning in the canonical spec or the artifact beyond those .spectral.yaml explains', () => {
    const out = execFileSync(
      join(pkg, 'node_modules', '.bin', 'spectral'),
      [
        'lint',
        '--ruleset',
        '../../.spectral.yaml',
        '--fail-severity',
        'warn',
        '../../specs/solarproof.openapi.yaml',
        '../../specs/generated/solarproof.prism.openapi.yaml',
      ],
      { cwd: pkg, encoding: 'utf8' },
    );
    expect(out).toContain("No results with a severity of 'warn' or higher found!");
  });
});
