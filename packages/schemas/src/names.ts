import type { z } from 'zod';
import type { operationSchemas, webhookSchemas } from './generated/zod.js';

/** An operationId of the spec: the action name, or `<action>_<method>` for a heading's alternative method. */
export type OperationId = keyof typeof operationSchemas;

/** A value of the `action` query parameter. */
export type ActionName = (typeof operationSchemas)[OperationId]['action'];

/** The error codes an action documents (transport errors excluded). */
export type ActionErrorCode<A extends OperationId> = (typeof operationSchemas)[A]['errorCodes'][number];

/** A webhook event the spec describes. */
export type WebhookEventName = keyof typeof webhookSchemas;

export type { z };
