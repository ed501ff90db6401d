import {
  type CustomerCreatedV1,
  type CustomerCreatedV2,
  type CustomerStatusChange,
  type WebhookEventName,
  webhookSchemas,
} from '@solarproof/schemas';
import { WebhookEventError } from './errors/webhook-event-error.js';
import { describeIssues, type ValidationIssue } from './validation-issue.js';

/**
 * A received webhook body, told apart by event and version. `customer_status_change` always has
 * `changes` as an array, whichever shape came (v1 an object, v2 an array, I-10).
 */
export type WebhookEvent =
  | { type: 'customer_created'; version: 2; payload: CustomerCreatedV2 }
  | { type: 'customer_created'; version: 1; payload: CustomerCreatedV1 }
  | {
      type: 'customer_status_change';
      shape: 'object';
      payload: CustomerStatusChange;
      changes: CustomerStatusChange[];
    }
  | {
      type: 'customer_status_change';
      shape: 'array';
      payload: CustomerStatusChange[];
      changes: CustomerStatusChange[];
    };

export interface ParseWebhookEventOptions {
  /**
   * The event this URL was subscribed to. No event-type field or header is documented, so without it
   * the event is recognised by its fields; with it, anything else is an error.
   */
  expect?: WebhookEventName | undefined;
}

// Status changes first: their `old_status`/`new_status` are required, while a v1 `customer_created`
// shares every other field with them.
const ORDER: readonly WebhookEventName[] = ['customer_status_change', 'customer_created'];

/**
 * Validates a received webhook body with the spec's zod schemas and says which event it is. Accepts
 * the raw text or the parsed JSON. Throws a `WebhookEventError` listing what differs for anything else.
 *
 * @example
 * const event = parseWebhookEvent(await request.text());
 * if (event.type === 'customer_created' && event.version === 2) console.log(event.payload.customer_uid);
 * if (event.type === 'customer_status_change') for (const change of event.changes) console.log(change.new_status);
 */
export function parseWebhookEvent(body: unknown, options: ParseWebhookEventOptions = {}): WebhookEvent {
  let json = body;
  if (typeof body === 'string') {
    try {
      json = JSON.parse(body) as unknown;
    } catch (error) {
      throw new WebhookEventError({
        attempts: {},
        notJson: error instanceof Error ? error.message : String(error),
      });
    }
  }
  const attempts: Partial<Record<WebhookEventName, ValidationIssue[]>> = {};
  for (const name of options.expect ? [options.expect] : ORDER) {
    const event = tryEvent(name, json);
    if (event.ok) return event.event;
    attempts[name] = event.issues;
  }
  throw new WebhookEventError({ attempts });
}

function tryEvent(
  name: WebhookEventName,
  json: unknown,
): { ok: true; event: WebhookEvent } | { ok: false; issues: ValidationIssue[] } {
  if (name === 'customer_created') {
    const result = webhookSchemas.customer_created.safeParse(json);
    if (!result.success) return { ok: false, issues: describeIssues(result.error.issues, json) };
    const payload = result.data;
    // v2 is the only version with `customer_uid`.
    return {
      ok: true,
      event:
        'customer_uid' in payload
          ? { type: 'customer_created', version: 2, payload }
          : { type: 'customer_created', version: 1, payload },
    };
  }
  const result = webhookSchemas.customer_status_change.safeParse(json);
  if (!result.success) return { ok: false, issues: describeIssues(result.error.issues, json) };
  const payload = result.data;
  return {
    ok: true,
    event: Array.isArray(payload)
      ? { type: 'customer_status_change', shape: 'array', payload, changes: payload }
      : { type: 'customer_status_change', shape: 'object', payload, changes: [payload] },
  };
}
