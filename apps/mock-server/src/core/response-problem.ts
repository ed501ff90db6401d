import type { OperationId, operationSchemas } from '@solarproof/schemas';
import type { z } from 'zod';
import type { MockResponse } from '../core/mock-request.js';

/**
 * What is wrong with `response` by the spec of `operationId`, or null when the spec describes it.
 * Used with `validateResponses`: a response the spec does not describe is a bug of the mock.
 */
export function responseProblem(
  schemas: typeof operationSchemas,
  operationId: OperationId,
  response: MockResponse,
): string | null {
  const responses: Record<number, z.ZodType | undefined> = schemas[operationId].responses;
  const schema = responses[response.status];
  if (!schema) return `${operationId} answered status ${response.status}, which the spec does not describe`;
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    return `${operationId} answered a ${response.status} body that is not JSON`;
  }
  const result = schema.safeParse(body);
  if (result.success) return null;
  return `${operationId} answered a ${response.status} body the spec rejects: ${result.error.message}`;
}
