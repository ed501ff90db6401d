import { jsonResponse } from '../core/json-response.js';
import type { ActionHandler } from './action-context.js';

/** `subscribe_customer`: one event type a call; subscribing twice keeps one subscription. */
export const subscribeCustomer: ActionHandler<'subscribe_customer'> = ({ company, body, now, apply }) => {
  apply({
    kind: 'subscribe',
    companyId: company.id,
    hookUrl: body.hookUrl,
    event: body.type_request,
    at: now,
  });
  return jsonResponse(200, { success: true, message: 'Webhook subscribed successfully' });
};
