import { errorCodeTable } from './generated/error-codes.js';
import type { ErrorCode } from './generated/zod.js';

const byCode = new Map<string, (typeof errorCodeTable)[number]>(errorCodeTable.map((row) => [row.code, row]));

/**
 * The HTTP status the spec answers an error code with.
 *
 * @example
 * statusOfErrorCode('DUPLICATE_EMAIL'); // 409
 */
export function statusOfErrorCode(code: ErrorCode): number {
  const row = byCode.get(code);
  if (!row) throw new Error(`Unknown error code ${code}`);
  return row.status;
}

/**
 * The actions that can answer an error code (every action, for a transport error).
 *
 * @example
 * actionsOfErrorCode('NO_CUSTOMER_ASSIGNED'); // ['getcustomerofproject']
 */
export function actionsOfErrorCode(code: ErrorCode): readonly string[] {
  return byCode.get(code)?.actions ?? [];
}
