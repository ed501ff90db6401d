import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { componentSchemas, operationSchemas } from '../src/index.js';

const spec = parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'specs', 'solarproof.openapi.yaml'), 'utf8'),
);
type Named = keyof typeof componentSchemas;

const componentExamples = Object.entries(spec.components.schemas as Record<string, { example?: unknown }>)
  .filter(([, schema]) => schema.example !== undefined)
  .map(([name, schema]) => [name as Named, schema.example] as const);

/** Media-type examples of success responses, by operationId. */
type SpecOperation = {
  operationId: keyof typeof operationSchemas;
  responses?: Record<string, { content?: Record<string, { example?: unknown }> }>;
};
const responseExamples = Object.values(spec.paths as Record<string, Record<string, SpecOperation>>).flatMap(
  (item) =>
    Object.values(item).flatMap((op) => {
      const media = op.responses?.['200']?.content?.['application/json'];
      return media?.example === undefined ? [] : [[op.operationId, media.example] as const];
    }),
);

describe('the examples written in the spec', () => {
  test('exist, so this check has something to check', () => {
    expect(componentExamples.length).toBeGreaterThan(5);
    expect(responseExamples.length).toBeGreaterThan(0);
  });

  for (const [name, example] of componentExamples) {
    test(`the ${name} example validates against ${name}`, () => {
      expect(componentSchemas[name].safeParse(example).error?.issues ?? []).toEqual([]);
    });
  }

  for (const [operationId, example] of responseExamples) {
    test(`the ${operationId} success example validates`, () => {
      expect(operationSchemas[operationId].responses[200].safeParse(example).error?.issues ?? []).toEqual([]);
    });
  }
});
