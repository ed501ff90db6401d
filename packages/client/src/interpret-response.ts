import { type OperationId, operationSchemas, TransportError } from '@solarproof/schemas';
import { z } from 'zod';
import type { ApiErrorCode } from './errors/api-error-code.js';
import { InvalidResponseError } from './errors/invalid-response-error.js';
import { ResponseValidationError } from './errors/response-validation-error.js';
import { SolarProofApiError } from './errors/solar-proof-api-error.js';
import { WebhookApiError } from './errors/webhook-api-error.js';
import type { SuccessBody } from './operation-types.js';
import type { Redactor } from './redact.js';
import { describeIssues } from './validation-issue.js';

/** What came back, after the body was parsed as JSON. */
export interface JsonResponse {
  status: number;
  contentType: string | undefined;
  text: string;
  json: unknown;
  /** From `Retry-After`, for a rate-limit error. */
  retryAfterMs?: number | undefined;
}

export interface InterpretContext {
  validate: boolean;
  redact: Redactor;
  url: string;
}

/**
 * Turns a JSON answer into the operation's result or throws the error it stands for. Error bodies
 * are recognised by shape, not only by status, because a PHP API may send an error with HTTP 200.
 * With `validate`, both results and error bodies are checked against the spec.
 *
 * @example
 * interpretResponse('getallcustomers', { status: 200, contentType: 'application/json', text, json: [] },
 *   { validate: true, redact, url }); // []
 */
export function interpretResponse<Id extends OperationId>(
  id: Id,
  response: JsonResponse,
  context: InterpretContext,
): SuccessBody<Id> {
  const op = operationSchemas[id];
  const { json, status } = response;
  const common = { action: op.action, status, url: context.url, redact: context.redact };
  if (isRecord(json) && json.success === false) {
    if (context.validate) check(id, errorSchemaOf(id), response, context);
    return throwError(new WebhookApiError({ ...common, serverMessage: String(json.message ?? '') }));
  }
  if (isRecord(json) && typeof json.code === 'string') {
    if (context.validate) check(id, errorSchemaOf(id), response, context);
    return throwError(
      new SolarProofApiError<Id>({
        ...common,
        code: json.code as ApiErrorCode<Id>,
        serverMessage: typeof json.message === 'string' ? json.message : '',
        retryAfterMs: response.retryAfterMs,
      }),
    );
  }
  const ok = status >= 200 && status < 300;
  if (context.validate) {
    return check(id, ok ? op.responses[200] : errorSchemaOf(id), response, context) as SuccessBody<Id>;
  }
  if (!ok) {
    return throwError(
      new InvalidResponseError({
        ...common,
        contentType: response.contentType,
        body: response.text,
        reason: 'unexpected-json',
      }),
    );
  }
  return json as SuccessBody<Id>;
}

function check(
  id: OperationId,
  schema: z.ZodType,
  response: JsonResponse,
  context: InterpretContext,
): unknown {
  const result = schema.safeParse(response.json);
  if (result.success) return result.data;
  throw new ResponseValidationError({
    action: operationSchemas[id].action,
    status: response.status,
    issues: describeIssues(result.error.issues, response.json),
    url: context.url,
    redact: context.redact,
  });
}

const errorSchemas = new Map<OperationId, z.ZodType>();

/**
 * Every error body an operation may answer: its documented error schemas plus the transport error,
 * whatever the status, because the spec's table lets any action answer a transport code.
 */
function errorSchemaOf(id: OperationId): z.ZodType {
  let schema = errorSchemas.get(id);
  if (!schema) {
    const bodies = Object.entries(operationSchemas[id].responses)
      .filter(([status]) => status !== '200')
      .map(([, body]) => body as z.ZodType);
    const unique = [...new Set([...bodies, TransportError])];
    schema = unique.length === 1 && unique[0] ? unique[0] : z.union(unique as [z.ZodType, z.ZodType]);
    errorSchemas.set(id, schema);
  }
  return schema;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function throwError(error: Error): never {
  throw error;
}
