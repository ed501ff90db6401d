import type { OperationId, operationSchemas, operations } from '@solarproof/schemas';
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

/** An operation's query parameters besides `action` (which the operation fixes) and `api_key`. */
export type OperationQuery<Id extends OperationId> = Omit<operations[Id]['parameters']['query'], 'action'>;

/** An operation's JSON request body, or `never` for the reads. */
export type OperationBody<Id extends OperationId> = operations[Id] extends {
  requestBody: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

type QueryPart<Query> = keyof Query extends never
  ? { query?: never }
  : Partial<Query> extends Query
    ? { query?: Query }
    : { query: Query };

type BodyPart<Body> = [Body] extends [never] ? { body?: never } : { body: Body };

/**
 * What one call of an operation sends, typed from the generated `operations` the way openapi-fetch
 * types `client.GET(path, { params })`: a misspelt query key or a body on a read does not compile.
 *
 * @example
 * const request: OperationRequest<'getallcustomers'> = { query: { page: 2 } };
 */
export type OperationRequest<Id extends OperationId> = QueryPart<OperationQuery<Id>> &
  BodyPart<OperationBody<Id>>;
