import type { z } from 'zod';
import { jsonType, maskSample } from './mask-sample.js';

/** How a value departs from its schema. */
export type DriftKind =
  | 'missing'
  | 'extra'
  | 'renamed'
  | 'null'
  | 'number-as-string'
  | 'string-as-number'
  | 'wrong-type'
  | 'invalid-value'
  /** The answer's status is not one the spec lists for the action. */
  | 'undocumented-status'
  /** The body is not JSON (an HTML error page, a truncated answer). */
  | 'not-json'
  /** The action is not in the spec. */
  | 'undocumented-action'
  /** No answer at all: the upstream was down, too slow or cut the connection. */
  | 'no-answer';

/** One departure at one place. `path` is normalised: array indexes are `[]`, so counts add up per field. */
export interface FieldDrift {
  path: string;
  kind: DriftKind;
  /** What the spec wants there, in words. */
  expected: string;
  /** A masked sample of what arrived (see `maskSample`). */
  sample: string;
}

type Schema = z.ZodType;
interface Def {
  type: string;
  innerType?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  options?: readonly Schema[];
  in?: Schema;
  out?: Schema;
  values?: readonly unknown[];
  entries?: Record<string, unknown>;
}

const defOf = (schema: Schema): Def => (schema as unknown as { def: Def }).def;

/**
 * Every way `value` departs from `schema`: missing, extra and renamed keys, nulls, numbers sent as
 * text and back, other types and values the schema refuses. Walks zod's definitions rather than
 * reading `safeParse` issues because zod drops unknown keys silently and stops a union at its first
 * failure, and the report needs both.
 *
 * @example
 * schemaDrift(z.object({ id: z.string() }), { id: 7, x: 1 });
 * // [{ path: 'id', kind: 'string-as-number', ... }, { path: 'x', kind: 'extra', ... }]
 */
export function schemaDrift(schema: Schema, value: unknown, path = ''): FieldDrift[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
      return value === undefined ? [] : schemaDrift(def.innerType as Schema, value, path);
    case 'nullable':
      return value === null ? [] : schemaDrift(def.innerType as Schema, value, path);
    case 'default':
    case 'catch':
    case 'readonly':
      return schemaDrift(def.innerType as Schema, value, path);
    case 'pipe':
      // A preprocess (a query integer arrives as text) is judged whole before its output schema.
      if (schema.safeParse(value).success) return [];
      {
        // Judge what the preprocess made of the value ("0" became 0), not the text itself.
        const input = (def.in as Schema).safeParse(value);
        return schemaDrift(def.out as Schema, input.success ? input.data : value, path);
      }
  }
  if (value === undefined) return [drift(path, 'missing', describe(schema), value)];
  if (value === null) return [drift(path, 'null', describe(schema), value)];
  switch (def.type) {
    case 'object':
      return objectDrift(def.shape ?? {}, value, path, schema);
    case 'array':
      if (!Array.isArray(value)) return [drift(path, 'wrong-type', 'array', value)];
      return value.flatMap((item) => schemaDrift(def.element as Schema, item, `${path}[]`));
    case 'union':
      return unionDrift(def.options ?? [], value, path, schema);
    default:
      return leafDrift(schema, value, path);
  }
}

function objectDrift(
  shape: Record<string, Schema>,
  value: unknown,
  path: string,
  schema: Schema,
): FieldDrift[] {
  if (jsonType(value) !== 'object') return [drift(path, 'wrong-type', describe(schema), value)];
  const record = value as Record<string, unknown>;
  const out: FieldDrift[] = [];
  const extras = Object.keys(record).filter((key) => !(key in shape));
  const renamedFrom = new Set<string>();
  for (const [key, child] of Object.entries(shape)) {
    const at = join(path, key);
    if (record[key] === undefined && defOf(child).type !== 'optional') {
      // A missing key with an extra one of the same spelling but for case and separators: renamed.
      const twin = extras.find((extra) => !renamedFrom.has(extra) && loose(extra) === loose(key));
      if (twin !== undefined) {
        renamedFrom.add(twin);
        out.push({ path: at, kind: 'renamed', expected: `key "${key}"`, sample: `"${twin}"` });
        out.push(...schemaDrift(child, record[twin], at));
        continue;
      }
    }
    out.push(...schemaDrift(child, record[key], at));
  }
  for (const key of extras) {
    if (!renamedFrom.has(key)) out.push(drift(join(path, key), 'extra', 'no such key', record[key]));
  }
  return out;
}

function unionDrift(options: readonly Schema[], value: unknown, path: string, schema: Schema): FieldDrift[] {
  let best: FieldDrift[] | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const option of options) {
    const found = schemaDrift(option, value, path);
    if (found.length === 0) return [];
    // The option of the value's own type explains it best: a wrong type weighs more than a wrong value.
    const score = found.reduce((sum, d) => sum + (d.kind === 'wrong-type' ? 1.5 : 1), 0);
    if (score < bestScore) {
      best = found;
      bestScore = score;
    }
  }
  // One option of the wrong type entirely says less than "none of these".
  if (best && best.length === 1 && best[0]?.path === path)
    return [{ ...best[0], expected: describe(schema) }];
  return best ?? [drift(path, 'invalid-value', describe(schema), value)];
}

function leafDrift(schema: Schema, value: unknown, path: string): FieldDrift[] {
  if (schema.safeParse(value).success) return [];
  const want = describe(schema);
  const got = jsonType(value);
  const wantsNumber = /^(number|-?[0-9])/.test(want);
  const wantsString = /^(string|")/.test(want);
  const numeric = got === 'string' && (value as string).trim() !== '' && Number.isFinite(Number(value));
  if (wantsNumber && numeric) return [drift(path, 'number-as-string', want, value)];
  if (wantsString && got === 'number') return [drift(path, 'string-as-number', want, value)];
  const sameType =
    (wantsNumber && got === 'number') || (wantsString && got === 'string') || want.startsWith(got);
  return [drift(path, sameType ? 'invalid-value' : 'wrong-type', want, value)];
}

/** The schema in a few words: `string`, `number`, `"A" | "B"`, `object`, ... */
export function describe(schema: Schema): string {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'catch':
      return `${describe(def.innerType as Schema)}${def.type === 'nullable' ? ' or null' : ''}`;
    case 'pipe':
      return describe(def.out as Schema);
    case 'literal':
      return (def.values ?? []).map((v) => JSON.stringify(v)).join(' | ');
    case 'enum':
      return Object.values(def.entries ?? {})
        .map((v) => JSON.stringify(v))
        .join(' | ');
    case 'union':
      return (def.options ?? []).map(describe).join(' or ');
    case 'int':
      return 'number (integer)';
    default:
      return def.type;
  }
}

function drift(path: string, kind: DriftKind, expected: string, value: unknown): FieldDrift {
  return { path: path === '' ? '(body)' : path, kind, expected, sample: maskSample(value) };
}

const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);
const loose = (key: string) => key.toLowerCase().replace(/[_-]/g, '');
