import { type OperationId, operationSchemas, TransportError } from '@solarproof/schemas';
import { z } from 'zod';
import type { Drift, ValidationMode } from './client-options.js';
import type { ApiErrorCode } from './errors/api-error-code.js';
import { InvalidResponseError } from './errors/invalid-response-error.js';
import { ResponseValidationError } from './errors/response-validation-error.js';
import { SolarProofApiError } from './errors/solar-proof-api-error.js';
import { WebhookApiError } from './errors/webhook-api-error.js';
import { exactMatchOf } from './exact-match.js';
import type { SuccessBody } from './operation-types.js';
import { reconcileBody } from './reconcile-body.js';
import type { Redactor } from './redact.js';
import { describeIssues, describeValue, type ValidationIssue } from './validation-issue.js';

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
  mode: ValidationMode;
  onDrift: (drift: Drift) => void;
  redact: Redactor;
  url: string;
}

/**
 * Error codes an action may answer under a documented reading although its own page does not list
 * them: updatecustomer rejecting a duplicate email (I-24) with createcustomer's code, since that is
 * the code the docs give the rule (the mock's `rejected` reading answers INVALID_PARAMETERS, which
 * update lists). Tolerant mode takes them silently.
 */
const EXTRA_DOCUMENTED_CODES: Partial<Record<OperationId, readonly string[]>> = {
  updatecustomer: ['DUPLICATE_EMAIL'],
  updatecustomer_put: ['DUPLICATE_EMAIL'],
};

/**
 * Turns a JSON answer into the operation's result or throws the error it stands for. Error bodies
 * are recognised by shape, not by status, because a PHP API may send an error with HTTP 200 (or
 * every error with 400). `mode` decides how bodies are checked against the spec: see
 * `ClientOptions.validate`.
 *
 * @example
 * interpretResponse('getallcustomers', { status: 200, contentType: 'application/json', text, json: [] },
 *   { mode: 'tolerant', onDrift: console.warn, redact, url }); // []
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
    const body = checkBody(id, errorSchemaOf(id), response, context) as { message?: unknown };
    return throwError(new WebhookApiError({ ...common, serverMessage: textOf(body.message) }));
  }
  if (isRecord(json) && typeof json.code === 'string') {
    const body = checkErrorBody(id, response, context);
    return throwError(
      new SolarProofApiError<Id>({
        ...common,
        code: body.code as ApiErrorCode<Id>,
        serverMessage: textOf(body.message),
        retryAfterMs: response.retryAfterMs,
      }),
    );
  }
  const ok = status >= 200 && status < 300;
  if (context.mode === 'strict') {
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
  return checkBody(id, op.responses[200], response, context) as SuccessBody<Id>;
}

/** The body as the mode takes it: checked strictly, reconciled tolerantly, or as it came. */
function checkBody(id: OperationId, schema: z.ZodType, response: JsonResponse, context: InterpretContext) {
  if (context.mode === 'strict') return check(id, schema, response, context);
  if (context.mode === 'off') return response.json;
  const { value, drifts, fatal } = reconcileBody(schema, response.json);
  if (fatal.length > 0) throw validationError(id, fatal, response, context);
  report(id, drifts, context);
  return value;
}

/**
 * An error body, tolerantly: any code is kept (a code the spec does not know for the action is
 * drift, not a reason to hide the error the API meant), and a message that is not text becomes "".
 */
function checkErrorBody(id: OperationId, response: JsonResponse, context: InterpretContext) {
  const json = response.json as { code: string; message?: unknown };
  if (context.mode !== 'tolerant') {
    checkBody(id, errorSchemaOf(id), response, context);
    return json;
  }
  const known = new Set<string>([
    ...operationSchemas[id].errorCodes,
    ...TransportError.shape.code.options,
    ...(EXTRA_DOCUMENTED_CODES[id] ?? []),
  ]);
  const drifts: ValidationIssue[] = [];
  if (!known.has(json.code)) {
    drifts.push({
      path: '$.code',
      expected: `one of ${[...known].map((code) => JSON.stringify(code)).join(', ')}`,
      received: describeValue(json.code, false),
    });
  }
  if (typeof json.message !== 'string' && json.message !== null) {
    drifts.push({
      path: '$.message',
      expected: 'string',
      received: describeValue(json.message, !('message' in json)),
    });
  }
  report(id, drifts, context);
  return json;
}

function report(id: OperationId, drifts: readonly ValidationIssue[], context: InterpretContext): void {
  const action = operationSchemas[id].action;
  for (const drift of drifts) {
    context.onDrift({
      action,
      path: context.redact(drift.path),
      expected: context.redact(drift.expected),
      received: context.redact(drift.received),
    });
  }
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function check(
  id: OperationId,
  schema: z.ZodType,
  response: JsonResponse,
  context: InterpretContext,
): unknown {
  if (exactMatchOf(schema)?.(response.json)) return response.json;
  const result = schema.safeParse(response.json);
  if (result.success) return result.data;
  throw validationError(id, describeIssues(result.error.issues, response.json), response, context);
}

function validationError(
  id: OperationId,
  issues: readonly ValidationIssue[],
  response: JsonResponse,
  context: InterpretContext,
): ResponseValidationError {
  return new ResponseValidationError({
    action: operationSchemas[id].action,
    status: response.status,
    issues,
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
