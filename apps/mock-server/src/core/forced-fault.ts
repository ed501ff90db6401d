import {
  type ErrorCode,
  ErrorCode as ErrorCodeSchema,
  type OperationId,
  operationSchemas,
} from '@solarproof/schemas';
import { apiError, webhookError } from './error-response.js';
import type { FaultBook } from './faults.js';
import type { MockRequest, MockResponse } from './mock-request.js';
import { clip } from './redact.js';
import { responseProblem } from './response-problem.js';

/** Headers that inject a fault into one request. */
export const FAULT_HEADER = 'x-solarproof-mock-fault';
export const LATENCY_HEADER = 'x-solarproof-mock-latency';

/** Errors a webhook action answers in its own `{success: false, message}` shape, with their messages. */
const WEBHOOK_MESSAGES: Partial<Record<ErrorCode, string>> = {
  INVALID_API_KEY: 'Invalid API key',
  INVALID_PARAMETERS: 'Injected fault: INVALID_PARAMETERS',
};

const forcible = new Map<OperationId, ErrorCode[]>();

/**
 * The codes a fault may force on an operation: those whose forced answer its spec describes (the
 * codes it lists, and the transport codes at a status where it allows them). Anything else would
 * be an answer the live API never gives.
 *
 * @example
 * forcibleCodes('getallcustomers', false); // ['INVALID_PARAMETERS', 'INVALID_API_KEY', 'NO_CUSTOMERS_FOUND', 'RATE_LIMITED', 'UNKNOWN', ...]
 */
export function forcibleCodes(operationId: OperationId, webhook: boolean): ErrorCode[] {
  let codes = forcible.get(operationId);
  if (!codes) {
    codes = ErrorCodeSchema.options.filter(
      (code) => responseProblem(operationSchemas, operationId, forcedError(code, webhook, 1)) === null,
    );
    forcible.set(operationId, codes);
  }
  return codes;
}

export type Fault = { response: MockResponse } | { extra: Pick<MockResponse, 'delayMs' | 'reset'> };

/**
 * A fault asked for by header or queued through the control API, if any, answered in the
 * operation's documented shape: a webhook action's errors are `{success: false, message}`.
 */
export function takeFault(
  faults: FaultBook,
  action: string,
  companyId: number,
  operationId: OperationId,
  webhook: boolean,
  headers: MockRequest['headers'],
): Fault | undefined {
  const queued = faults.take(action, companyId);
  const headerCode = headers[FAULT_HEADER];
  // Nearly every request: nothing queued, nothing asked for by header, nothing to build.
  if (queued === undefined && headerCode === undefined && headers[LATENCY_HEADER] === undefined)
    return undefined;
  const headerLatency = Number(headers[LATENCY_HEADER] ?? 0);
  const latency = Math.min(
    Math.max(queued?.latencyMs ?? 0, Number.isFinite(headerLatency) ? headerLatency : 0),
    60_000,
  );
  let code: string | null = queued?.code ?? null;
  if (headerCode !== undefined && headerCode !== '') code = headerCode.trim().toUpperCase();
  const extra = {
    ...(latency > 0 ? { delayMs: latency } : {}),
    ...(queued?.reset ? { reset: true } : {}),
  };
  if (code !== null) {
    const refuse = (message: string) => ({
      response: webhook ? webhookError(message) : apiError('INVALID_PARAMETERS', message),
    });
    const parsed = ErrorCodeSchema.safeParse(code);
    if (!parsed.success) return refuse(`Unknown fault code in ${FAULT_HEADER}: ${clip(code, 40)}`);
    const allowed = forcibleCodes(operationId, webhook);
    if (!allowed.includes(parsed.data)) {
      return refuse(`${action} never answers ${parsed.data}; a fault can force ${allowed.join(', ')}`);
    }
    const forced = forcedError(parsed.data, webhook, queued?.retryAfterSeconds ?? 1);
    return { response: { ...forced, ...extra } };
  }
  return latency > 0 || extra.reset ? { extra } : undefined;
}

function forcedError(code: ErrorCode, webhook: boolean, retryAfterSeconds: number): MockResponse {
  if (code === 'RATE_LIMITED') {
    return apiError(code, `Too many requests: retry after ${retryAfterSeconds} s`, {
      'retry-after': String(retryAfterSeconds),
    });
  }
  const webhookMessage = webhook ? WEBHOOK_MESSAGES[code] : undefined;
  if (webhookMessage !== undefined) return webhookError(webhookMessage);
  return apiError(code, `Injected fault: ${code}`);
}
