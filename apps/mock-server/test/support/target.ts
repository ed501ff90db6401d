import type { MockApi } from '../../src/index.js';

/** A request as a scenario writes it. */
export interface ScenarioRequest {
  method?: string;
  /** Query parameters; `api_key` is added from `key` unless `key` is null. */
  query?: Record<string, string>;
  /** Raw query string, for odd shapes such as repeated parameters. Replaces `query`. */
  rawQuery?: string;
  /** Sent as JSON text unless a string. */
  body?: unknown;
  contentType?: string | null;
  headers?: Record<string, string>;
  path?: string;
}

export interface ScenarioResponse {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

/** A transport the scenarios run through; every target answers from the same kind of mock. */
export interface Target {
  name: string;
  mock: MockApi;
  send(request: ScenarioRequest): Promise<ScenarioResponse>;
  close(): Promise<void>;
}

/** Builds the Fetch request for a scenario request against `origin`. */
export function toFetchArgs(origin: string, request: ScenarioRequest): [string, RequestInit] {
  const search = request.rawQuery ?? new URLSearchParams(request.query ?? {}).toString();
  const url = `${origin}${request.path ?? '/apidata.php'}${search ? `?${search}` : ''}`;
  const headers: Record<string, string> = { ...(request.headers ?? {}) };
  let body: string | undefined;
  if (request.body !== undefined) {
    body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    if (request.contentType !== null) headers['content-type'] = request.contentType ?? 'application/json';
  }
  return [url, { method: request.method ?? (body === undefined ? 'GET' : 'POST'), headers, body }];
}

export async function readResponse(response: Response): Promise<ScenarioResponse> {
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}
