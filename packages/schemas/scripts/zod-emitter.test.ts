import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { dependencyOrder, jsDoc, refName, withDefault, zodOf } from './zod-emitter.js';

/** The emitted source evaluated, so a case can also say what the schema accepts. */
const compile = (source: string): z.ZodType => new Function('z', `return ${source};`)(z);

describe('zodOf', () => {
  test.each([
    ['a string', { given: { type: 'string' }, want: 'z.string()' }],
    ['an email', { given: { type: 'string', format: 'email' }, want: 'z.email()' }],
    ['a date', { given: { type: 'string', format: 'date' }, want: 'z.iso.date()' }],
    [
      'a date-time with an offset',
      { given: { type: 'string', format: 'date-time' }, want: 'z.iso.datetime({ offset: true })' },
    ],
    [
      'a pattern and a minimum length',
      {
        given: { type: 'string', minLength: 1, pattern: '^[0-9]+$' },
        want: 'z.string().min(1).regex(new RegExp("^[0-9]+$"))',
      },
    ],
    [
      'an integer with a minimum',
      { given: { type: 'integer', minimum: 1 }, want: 'z.number().int().min(1)' },
    ],
    [
      'a string with both length bounds',
      { given: { type: 'string', minLength: 1, maxLength: 100 }, want: 'z.string().min(1).max(100)' },
    ],
    [
      'an integer with both bounds',
      {
        given: { type: 'integer', minimum: 1, maximum: 9007199254740991 },
        want: 'z.number().int().min(1).max(9007199254740991)',
      },
    ],
    ['a number', { given: { type: 'number' }, want: 'z.number()' }],
    ['a boolean', { given: { type: 'boolean' }, want: 'z.boolean()' }],
    ['a nullable string', { given: { type: ['string', 'null'] }, want: 'z.string().nullable()' }],
    ['a const', { given: { const: 'getallcustomers' }, want: 'z.literal("getallcustomers")' }],
    ['a string enum', { given: { enum: ['A', 'B'] }, want: 'z.enum(["A","B"])' }],
    ['a $ref', { given: { $ref: '#/components/schemas/Customer' }, want: 'Customer' }],
    [
      'a oneOf',
      {
        given: { oneOf: [{ type: 'number' }, { type: 'string' }] },
        want: 'z.union([z.number(), z.string()])',
      },
    ],
    [
      'an array with bounds',
      {
        given: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 3 },
        want: 'z.array(z.string()).min(1).max(3)',
      },
    ],
    [
      'an object: required bare, optional marked, unknown keys stripped',
      {
        given: {
          type: 'object',
          required: ['a'],
          properties: { a: { type: 'string' }, b: { type: 'number' } },
        },
        want: 'z.object({\n"a": z.string(),\n"b": z.number().optional()\n})',
      },
    ],
    [
      'an object closed by additionalProperties: false',
      {
        given: { type: 'object', properties: {}, additionalProperties: false },
        want: 'z.strictObject({\n\n})',
      },
    ],
    [
      'a property description as a comment above it',
      {
        given: { type: 'object', properties: { a: { type: 'string', description: 'The first name.' } } },
        want: 'z.object({\n/** The first name. */\n"a": z.string().optional()\n})',
      },
    ],
    ['a default', { given: { type: 'integer', default: 1 }, want: 'z.number().int().default(1)' }],
    [
      'a defaulted property without .optional() (the default fills it in)',
      {
        given: {
          type: 'object',
          properties: { type: { enum: ['RESIDENTIAL', 'COMMERCIAL'], default: 'RESIDENTIAL' } },
        },
        want: 'z.object({\n"type": z.enum(["RESIDENTIAL","COMMERCIAL"]).default("RESIDENTIAL")\n})',
      },
    ],
    [
      'description, example and title as documentation only',
      {
        given: { type: 'string', description: 'x', example: 'y', examples: ['z'], title: 't' },
        want: 'z.string()',
      },
    ],
  ])('emits %s', (_name, { given, want }) => {
    expect(zodOf(given, '#/test')).toBe(want);
  });

  test.each([
    [
      'an unknown keyword',
      {
        given: { type: 'number', multipleOf: 5 },
        want: /#\/test: the zod emitter does not handle "multipleOf"/,
      },
    ],
    ['an unknown format', { given: { type: 'string', format: 'uuid' }, want: /unsupported format uuid/ }],
    [
      'two non-null types',
      { given: { type: ['string', 'number'] }, want: /needs exactly one non-null type/ },
    ],
    ['an unknown type', { given: { type: 'tuple' }, want: /unsupported type tuple/ }],
    ['a $ref outside the components', { given: { $ref: '#/paths/x' }, want: /Unsupported \$ref/ }],
  ])('refuses %s instead of dropping it from validation', (_name, { given, want }) => {
    expect(() => zodOf(given, '#/test')).toThrow(want);
  });

  test.each([
    [
      'fills in a default when the field is absent',
      {
        given: { type: 'object', properties: { page: { type: 'integer', default: 1 } } },
        input: {},
        want: { page: 1 },
      },
    ],
    [
      'keeps a given value over the default',
      {
        given: { type: 'object', properties: { page: { type: 'integer', default: 1 } } },
        input: { page: 3 },
        want: { page: 3 },
      },
    ],
    [
      'strips unknown keys of an open object',
      {
        given: { type: 'object', properties: { a: { type: 'string' } } },
        input: { a: 'x', b: 1 },
        want: { a: 'x' },
      },
    ],
  ])('the emitted schema %s', (_name, { given, input, want }) => {
    expect(compile(zodOf(given, '#/test')).parse(input)).toEqual(want);
  });
});

describe('withDefault', () => {
  test.each([
    ['leaves a schema without default alone', { given: { type: 'string' }, want: 'z.string()' }],
    [
      'appends a JSON default',
      { given: { default: 'RESIDENTIAL' }, want: 'z.string().default("RESIDENTIAL")' },
    ],
    ['keeps a falsy default', { given: { default: 0 }, want: 'z.string().default(0)' }],
  ])('%s', (_name, { given, want }) => {
    expect(withDefault('z.string()', given)).toBe(want);
  });
});

describe('jsDoc', () => {
  test.each([
    ['nothing for no description', { given: undefined, want: '' }],
    ['nothing for a blank one', { given: '  \n', want: '' }],
    ['one line as a one-line comment', { given: 'A customer.', want: '/** A customer. */\n' }],
    [
      'several lines as a block, blank lines kept',
      { given: 'One.\n\nTwo.', want: '/**\n * One.\n *\n * Two.\n */\n' },
    ],
    ['a comment terminator escaped', { given: 'a */ b', want: '/** a *\\/ b */\n' }],
    [
      'a long line wrapped at the width',
      { given: 'aaaa bbbb cccc dddd', width: 9, want: '/**\n * aaaa bbbb\n * cccc dddd\n */\n' },
    ],
  ])('%s', (_name, { given, width, want }: { given: string | undefined; width?: number; want: string }) => {
    expect(jsDoc(given, width)).toBe(want);
  });
});

describe('refName and dependencyOrder', () => {
  test.each([
    ['a component name', { given: '#/components/schemas/Customer', want: 'Customer' }],
    ['a name with digits and underscores', { given: '#/components/schemas/Owner_2', want: 'Owner_2' }],
  ])('refName reads %s', (_name, { given, want }) => {
    expect(refName(given)).toBe(want);
  });

  test.each([
    [
      'puts a referenced component first',
      { given: { A: { $ref: '#/components/schemas/B' }, B: { type: 'string' } }, want: ['B', 'A'] },
    ],
    [
      'follows references inside properties and items',
      {
        given: {
          A: {
            type: 'object',
            properties: { b: { type: 'array', items: { $ref: '#/components/schemas/B' } } },
          },
          B: { $ref: '#/components/schemas/C' },
          C: { type: 'string' },
        },
        want: ['C', 'B', 'A'],
      },
    ],
  ])('dependencyOrder %s', (_name, { given, want }) => {
    expect(dependencyOrder(given)).toEqual(want);
  });

  test('dependencyOrder refuses a recursive schema', () => {
    expect(() => dependencyOrder({ A: { $ref: '#/components/schemas/A' } })).toThrow(/Recursive schema A/);
  });
});
