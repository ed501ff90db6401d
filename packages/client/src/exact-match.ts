import type { z } from 'zod';

/** True only when `schema.safeParse(value)` succeeds with data equal to `value` itself, key order included. */
export type ExactMatch = (value: unknown) => boolean;

/** The parts of a zod v4 definition (and of its checks' definitions) a match reads. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  options?: readonly z.ZodType[];
  innerType?: z.ZodType;
  /** A union's: `false` for one that wants exactly one option to accept (`z.xor`). */
  inclusive?: boolean;
  discriminator?: string;
  checks?: readonly { _zod: { def: CheckDef } }[];
  coerce?: boolean;
  format?: string;
}

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
/** The set an enum or literal checks a value against, as zod does. */
const valuesOf = (schema: z.ZodType): ReadonlySet<unknown> | undefined =>
  (schema as unknown as { _zod: { values?: ReadonlySet<unknown> } })._zod.values;
const compiled = new WeakMap<z.ZodType, ExactMatch | null>();

/**
 * A match for the body as it came, for the client's fast path: where it says yes, zod would answer
 * a copy equal to the body, so the body is the result and zod's copy (about a third of the CPU of
 * reading a page after `JSON.parse`) is not made. Where it says no, the caller asks zod. Built from
 * the schema's definition, for the kinds the spec's responses use (objects that strip unknown keys,
 * arrays, strings, numbers, enums, literals, unions, nullable and optional) and the checks they
 * carry (lengths, bounds, patterns, whole numbers); `undefined` for a schema with anything else
 * (a transform, a coercion, a format): that schema always goes to zod.
 *
 * @example
 * const match = exactMatchOf(GetallcustomersResponse);
 * const page = match?.(json) ? json : GetallcustomersResponse.parse(json);
 */
export function exactMatchOf(schema: z.ZodType): ExactMatch | undefined {
  let match = compiled.get(schema);
  if (match === undefined) {
    match = compile(schema) ?? null;
    compiled.set(schema, match);
  }
  return match ?? undefined;
}

function compile(schema: z.ZodType): ExactMatch | undefined {
  const def = defOf(schema);
  const checks = checksOf(def);
  if (checks === undefined) return undefined;
  const withChecks = (typed: ExactMatch): ExactMatch => {
    if (checks.length === 0) return typed;
    const [only] = checks;
    if (checks.length === 1 && only) return (value) => typed(value) && only(value);
    return (value) => {
      if (!typed(value)) return false;
      for (let index = 0; index < checks.length; index += 1)
        if (!(checks[index] as ExactMatch)(value)) return false;
      return true;
    };
  };
  switch (def.type) {
    case 'string':
      if (def.coerce || def.format !== undefined) return undefined;
      return withChecks((value) => typeof value === 'string');
    case 'number':
      if (def.coerce || def.format !== undefined) return undefined;
      return withChecks((value) => typeof value === 'number' && Number.isFinite(value));
    case 'enum':
    case 'literal': {
      const allowed = valuesOf(schema);
      return allowed && withChecks((value) => allowed.has(value));
    }
    case 'nullable':
    case 'optional': {
      const inner = def.innerType && compile(def.innerType);
      if (!inner) return undefined;
      const empty = def.type === 'nullable' ? null : undefined;
      return withChecks((value) => value === empty || inner(value));
    }
    case 'array':
      return compileArray(def, withChecks);
    case 'object':
      return compileObject(def, withChecks);
    case 'union':
      return compileUnion(def, withChecks);
    default:
      return undefined;
  }
}

function compileArray(def: Def, withChecks: (typed: ExactMatch) => ExactMatch): ExactMatch | undefined {
  const element = def.element && compile(def.element);
  if (!element) return undefined;
  return withChecks((value) => {
    if (!Array.isArray(value)) return false;
    for (let index = 0; index < value.length; index += 1) if (!element(value[index])) return false;
    return true;
  });
}

/**
 * zod answers a new plain object with the shape's keys in the shape's order (an optional key left
 * out stays out) and drops any other key: the body is that object only when its own keys are the
 * shape's, in that order, on a plain object (zod reads a key left out through the prototype too).
 */
function compileObject(def: Def, withChecks: (typed: ExactMatch) => ExactMatch): ExactMatch | undefined {
  if (def.catchall !== undefined || !def.shape) return undefined;
  const keys: string[] = [];
  const matches: ExactMatch[] = [];
  const optional: boolean[] = [];
  // A field that is any string is tested in place: most fields of a customer are.
  const anyString: boolean[] = [];
  for (const [key, field] of Object.entries(def.shape)) {
    const match = compile(field);
    if (!match) return undefined;
    const fieldDef = defOf(field);
    keys.push(key);
    matches.push(match);
    optional.push(fieldDef.type === 'optional');
    anyString.push(
      fieldDef.type === 'string' &&
        (fieldDef.checks ?? []).length === 0 &&
        !fieldDef.coerce &&
        fieldDef.format === undefined,
    );
  }
  const count = keys.length;
  return withChecks((value) => {
    if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype)
      return false;
    const record = value as Record<string, unknown>;
    // The own keys in order (a plain object's prototype has no enumerable keys), against the shape's.
    let field = 0;
    for (const key in record) {
      while (field < count && keys[field] !== key) {
        // Only an optional field may be left out, and only when not even the prototype has it.
        if (!optional[field] || (keys[field] as string) in record) return false;
        field += 1;
      }
      if (field === count) return false;
      const item = record[key];
      if (anyString[field] ? typeof item !== 'string' : !(matches[field] as ExactMatch)(item)) return false;
      field += 1;
    }
    for (; field < count; field += 1) if (!optional[field] || (keys[field] as string) in record) return false;
    return true;
  });
}

/**
 * zod answers the first option that accepts the value, so the body is the answer when an option
 * matches it exactly and every option before it rejects the value for its type alone.
 */
function compileUnion(def: Def, withChecks: (typed: ExactMatch) => ExactMatch): ExactMatch | undefined {
  // A discriminated union picks its option by a key, and `z.xor` wants no other option to accept.
  if (def.inclusive === false || def.discriminator !== undefined) return undefined;
  const options: { match: ExactMatch; rejects: (value: unknown) => boolean }[] = [];
  for (const option of def.options ?? []) {
    const match = compile(option);
    if (!match) return undefined;
    options.push({ match, rejects: typeRejection(option) });
  }
  return withChecks((value) => {
    for (const option of options) {
      if (option.match(value)) return true;
      if (!option.rejects(value)) return false;
    }
    return false;
  });
}

/** True where the schema rejects a value by its JSON type alone, whatever its checks; false where unsure. */
function typeRejection(schema: z.ZodType): (value: unknown) => boolean {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return (value) => typeof value !== 'string';
    case 'number':
      return (value) => typeof value !== 'number';
    case 'array':
      return (value) => !Array.isArray(value);
    case 'object':
      return (value) => typeof value !== 'object' || value === null || Array.isArray(value);
    case 'enum':
    case 'literal': {
      const allowed = valuesOf(schema);
      return allowed ? (value) => !allowed.has(value) : () => false;
    }
    default:
      return () => false;
  }
}

/** The schema's checks as matches, or `undefined` when one is of a kind not matched here. */
function checksOf(def: Def): ExactMatch[] | undefined {
  const checks: ExactMatch[] = [];
  for (const { _zod } of def.checks ?? []) {
    const check = checkOf(_zod.def);
    if (!check) return undefined;
    checks.push(check);
  }
  return checks;
}

function checkOf(check: CheckDef): ExactMatch | undefined {
  const { minimum, maximum, value: bound, pattern } = check;
  switch (check.check) {
    case 'min_length':
      return minimum === undefined ? undefined : (value) => lengthOf(value) >= minimum;
    case 'max_length':
      return maximum === undefined ? undefined : (value) => lengthOf(value) <= maximum;
    case 'greater_than':
      if (bound === undefined) return undefined;
      return check.inclusive ? (value) => (value as number) >= bound : (value) => (value as number) > bound;
    case 'less_than':
      if (bound === undefined) return undefined;
      return check.inclusive ? (value) => (value as number) <= bound : (value) => (value as number) < bound;
    case 'number_format':
      return check.format === 'safeint' ? (value) => Number.isSafeInteger(value) : undefined;
    case 'string_format':
      if (check.format !== 'regex' || !pattern) return undefined;
      // As zod does: a pattern with the `g` or `y` flag keeps a position between tests.
      return (value) => {
        pattern.lastIndex = 0;
        return pattern.test(value as string);
      };
    default:
      return undefined;
  }
}

function lengthOf(value: unknown): number {
  return (value as { length: number }).length;
}
