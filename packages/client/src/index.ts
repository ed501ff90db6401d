/**
 * @solarproof/client: a typed client for the Solar Proof customer API, with every response checked
 * against the spec's zod schemas (tolerant of every documented reading of the docs by default).
 *
 * @example
 * import { createClient, isSolarProofApiError } from '@solarproof/client';
 *
 * const client = createClient({ apiKey: process.env.SOLARPROOF_API_KEY ?? '' });
 * for await (const customer of client.iterateCustomers()) console.log(customer.customer_email);
 */

export type {
  CreatecustomerResponse,
  Customer,
  CustomerCreatedV1,
  CustomerCreatedV2,
  CustomerId,
  CustomerStatusChange,
  DeletecustomerResponse,
  ProjectCustomer,
  UpdatecustomerResponse,
  WebhookEventType,
  WebhookSuccess,
} from '@solarproof/schemas';
export type {
  CallOptions,
  ClientOptions,
  Drift,
  FetchLike,
  RetryOptions,
  Sleep,
  ValidationMode,
} from './client-options.js';
export {
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
} from './client-options.js';
export type { SolarProofClient } from './create-client.js';
export { createClient } from './create-client.js';
export type { CreateCustomerInput, SubscribeInput, UpdateCustomerPatch } from './customer-inputs.js';
export type { ApiErrorCode, TransportErrorCode } from './errors/api-error-code.js';
export type { InvalidResponseReason } from './errors/invalid-response-error.js';
export { InvalidResponseError } from './errors/invalid-response-error.js';
export { NetworkError } from './errors/network-error.js';
export type { RedirectReason } from './errors/redirect-error.js';
export { RedirectError } from './errors/redirect-error.js';
export { ResponseTooLargeError } from './errors/response-too-large-error.js';
export { ResponseValidationError } from './errors/response-validation-error.js';
export { isSolarProofApiError, SolarProofApiError } from './errors/solar-proof-api-error.js';
export { SolarProofError } from './errors/solar-proof-error.js';
export { TimeoutError } from './errors/timeout-error.js';
export { WebhookApiError } from './errors/webhook-api-error.js';
export { WebhookEventError } from './errors/webhook-event-error.js';
export { PAGE_SIZE, type PageWalk } from './iterate-customers.js';
export { normalizeCustomer } from './normalize-customer.js';
export { normalizeProjectCustomer } from './normalize-project-customer.js';
export type {
  NormalizedCustomer,
  NormalizedNote,
  NormalizedOwner,
  NormalizedProject,
  NormalizedProjectCustomer,
} from './normalized-types.js';
export type { OperationBody, OperationQuery, OperationRequest, SuccessBody } from './operation-types.js';
export type { ParseWebhookEventOptions, WebhookEvent } from './parse-webhook-event.js';
export { parseWebhookEvent } from './parse-webhook-event.js';
export type { Unset } from './unset.js';
export type { ValidationIssue } from './validation-issue.js';
