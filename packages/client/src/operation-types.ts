import type { OperationId, operationSchemas } from '@solarproof/schemas';
import type { z } from 'zod';

/** The generated description of one operation: action, method, schemas by status, error codes. */
export type Operation = (typeof operationSchemas)[OperationId];

/**
 * The body an operation answers with on success, as its zod schema infers it.
 *
 * @example
 * type Page = SuccessBody<'getallcustomers'>; // Customer[]
 */
export type SuccessBody<Id extends OperationId> = z.output<(typeof operationSchemas)[Id]['responses'][200]>;
