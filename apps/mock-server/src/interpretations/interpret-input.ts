import type { RegisteredAction } from '../actions/action-registry.js';
import { type JsonBody, readJsonBody } from '../core/read-json-body.js';
import { lenientQuery, lenientWriteBody, readLenientBody } from './lenient-input.js';
import type { Interpretation } from './resolve-interpretation.js';
import { strictWriteProblem } from './strict-input.js';

/** Reads a request body as the reading's input strictness (U-3) says. */
export function readBodyAs(
  interpretation: Interpretation,
  body: string | undefined,
  contentType: string | undefined,
): JsonBody {
  return interpretation.switches['U-3'] === 'lenient-php'
    ? readLenientBody(body, contentType)
    : readJsonBody(body, contentType);
}

/**
 * The query and body the schemas check, after the reading's input strictness (U-3): the lenient
 * reading forgives, the strict one adds its own refusals.
 */
export function interpretInput(
  interpretation: Interpretation,
  registered: RegisteredAction,
  query: Record<string, string>,
  body: unknown,
): { query: Record<string, string>; body: unknown } | { problem: string } {
  const strictness = interpretation.switches['U-3'];
  if (strictness === 'lenient-php') {
    return { query: lenientQuery(query), body: registered.kind === 'write' ? lenientWriteBody(body) : body };
  }
  if (strictness === 'strict' && registered.kind === 'write') {
    const problem = strictWriteProblem(registered.action, body);
    if (problem) return { problem };
  }
  return { query, body };
}
