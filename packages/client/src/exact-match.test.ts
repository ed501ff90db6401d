import { Customer, GetallcustomersResponse, operationSchemas } from '@solarproof/schemas';
import fc from 'fast-check';
import { describe, expect, inject, test } from 'vitest';
import { z } from 'zod';
import { sampleCustomer, samplePage } from '../test/support/sample-customer.js';
import { exactMatchOf } from './exact-match.js';

const runs = (count: number) => ({ numRuns: Math.ceil(count * inject('testScale')) });

/** What the match promises: where it says yes, zod accepts and answers the very same JSON, keys in order. */
function agreesWithZod(schema: z.ZodType, value: unknown): boolean {
  const match = exactMatchOf(schema);
  if (!match?.(value)) return true;
  const result = schema.safeParse(value);
  return result.success && JSON.stringify(result.data) === JSON.stringify(value);
}

const project = {
  project_id: '1640',
  project_title: 'Roof',
  site_address: {
    streetnum: '1',
    street: 'A St',
    suburb: 'B',
    state: 'NSW',
    postcode: '2000',
    country: 'AU',
  },
  solar_panel_quantity: '20',
  solar_panel_type: 'X',
  inverter_quantity: '1',
  inverter_type: 'Y',
  system_size: 6.6,
  proposal_link: '',
};
const note = { datetime: '2020-05-26 10:00:00', note: 'Called' };
const customer = sampleCustomer(1, { customer_notes: [note], projects: [project] });
const { company_name: _dropped, ...withoutCompanyName } = customer;
const { customer_id, ...rest } = customer;

describe('exactMatchOf, the fast path of reading a body zod would answer unchanged', () => {
  test.each<[string, unknown, boolean]>([
    ['a customer as the spec gives it', customer, true],
    ['a customer with no notes and no projects', sampleCustomer(2), true],
    [
      'notes as "" (the legacy reading, I-5): an array option rejects a string by its type',
      { ...customer, customer_notes: '' },
      true,
    ],
    [
      'system_size as a "NN.NNkW" string (I-4)',
      { ...customer, projects: [{ ...project, system_size: '6.6kW' }] },
      true,
    ],
    ['system_size below 0', { ...customer, projects: [{ ...project, system_size: -1 }] }, false],
    [
      'a text that is null (zod rejects it; tolerant reading makes it "")',
      { ...customer, company_name: null },
      false,
    ],
    ['a field left out', withoutCompanyName, false],
    ['a key the spec does not know (zod would drop it)', { ...customer, extra: 1 }, false],
    ['the keys in another order (zod answers them in the spec order)', { ...rest, customer_id }, false],
    ['an id that is not digits', { ...customer, customer_id: 'x1' }, false],
    ['an enum value in another case', { ...customer, customer_type: 'residential' }, false],
    ['an object without a prototype', Object.assign(Object.create(null), customer), false],
  ])('%s', (_name, value, want) => {
    expect(exactMatchOf(Customer)?.(value)).toBe(want);
    expect(agreesWithZod(Customer, value)).toBe(true);
  });

  test('a page of 50 matches and a page of 51 does not (the array checks apply)', () => {
    const match = exactMatchOf(GetallcustomersResponse);
    expect(match?.(samplePage(50))).toBe(true);
    expect(match?.(samplePage(51))).toBe(false);
  });

  test('an optional key left out that the prototype has is read through the prototype, as zod does', () => {
    const schema = z.object({ toString: z.string().optional(), a: z.string() });
    expect(exactMatchOf(schema)?.({ a: 'x' })).toBe(false);
    expect(schema.safeParse({ a: 'x' }).success).toBe(false);
    expect(exactMatchOf(z.object({ b: z.string().optional(), a: z.string() }))?.({ a: 'x' })).toBe(true);
  });

  test('a schema with a transform, a coercion, a format, a refinement or a kept unknown key has no fast path', () => {
    expect(exactMatchOf(z.object({ a: z.string().transform((text) => text.length) }))).toBeUndefined();
    expect(exactMatchOf(z.object({ a: z.coerce.number() }))).toBeUndefined();
    expect(exactMatchOf(z.object({ a: z.email() }))).toBeUndefined();
    expect(exactMatchOf(z.string().refine((text) => text !== 'x'))).toBeUndefined();
    expect(exactMatchOf(z.looseObject({ a: z.string() }))).toBeUndefined();
    expect(exactMatchOf(z.xor([z.string(), z.string().min(1)]))).toBeUndefined();
  });

  test('every success body of a read has a fast path', () => {
    for (const id of [
      'getallcustomers',
      'getcustomerByemail',
      'getcustomerid',
      'getcustomerofproject',
    ] as const) {
      expect(exactMatchOf(operationSchemas[id].responses[200] as z.ZodType), id).toBeDefined();
    }
  });

  test('where it matches a customer changed at random, zod answers that customer unchanged', () => {
    const keys = Object.keys(customer);
    const edit = fc.oneof(
      fc.record({
        kind: fc.constant('set' as const),
        key: fc.constantFrom(...keys, 'extra'),
        value: fc.jsonValue(),
      }),
      fc.record({ kind: fc.constant('drop' as const), key: fc.constantFrom(...keys) }),
      fc.record({ kind: fc.constant('move' as const), key: fc.constantFrom(...keys) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 3 }), (edits) => {
        const value: Record<string, unknown> = structuredClone(customer);
        for (const change of edits) {
          const kept = value[change.key];
          delete value[change.key];
          if (change.kind === 'set') value[change.key] = change.value;
          if (change.kind === 'move' && kept !== undefined) value[change.key] = kept;
        }
        return agreesWithZod(Customer, value) && agreesWithZod(GetallcustomersResponse, [customer, value]);
      }),
      runs(300),
    );
  });

  const anything = fc.jsonValue({ maxDepth: 2 });
  const kinds: [string, z.ZodType, fc.Arbitrary<unknown>][] = [
    [
      'a union of a number with a bound and a patterned string',
      z.union([z.number().min(0), z.string().regex(/^[0-9]+kW$/)]),
      fc.oneof(fc.double(), fc.constantFrom('1kW', '12kW', 'kW', ' 1kW')),
    ],
    [
      'a union whose first option is nullable',
      z.union([z.string().nullable(), z.number()]),
      fc.oneof(fc.string(), fc.constant(null), fc.integer()),
    ],
    [
      'an object with optional and nullable fields',
      z.object({ a: z.string().optional(), b: z.number().int().nullable(), c: z.literal(true) }),
      fc.record(
        {
          a: fc.oneof({ arbitrary: fc.string(), weight: 3 }, anything),
          b: fc.oneof({ arbitrary: fc.integer(), weight: 2 }, fc.constant(null), anything),
          c: fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, anything),
        },
        { requiredKeys: ['b', 'c'] },
      ),
    ],
    [
      'an array of enums of at least one',
      z.array(z.enum(['x', 'y'])).min(1),
      fc.array(fc.oneof(fc.constantFrom('x', 'y', 'X'), anything), { maxLength: 3 }),
    ],
    [
      'a union of arrays and a literal',
      z.union([z.array(z.object({ n: z.number() })), z.literal('')]),
      fc.oneof(
        fc.constantFrom('', ' '),
        fc.array(fc.oneof(fc.record({ n: fc.oneof(fc.double(), anything) }), anything), { maxLength: 3 }),
      ),
    ],
    [
      'a union whose first option would drop a key the second keeps',
      z.union([z.object({ a: z.string() }), z.object({ a: z.string(), b: z.number() })]),
      fc.record({ a: fc.string(), b: fc.integer() }, { requiredKeys: ['a'] }),
    ],
  ];
  test.each(kinds)('where it matches a value under %s, zod answers it unchanged', (_name, schema, near) => {
    let matched = 0;
    fc.assert(
      fc.property(fc.oneof(anything, near), (value) => {
        if (exactMatchOf(schema)?.(value)) matched += 1;
        return agreesWithZod(schema, value);
      }),
      runs(300),
    );
    // The property is about matches: the values tried include some.
    expect(matched).toBeGreaterThan(0);
  });
});
