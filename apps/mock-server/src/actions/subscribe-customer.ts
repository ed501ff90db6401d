import { webhookError } from '../core/error-response.js';
import { jsonResponse } from '../core/json-response.js';
import type { ActionHandler } from './action-context.js';

/** Subscriptions one company may hold: each event fans out to all of them. */
export const MAX_SUBSCRIPTIONS = 100;

/** `subscribe_customer`: one event type a call; subscribing twice keeps one subscription. */
export const subscribeCustomer: ActionHandler<'subscribe_customer'> = ({
  world,
  company,
  body,
  now,
  apply,
  hookRefusal,
}) => {
  const refused = hookRefusal(body.hookUrl);
  if (refused !== undefined) return webhookError(refused);
  const held = world.subscriptions(company.id);
  const known = held.some((s) => s.hookUrl === body.hookUrl && s.event === body.type_request);
  if (!known && held.length >= MAX_SUBSCRIPTIONS) {
    return webhookError(
      `At most ${MAX_SUBSCRIPTIONS} webhook subscriptions per account: unsubscribe one first`,
    );
  }
  apply({
    kind: 'subscribe',
    companyId: company.id,
    hookUrl: body.hookUrl,
    event: body.type_request,
    at: now,
  });
  return jsonResponse(200, { success: true, message: 'Webhook subscribed successfully' });
};
