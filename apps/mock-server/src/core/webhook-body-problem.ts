import { WebhookEventType } from '@solarproof/schemas';

/**
 * The documented error message for a webhook action's body, or null when it is valid. The
 * messages are the pages' own: `hookUrl parameter is required`, `Invalid webhook URL format`,
 * `Invalid webhook type`.
 */
export function webhookBodyProblem(body: unknown, needsType: boolean): string | null {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'Invalid JSON';
  const { hookUrl, type_request: type } = body as Record<string, unknown>;
  if (typeof hookUrl !== 'string' || hookUrl.trim() === '') return 'hookUrl parameter is required';
  if (!isWebhookUrl(hookUrl)) return 'Invalid webhook URL format';
  if (needsType && !WebhookEventType.safeParse(type).success) return 'Invalid webhook type';
  return null;
}

/** An absolute http(s) URL with a host. The live API wants public HTTPS; the mock also takes local http. */
function isWebhookUrl(text: string): boolean {
  if (text.length > 2048) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
