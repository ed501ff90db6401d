import type { ActionName } from '@solarproof/schemas';
import { MAX_REDIRECTS, RedirectError, type RedirectReason } from './errors/redirect-error.js';
import type { Redactor } from './redact.js';
import type { Send, WireResponse } from './wire-response.js';

export interface SendContext {
  action: ActionName;
  /** Reads may follow a redirect within their origin; writes follow none. */
  followSameOrigin: boolean;
  redact: Redactor;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Sends a request with `redirect: 'manual'` and handles redirects itself, because `fetch`'s own
 * following would re-send the key (in the query, and in a 307's body) to wherever `Location` points.
 * A read follows a redirect within the origin it was sent to; anything else is a `RedirectError`.
 *
 * @example
 * const response = await fetchWithinOrigin(fetch, url, init, { action, followSameOrigin: true, redact });
 */
export async function fetchWithinOrigin(
  fetch: Send,
  url: string,
  init: RequestInit,
  context: SendContext,
): Promise<WireResponse> {
  const origin = new URL(url).origin;
  const chain = [url];
  const fail = (reason: RedirectReason, status: number, response?: WireResponse): never => {
    response?.body?.cancel().catch(() => undefined);
    throw new RedirectError({ action: context.action, reason, status, chain, url, redact: context.redact });
  };
  for (;;) {
    const current = chain.at(-1) ?? url;
    const response = await fetch(current, { ...init, redirect: 'manual' });
    // A fetch that followed anyway (one that ignores `redirect`) has already been there; say so.
    if (response.redirected && response.url && new URL(response.url).origin !== origin) {
      chain.push(response.url);
      fail('cross-origin', response.status, response);
    }
    if (response.type === 'opaqueredirect') fail('hidden', 0, response);
    const location = response.headers.get('location');
    if (!REDIRECT_STATUSES.has(response.status) || location === null) return response;
    const next = new URL(location, current).href;
    chain.push(next);
    if (new URL(next).origin !== origin) fail('cross-origin', response.status, response);
    if (!context.followSameOrigin) fail('write', response.status, response);
    if (chain.indexOf(next) < chain.length - 1) fail('loop', response.status, response);
    if (chain.length > MAX_REDIRECTS + 1) fail('too-many', response.status, response);
    response.body?.cancel().catch(() => undefined);
  }
}
