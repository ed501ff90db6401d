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

/** The query the schema checks under the reading's input strictness (U-3): the lenient reading forgives. */
export function interpretQuery(
  interpretation: Interpretation,
  query: Record<string, string>,
): Record<string, string> {
  return interpretation.switches['U-3'] === 'lenient-php' ? lenientQuery(query) : query;
}

/**
 * The body the schema checks under the reading's input strictness (U-3): the lenient reading
 * forgives, the strict one adds its own refusals. It depends on nothing in the query, so a write
 * asked again with the same query text (`ParsedQueries`) reads only its body again.
 */
export function interpretBody(
  interpretation: Interpretation,
  registered: RegisteredAction,
  body: unknown,
): { body: unknown } | { problem: string } {
  if (registered.kind !== 'write') return { body };
  const strictness = interpretation.switches['U-3'];
  if (strictness === 'lenient-php') return { body: lenientWriteBody(body) };
  if (strictness === 'strict') {
    const problem = strictWriteProblem(registered.action, body);
    if (problem) return { problem };
  }
  return { body };
}
