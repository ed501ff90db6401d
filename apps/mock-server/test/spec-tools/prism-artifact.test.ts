import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repo = join(import.meta.dirname, '..', '..', '..', '..');
const script = join(import.meta.dirname, '..', '..', 'scripts', 'generate-prism-spec.js');
const artifact = join(repo, 'specs', 'generated', 'solarproof.prism.openapi.yaml');

describe('the generated one-path artifact', () => {
  it('is what the generator makes of the canonical spec now (generate --check)', () => {
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('has one path with no query in it, and action as an enum query parameter of every operation', () => {
    const doc = parse(readFileSync(artifact, 'utf8'));
    expect(Object.keys(doc.paths)).toEqual(['/apidata.php']);
    const item = doc.paths['/apidata.php'];
    expect(Object.keys(item)).toEqual(['get', 'post', 'put', 'delete']);
    expect(item.get.parameters[0]).toMatchObject({ name: 'action', in: 'query', required: true });
    expect(item.get.parameters[0].schema.enum).toEqual([
      'getallcustomers',
      'getcustomerByemail',
      'getcustomerid',
      'getcustomerofproject',
    ]);
    expect(Object.keys(item.post['x-solarproof-actions'])).toContain('subscribe_customer');
    expect(doc.info.description).toMatch(/What this shape gives up/);
  });
});
