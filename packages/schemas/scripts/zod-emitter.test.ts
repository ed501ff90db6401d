import { describe, expect, test } from 'vitest';
import { zodOf } from './zod-emitter.js';

describe('zodOf', () => {
  test.each([
    [{ type: 'string', minLength: 1, maxLength: 100 }, 'z.string().min(1).max(100)'],
    [{ type: 'string', maxLength: 40 }, 'z.string().max(40)'],
    [
      { type: 'integer', minimum: 1, maximum: 9007199254740991 },
      'z.number().int().min(1).max(9007199254740991)',
    ],
  ])('emits the bounds of %j', (schema, want) => {
    expect(zodOf(schema, '#/test')).toBe(want);
  });
});
