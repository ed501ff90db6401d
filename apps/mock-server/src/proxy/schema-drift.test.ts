import { Customer, CustomerId, getallcustomers, ProjectCustomer } from '@solarproof/schemas';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type DriftKind, schemaDrift } from './schema-drift.js';

const Item = z.object({
  id: z.string(),
  size: z.number(),
  note: z.string().nullable(),
  tag: z.string().optional(),
});

const cases: Array<[string, { schema: z.ZodType; value: unknown; want: Array<[string, DriftKind]> }]> = [
  ['a matching value has no drift', { schema: Item, value: { id: '1', size: 2, note: null }, want: [] }],
  [
    'an extra key',
    { schema: Item, value: { id: '1', size: 2, note: 'x', more: 1 }, want: [['more', 'extra']] },
  ],
  [
    'a missing key (an optional one may be absent)',
    { schema: Item, value: { id: '1', note: 'x' }, want: [['size', 'missing']] },
  ],
  [
    'a null where the spec has none',
    { schema: Item, value: { id: null, size: 2, note: null }, want: [['id', 'null']] },
  ],
  ['a renamed key', { schema: Item, value: { ID: '1', size: 2, note: null }, want: [['id', 'renamed']] }],
  [
    'a number sent as text',
    { schema: Item, value: { id: '1', size: '6.6', note: null }, want: [['size', 'number-as-string']] },
  ],
  [
    'text sent as a number',
    { schema: Item, value: { id: 1, size: 2, note: null }, want: [['id', 'string-as-number']] },
  ],
  [
    'another type',
    { schema: Item, value: { id: '1', size: true, note: null }, want: [['size', 'wrong-type']] },
  ],
  [
    'array items share one path',
    {
      schema: z.array(Item),
      value: [
        { id: '1', size: 2, note: null, x: 1 },
        { id: '2', size: 2, note: null, x: 2 },
      ],
      want: [
        ['[].x', 'extra'],
        ['[].x', 'extra'],
      ],
    },
  ],
  [
    'a value the enum lacks',
    { schema: Customer.shape.customer_type, value: 'Domestic', want: [['(body)', 'invalid-value']] },
  ],
  [
    'a literal number as text',
    { schema: ProjectCustomer.shape.gstRegistered, value: '1', want: [['(body)', 'number-as-string']] },
  ],
  [
    'a query integer out of range is a wrong value, not text',
    {
      schema: getallcustomers.query,
      value: { action: 'getallcustomers', page: '0' },
      want: [['page', 'invalid-value']],
    },
  ],
  [
    'a query integer in digits matches',
    { schema: getallcustomers.query, value: { action: 'getallcustomers', page: '2' }, want: [] },
  ],
  ['a union accepts any of its options', { schema: CustomerId, value: '70001', want: [] }],
  [
    'a union reports against the option of the same type',
    { schema: CustomerId, value: 'abc', want: [['(body)', 'invalid-value']] },
  ],
];

describe('schemaDrift', () => {
  it.each(cases)('%s', (_name, { schema, value, want }) => {
    expect(schemaDrift(schema, value).map((d) => [d.path, d.kind])).toEqual(want);
  });

  it('gives a masked sample, never the value itself', () => {
    const [drift] = schemaDrift(Item, { id: 'Jane Citizen', size: 2, note: null, tag: 7 });
    expect(drift?.sample).toBe('9');
    expect(schemaDrift(z.object({ a: z.number() }), { a: 'Jane' })[0]?.sample).toBe('"Aaaa"');
  });
});
