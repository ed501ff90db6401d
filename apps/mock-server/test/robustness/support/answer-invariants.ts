import { type ErrorCode, errorCodeTable, operationSchemas, TransportError } from '@solarproof/schemas';
import type { z } from 'zod';
import {
  actionOf,
  HEADER_BYTES_THAT_MAY_OVERFLOW,
  type HostileRequest,
  headerBytes,
} from './hostile-requests.js';

/** An answer as either transport saw it. */
export interface SeenAnswer {
  status: number;
  contentType: string | undefined;
  allow: string | undefined;
  text: string;
  /** False for HEAD over HTTP, where no body comes. */
  hasBody: boolean;
}

const statusOfCode = new Map<string, number>(errorCodeTable.map((row) => [row.code, row.status]));
const operations = Object.values(operationSchemas);
const knownActions = new Set<string>(operations.map((op) => op.action));

const isApiError = (json: unknown): json is { code: string; message: string } =>
  typeof json === 'object' &&
  json !== null &&
  !Array.isArray(json) &&
  typeof (json as { code?: unknown }).code === 'string' &&
  typeof (json as { message?: unknown }).message === 'string' &&
  Object.keys(json).length === 2;

/**
 * What is wrong with the answer to `request`, or null when it is one the spec documents: a known
 * action with an allowed method answers a body its operation's schema for that status accepts; any
 * other request answers the `{code, message}` transport error at its table status. Never a 5xx and
 * never a 429: this run injects nothing.
 */
export function answerProblem(request: HostileRequest, answer: SeenAnswer): string | null {
  const { status } = answer;
  if (status >= 500) return `answered ${status}: ${answer.text.slice(0, 300)}`;
  if (status === 429) return 'answered 429 though no fault was injected';

  let json: unknown;
  if (answer.hasBody) {
    if (!answer.contentType?.startsWith('application/json')) return `content-type ${answer.contentType}`;
    try {
      json = JSON.parse(answer.text);
    } catch {
      return `body is not JSON: ${answer.text.slice(0, 200)}`;
    }
  }
  if (status === 431) {
    if (headerBytes(request) < HEADER_BYTES_THAT_MAY_OVERFLOW) return '431 for small headers';
    return answer.hasBody && !isApiError(json) ? 'a 431 without {code, message}' : null;
  }
  if (answer.hasBody && isApiError(json)) {
    const expected = statusOfCode.get(json.code);
    if (expected === undefined) return `undocumented error code ${json.code}`;
    if (expected !== status) return `${json.code} at status ${status}, the table says ${expected}`;
  }

  const transport = (code: ErrorCode): string | null => {
    if (status !== statusOfCode.get(code)) return `expected ${code}, got status ${status}`;
    if (!answer.hasBody) return null;
    const parsed = TransportError.safeParse(json);
    if (!parsed.success || parsed.data.code !== code)
      return `expected ${code}, got ${answer.text.slice(0, 200)}`;
    return null;
  };

  if (request.path !== '/apidata.php') return transport('NOT_FOUND');
  const action = actionOf(request.rawQuery);
  if (action === undefined || !knownActions.has(action)) return transport('NOT_FOUND');
  const op = operations.find((o) => o.action === action && o.method === request.method);
  if (!op) {
    if (!answer.allow) return 'a 405 without Allow';
    return transport('METHOD_NOT_ALLOWED');
  }
  if (!answer.hasBody) return `HEAD is allowed for ${action}?`;
  const schema = (op.responses as Record<number, z.ZodType | undefined>)[status];
  if (!schema) return `${op.operationId} answered status ${status}, which its operation does not describe`;
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    return `${op.operationId} ${status} body rejected by the spec: ${parsed.error.message.slice(0, 300)}`;
  }
  return null;
}
