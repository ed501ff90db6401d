import type { z } from 'zod';
import { exactMatchOf } from './exact-match.js';
import { describeIssues, describeValue, formatPath, type ValidationIssue } from './validation-issue.js';

/** A body brought into its schema's shape, with what had to change on the way. */
export interface Reconciled {
  /** The body in the documented shape (meaningful only when `fatal` is empty). */
  value: unknown;
  /** Deviations that were not a documented reading but could still be used. */
  drifts: ValidationIssue[];
  /** Deviations that leave a value unusable. */
  fatal: ValidationIssue[];
}

/** The parts of a zod v4 definition the walk reads. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: readonly z.ZodType[];
  innerType?: z.ZodType;
  values?: readonly unknown[];
  entries?: Record<string, string>;
}

interface Walk {
  root: unknown;
  drifts: ValidationIssue[];
  fatal: ValidationIssue[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const MISSING = Symbol('missing');

/**
 * Reads a body the way `'tolerant'` validation does: whatever the schema accepts passes unchanged;
 * the documented readings of an unset value (`null` for a text, `null` for an empty list) become the
 * documented `""` and `[]` silently; a value of the wrong JSON type that still means one thing (a
 * number sent as text, `"1"` for `1`, a differently cased enum, a missing text) is converted and
 * reported as drift; anything else is fatal. Schema-driven, so it follows the spec as it changes.
 *
 * @example
 * reconcileBody(GetallcustomersResponse, [{ ...customer, company_name: null }]).value[0].company_name; // ''
 */
export function reconcileBody(schema: z.ZodType, body: unknown): Reconciled {
  const walk: Walk = { root: body, drifts: [], fatal: [] };
  const value = visit(schema, body, [], walk);
  return { value, drifts: walk.drifts, fatal: walk.fatal };
}

function visit(schema: z.ZodType, value: unknown, path: PropertyKey[], walk: Walk): unknown {
  // What zod would answer unchanged is the answer, without zod's copy of it.
  if (exactMatchOf(schema)?.(value)) return value;
  const quick = schema.safeParse(value === MISSING ? undefined : value);
  if (quick.success) return quick.data;
  const def = defOf(schema);
  switch (def.type) {
    case 'nullable':
    case 'optional':
      return def.innerType ? visit(def.innerType, value, path, walk) : fail(schema, value, path, walk);
    case 'object':
      return visitObject(schema, def, value, path, walk);
    case 'array':
      return visitArray(schema, def, value, path, walk);
    case 'union':
      return visitUnion(schema, def, value, path, walk);
    default:
      return visitLeaf(schema, def, value, path, walk);
  }
}

function visitObject(schema: z.ZodType, def: Def, value: unknown, path: PropertyKey[], walk: Walk) {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail(schema, value, path, walk);
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(def.shape ?? {})) {
    const child = key in record ? record[key] : MISSING;
    const visited = visit(field, child, [...path, key], walk);
    if (visited !== undefined) out[key] = visited;
  }
  return out;
}

function visitArray(schema: z.ZodType, def: Def, value: unknown, path: PropertyKey[], walk: Walk) {
  if (value === null) return [];
  if (value === MISSING) return drift([], 'array', value, path, walk);
  if (!Array.isArray(value) || !def.element) return fail(schema, value, path, walk);
  const element = def.element;
  return value.map((item, index) => visit(element, item, [...path, index], walk));
}

/** The branch that fits with nothing fatal and the fewest drifts; else the union's own issues. */
function visitUnion(schema: z.ZodType, def: Def, value: unknown, path: PropertyKey[], walk: Walk) {
  let best: { value: unknown; drifts: ValidationIssue[] } | undefined;
  for (const option of def.options ?? []) {
    const trial: Walk = { root: walk.root, drifts: [], fatal: [] };
    const visited = visit(option, value, path, trial);
    if (trial.fatal.length === 0 && (!best || trial.drifts.length < best.drifts.length)) {
      best = { value: visited, drifts: trial.drifts };
    }
  }
  if (!best) return fail(schema, value, path, walk);
  walk.drifts.push(...best.drifts);
  return best.value;
}

function visitLeaf(schema: z.ZodType, def: Def, value: unknown, path: PropertyKey[], walk: Walk) {
  // `null` for an unset text is one of the documented readings (issue #9): no drift.
  if (value === null && def.type === 'string') return '';
  const converted = convert(def, value === MISSING ? undefined : value);
  if (converted === undefined) return fail(schema, value, path, walk);
  const parsed = schema.safeParse(converted);
  if (!parsed.success) return fail(schema, value, path, walk);
  return drift(parsed.data, expectedOf(schema, value, path, walk), value, path, walk);
}

/** A value of the wrong JSON type that still means one thing, in the type the schema wants. */
function convert(def: Def, value: unknown): unknown {
  switch (def.type) {
    case 'string':
      if (value === undefined) return '';
      return typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
    case 'number':
      return typeof value === 'string' && /^\s*-?[0-9]+(\.[0-9]+)?\s*$/.test(value)
        ? Number(value)
        : undefined;
    case 'literal':
      return (def.values ?? []).find((allowed) => sameValue(allowed, value));
    case 'enum':
      return Object.values(def.entries ?? {}).find((allowed) => sameValue(allowed, value));
    default:
      return undefined;
  }
}

/** `"1"` means `1`, `true` means `1`, `"residential"` means `"Residential"`. */
function sameValue(allowed: unknown, value: unknown): boolean {
  if (typeof allowed === 'number') {
    if (typeof value === 'boolean') return allowed === (value ? 1 : 0);
    return typeof value === 'string' && value.trim() !== '' && Number(value) === allowed;
  }
  return (
    typeof allowed === 'string' &&
    typeof value === 'string' &&
    allowed.toLowerCase() === value.trim().toLowerCase()
  );
}

function drift<T>(result: T, expected: string, value: unknown, path: PropertyKey[], walk: Walk): T {
  walk.drifts.push({ path: formatPath(path), expected, received: received(value) });
  return result;
}

function fail(schema: z.ZodType, value: unknown, path: PropertyKey[], walk: Walk): unknown {
  walk.fatal.push(...issuesAt(schema, value, path, walk));
  return value === MISSING ? undefined : value;
}

function expectedOf(schema: z.ZodType, value: unknown, path: PropertyKey[], walk: Walk): string {
  return issuesAt(schema, value, path, walk)[0]?.expected ?? 'the documented form';
}

function issuesAt(schema: z.ZodType, value: unknown, path: PropertyKey[], walk: Walk): ValidationIssue[] {
  const result = schema.safeParse(value === MISSING ? undefined : value);
  if (result.success) return [];
  const issues = result.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }));
  return describeIssues(issues as typeof result.error.issues, walk.root);
}

function received(value: unknown): string {
  return value === MISSING ? 'missing' : describeValue(value, false);
}
