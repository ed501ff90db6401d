import type { z } from 'zod';

/**
 * One clear sentence from the first zod issue, in the docs' wording where they give one
 * ("Required field 'firstname' is missing").
 */
export function validationMessage(error: z.ZodError, where: 'query' | 'body', input: unknown): string {
  const issue = error.issues[0];
  if (!issue) return 'The request is invalid';
  // The body's fields live under `data`; name the field itself, as the docs do.
  const path = issue.path.map(String);
  const field = (where === 'body' && path[0] === 'data' && path.length > 1 ? path.slice(1) : path).join('.');
  const noun = where === 'query' ? 'parameter' : 'field';
  // zod 4 leaves the input out of issues; look the value up to tell "missing" from "wrong".
  if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined) {
    if (field === 'data') return `Required field 'data' is missing: send {"data": {...}}`;
    return `Required ${noun} '${field}' is missing`;
  }
  if (field === '') return `The request body is invalid: ${issue.message}`;
  return `The ${noun} '${field}' is invalid: ${issue.message}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}
