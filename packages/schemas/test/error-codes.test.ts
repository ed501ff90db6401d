import { describe, expect, test } from 'vitest';
import {
  actionsOfErrorCode,
  ErrorCode,
  errorCodeTable,
  operationSchemas,
  statusOfErrorCode,
} from '../src/index.js';

describe('the error code table', () => {
  test('gives every error code exactly one row', () => {
    expect(errorCodeTable.map((row) => row.code).sort()).toEqual([...ErrorCode.options].sort());
  });

  test.each([
    ['INVALID_PARAMETERS', 400],
    ['INVALID_API_KEY', 401],
    ['UNAUTHORISED', 403],
    ['PERMISSION_DENIED', 403],
    ['NO_CUSTOMERS_FOUND', 404],
    ['DUPLICATE_EMAIL', 409],
    ['RATE_LIMITED', 429],
    ['UPDATE_FAILED', 500],
  ] as const)('answers %s with status %i', (code, status) => {
    expect(statusOfErrorCode(code)).toBe(status);
  });

  test('names the actions of each documented code', () => {
    expect(actionsOfErrorCode('NO_CUSTOMER_ASSIGNED')).toEqual(['getcustomerofproject']);
    expect(actionsOfErrorCode('DUPLICATE_EMAIL')).toEqual(['createcustomer']);
    expect(actionsOfErrorCode('DELETION_FAILED')).toEqual(['deletecustomer']);
  });

  test('every operation describes a response at the status of each of its error codes', () => {
    for (const op of Object.values(operationSchemas)) {
      for (const code of op.errorCodes) {
        expect(Object.keys(op.responses), `${op.operationId} answers ${code}`).toContain(
          String(statusOfErrorCode(code)),
        );
      }
    }
  });

  test('every documented code of an action is in the table with that action', () => {
    for (const op of Object.values(operationSchemas)) {
      for (const code of op.errorCodes) expect(actionsOfErrorCode(code)).toContain(op.action);
    }
  });
});
