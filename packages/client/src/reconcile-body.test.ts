import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { reconcileBody } from './reconcile-body.js';

const Row = z.object({
  id: z.string().regex(/^[0-9]+$/),
  name: z.string(),
  uid: z.string().nullable(),
  flag: z.literal([0, 1]),
  kind: z.enum(['Residential', 'Commercial']),
  size: z.union([z.number().min(0), z.string().regex(/^[0-9]+(\.[0-9]+)?kW$/)]),
  notes: z.union([z.array(z.string()), z.literal('')]),
  count: z.number().int(),
});
const base = { id: '1', name: 'A', uid: null, flag: 0, kind: 'Residential', size: 2.24, notes: [], count: 3 };

type Want = { value?: Record<string, unknown>; drift?: string[]; fatal?: string[] };
const rows: [string, { given: Record<string, unknown>; want: Want }][] = [
  ['a body the schema accepts passes unchanged', { given: {}, want: { value: {} } }],
  [
    'null for an unset text is the documented "" without drift',
    { given: { name: null }, want: { value: { name: '' } } },
  ],
  ['null for an empty list is [] without drift', { given: { notes: null }, want: { value: { notes: [] } } }],
  ['both system size forms pass', { given: { size: '17.92kW' }, want: { value: { size: '17.92kW' } } }],
  [
    'a number sent as text becomes the number',
    { given: { count: '3' }, want: { value: { count: 3 }, drift: ['$.count'] } },
  ],
  [
    'a text sent as a number becomes the text',
    { given: { id: 7 }, want: { value: { id: '7' }, drift: ['$.id'] } },
  ],
  ['true means the literal 1', { given: { flag: true }, want: { value: { flag: 1 }, drift: ['$.flag'] } }],
  [
    'an enum in another case becomes its spelling',
    { given: { kind: ' commercial' }, want: { value: { kind: 'Commercial' }, drift: ['$.kind'] } },
  ],
  [
    'a missing text becomes ""',
    { given: { name: undefined }, want: { value: { name: '' }, drift: ['$.name'] } },
  ],
  ['an unknown enum value is fatal', { given: { kind: 'Industrial' }, want: { fatal: ['$.kind'] } }],
  ['a text that breaks its pattern is fatal', { given: { id: 'abc' }, want: { fatal: ['$.id'] } }],
  ['a size in neither form is fatal', { given: { size: '17.92 kilowatts' }, want: { fatal: ['$.size'] } }],
  ['a missing number is fatal', { given: { count: undefined }, want: { fatal: ['$.count'] } }],
];

describe('reconcileBody', () => {
  test.each(rows)('%s', (_name, { given, want }) => {
    const body: Record<string, unknown> = { ...base, ...given };
    for (const [key, value] of Object.entries(given)) if (value === undefined) delete body[key];
    const result = reconcileBody(Row, body);
    expect(result.fatal.map((issue) => issue.path)).toEqual(want.fatal ?? []);
    expect(result.drifts.map((issue) => issue.path)).toEqual(want.drift ?? []);
    if (want.value) expect(result.value).toEqual({ ...base, ...want.value });
  });

  test('a drift says what was expected and what came', () => {
    expect(reconcileBody(Row, { ...base, count: '3' }).drifts).toEqual([
      { path: '$.count', expected: 'number', received: 'string "3"' },
    ]);
  });

  test('items of a list are reconciled one by one, with their index in the path', () => {
    const result = reconcileBody(z.array(Row), [base, { ...base, name: null, count: '4' }]);
    expect(result.fatal).toEqual([]);
    expect(result.drifts.map((issue) => issue.path)).toEqual(['$[1].count']);
    expect((result.value as { name: string }[])[1]?.name).toBe('');
  });
});
