import type { z } from 'zod';

/** One mismatch between a body and its schema, in words. */
export interface ValidationIssue {
  /** Where in the body, as a JSON path: `$`, `$[0].customer_id`, `$.Customer.uid`. */
  path: string;
  /** What the spec allows there: `string`, `one of "Residential", "Commercial"`, ... */
  expected: string;
  /** What came: `number 71553`, `missing`, `string "17.92 kW"`. */
  received: string;
}

const MAX_VALUE_LENGTH = 60;

/**
 * Turns zod issues into `ValidationIssue`s, reading what came from the body itself (zod does not keep
 * the input by default).
 *
 * @example
 * const result = Customer.safeParse(body);
 * if (!result.success) describeIssues(result.error.issues, body);
 * // [{ path: '$.customer_id', expected: 'string', received: 'number 71553' }]
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], body: unknown): ValidationIssue[] {
  return issues
    .flatMap((issue) => locate(issue, []))
    .map(({ path, expected }) => ({
      path: formatPath(path),
      expected,
      received: describeValue(valueAt(body, path), path.length > 0 && !hasPath(body, path)),
    }));
}

interface Located {
  path: readonly PropertyKey[];
  expected: string;
}

/**
 * Where an issue is and what was expected there. A failed union is reported as precisely as it can
 * be, because "none of 2 forms" at the root helps nobody: branches of the wrong kind altogether
 * (an array branch for an object) are dropped; when every remaining branch failed at one same field
 * it is reported there as "A or B"; otherwise the branch with the fewest issues (the closest) is.
 */
function locate(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]): Located[] {
  const path = [...prefix, ...issue.path];
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) {
    return [{ path, expected: describeExpected(issue) }];
  }
  const wrongKind = (branch: readonly z.core.$ZodIssue[]) =>
    branch.length === 1 && branch[0]?.code === 'invalid_type' && branch[0].path.length === 0;
  const kept = issue.errors.filter((branch) => !wrongKind(branch));
  const branches = kept.length > 0 ? kept : issue.errors;
  const located = branches.map((branch) => branch.flatMap((inner) => locate(inner, path)));
  const single = located.map((branch) => (branch.length === 1 ? branch[0] : undefined));
  const first = single[0];
  if (first && single.every((one) => one && formatPath(one.path) === formatPath(first.path))) {
    const expected = [...new Set(single.map((one) => one?.expected))].join(' or ');
    return [{ path: first.path, expected }];
  }
  const sizes = located.map((branch) => branch.length);
  const fewest = Math.min(...sizes);
  const closest = located.filter((branch) => branch.length === fewest);
  if (closest.length === 1 && closest[0]) return closest[0];
  return [{ path, expected: describeExpected(issue) }];
}

/**
 * A JSON path for a zod path.
 *
 * @example
 * formatPath([0, 'projects', 1, 'system_size']); // '$[0].projects[1].system_size'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${out}.${name}` : `${out}[${JSON.stringify(name)}]`;
  }, '$');
}

function describeExpected(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected;
    case 'invalid_value':
      return `one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'regex' && 'pattern' in issue
        ? `a string matching ${issue.pattern}`
        : issue.format;
    case 'too_big':
      return `${issue.origin} of at most ${String(issue.maximum)}${issue.origin === 'array' ? ' items' : ''}`;
    case 'too_small':
      return `${issue.origin} of at least ${String(issue.minimum)}${issue.origin === 'array' ? ' items' : ''}`;
    case 'invalid_union':
      return `one of ${issue.errors.length} accepted forms (${issue.errors
        .map((branch) => branch.map((inner) => `${formatPath(inner.path)}: ${describeExpected(inner)}`)[0])
        .filter(Boolean)
        .join(' | ')})`;
    default:
      return issue.message;
  }
}

function hasPath(body: unknown, path: readonly PropertyKey[]): boolean {
  let current: unknown = body;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !(key in current)) return false;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return true;
}

function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = body;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * What came, in words, short enough for a log line.
 *
 * @example
 * describeValue(71553, false); // 'number 71553'
 */
export function describeValue(value: unknown, missing: boolean): string {
  if (missing) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `array of ${value.length} items`;
  if (typeof value === 'object') return `object with keys ${truncate(Object.keys(value).join(', '))}`;
  if (typeof value === 'string') return `string ${truncate(JSON.stringify(value))}`;
  return `${typeof value} ${truncate(String(value))}`;
}

function truncate(text: string): string {
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
}
