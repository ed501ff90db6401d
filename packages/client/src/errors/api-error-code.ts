import type { ActionErrorCode, OperationId, TransportError } from '@solarproof/schemas';

/** A code any action can answer before the action itself runs (unknown action, rate limit, ...). */
export type TransportErrorCode = TransportError['code'];

/**
 * The codes an operation can fail with: the ones its page documents plus the transport codes.
 *
 * @example
 * type CreateCodes = ApiErrorCode<'createcustomer'>; // 'DUPLICATE_EMAIL' | 'USER_NOT_FOUND' | ...
 */
export type ApiErrorCode<Id extends OperationId = OperationId> = ActionErrorCode<Id> | TransportErrorCode;
