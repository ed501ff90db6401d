import { describe, expect, test } from 'vitest';
import { loadExample } from '../test/support/fixtures.js';
import { WebhookEventError } from './errors/webhook-event-error.js';
import { parseWebhookEvent } from './parse-webhook-event.js';

const createdV1 = loadExample('webhook-customer_created-v1.json');
const createdV2 = loadExample('webhook-customer_created-v2.json');
// The documented v1 fragment (cut off after new_status, see the reference sheet) as an object.
const statusChange = {
  pkcustomerid: 12345,
  fkuserid: 67890,
  customer_email: 'john.doe@example.com',
  customer_name: 'John Doe',
  old_status: 1,
  new_status: 2,
};

describe('parseWebhookEvent on the documented examples', () => {
  test('recognises customer_created v2 (newer events page)', () => {
    expect(parseWebhookEvent(createdV2)).toEqual({
      type: 'customer_created',
      version: 2,
      payload: createdV2,
    });
  });

  test('recognises customer_created v1 (older events page)', () => {
    expect(parseWebhookEvent(createdV1)).toEqual({
      type: 'customer_created',
      version: 1,
      payload: createdV1,
    });
  });

  test('recognises customer_status_change sent as an object (v1)', () => {
    expect(parseWebhookEvent(statusChange)).toEqual({
      type: 'customer_status_change',
      shape: 'object',
      payload: statusChange,
      changes: [statusChange],
    });
  });

  test('recognises customer_status_change sent as an array (v2)', () => {
    const body = [statusChange, { ...statusChange, pkcustomerid: 2, old_status: 0, new_status: 3 }];
    const event = parseWebhookEvent(body);
    expect(event).toMatchObject({ type: 'customer_status_change', shape: 'array' });
    expect(event.type === 'customer_status_change' && event.changes).toHaveLength(2);
  });

  test('accepts the raw request text', () => {
    expect(parseWebhookEvent(JSON.stringify(createdV2))).toMatchObject({
      type: 'customer_created',
      version: 2,
    });
  });

  test('checks only the expected event when the receiver knows it', () => {
    expect(() => parseWebhookEvent(createdV2, { expect: 'customer_status_change' })).toThrow(
      WebhookEventError,
    );
  });
});

describe('parseWebhookEvent on anything else', () => {
  test.each([
    ['null', null],
    ['an empty object', {}],
    ['an empty array', []],
    ['a number', 42],
    ['an unknown event', { event: 'contract_signed', project_id: 1 }],
    ['a status change with a status out of range', { ...statusChange, new_status: 9 }],
    ['a v2 customer with a string id', { ...(createdV2 as object), customer_id: '141472' }],
  ])('throws a WebhookEventError for %s', (_name, body) => {
    expect(() => parseWebhookEvent(body)).toThrow(WebhookEventError);
  });

  test('says where the body differs from each event', () => {
    const error = (() => {
      try {
        parseWebhookEvent({ ...statusChange, new_status: 9 });
      } catch (caught) {
        return caught as WebhookEventError;
      }
    })();
    expect(error?.message).toContain('The webhook body is not a documented event');
    expect(error?.message).toContain(
      'as customer_status_change:\n  $.new_status: expected one of 0, 1, 2, 3, got number 9',
    );
    expect(error?.message).toContain('as customer_created:');
    expect(Object.keys(error?.attempts ?? {})).toEqual(['customer_status_change', 'customer_created']);
  });

  test('says when the text is not JSON', () => {
    expect(() => parseWebhookEvent('<xml/>')).toThrow(/^The webhook body is not JSON: /);
  });
});
