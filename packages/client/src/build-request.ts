import type { ActionName } from '@solarproof/schemas';

/** Query parameters of an action besides `action` and `api_key`. */
export type QueryParams = Record<string, string | number | undefined>;

/** Everything `fetch` needs for one call, except the signal. */
export interface BuiltRequest {
  url: string;
  init: { method: string; headers: Record<string, string>; body?: string };
}

export interface RequestParts {
  baseUrl: string;
  apiKey: string;
  action: ActionName;
  method: string;
  query?: QueryParams | undefined;
  /** A JSON body, sent as is (the caller decides between the `{ data }` envelope and a raw body). */
  body?: unknown;
}

/**
 * Builds `${baseUrl}/apidata.php?action=<action>&api_key=<key>&...` and the request init. The key
 * goes in the query on every call, as every page documents.
 *
 * @example
 * buildRequest({ baseUrl: 'https://solarproof.com.au', apiKey: 'k', action: 'getallcustomers',
 *   method: 'GET', query: { page: 2 } }).url;
 * // 'https://solarproof.com.au/apidata.php?action=getallcustomers&api_key=k&page=2'
 */
export function buildRequest(parts: RequestParts): BuiltRequest {
  const search = new URLSearchParams({ action: parts.action, api_key: parts.apiKey });
  for (const [name, value] of Object.entries(parts.query ?? {})) {
    if (value !== undefined) search.set(name, String(value));
  }
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: BuiltRequest['init'] = { method: parts.method, headers };
  if (parts.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(parts.body);
  }
  return { url: `${parts.baseUrl}/apidata.php?${search.toString()}`, init };
}
