import { webhookError } from '../core/error-response.js';
import { jsonResponse } from '../core/json-response.js';
import type { ActionHandler } from './action-context.js';

/** `unsubscribe_customer`: removes every event subscription of the URL in the caller's company. */
export const unsubscribeCustomer: ActionHandler<'unsubscribe_customer'> = ({ company, body, now, apply }) => {
  const result = apply({ kind: 'unsubscribe', companyId: company.id, hookUrl: body.hookUrl, at: now });
  if (!result.ok) return webhookError('No matching webhook found for this user');
  return jsonResponse(200, { success: true, message: 'Webhook unsubscribed successfully' });
};
