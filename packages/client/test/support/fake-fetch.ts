import type { FetchLike } from '../../src/client-options.js';

/** One request the fake saw, decoded for assertions. */
export interface SeenRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: unknown;
  signal: AbortSignal | undefined;
}

/** What the fake answers a request with: a response to build, or an error to throw. */
export type Reply = (request: SeenRequest) => Response | Promise<Response>;

export interface FakeFetch extends FetchLike {
  requests: SeenRequest[];
}

/**
 * A `fetch` that answers with the given replies in order (the last one repeats) and records every
 * request. Responses are built per request because a `Response` body can be read only once.
 */
export function fakeFetch(...replies: Reply[]): FakeFetch {
  const requests: SeenRequest[] = [];
  const fetch = (async (input: string, init: RequestInit) => {
    const request: SeenRequest = {
      url: new URL(input),
      method: init.method ?? 'GET',
      headers: { ...(init.headers as Record<string, string>) },
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      signal: init.signal ?? undefined,
    };
    requests.push(request);
    const reply = replies[Math.min(requests.length - 1, replies.length - 1)];
    if (!reply) throw new Error('fakeFetch was given no replies');
    return reply(request);
  }) as FakeFetch;
  fetch.requests = requests;
  return fetch;
}

/** A JSON reply. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
    });
}

/** A reply with any text and content type. */
export function text(status: number, body: string, contentType?: string): Reply {
  return () => new Response(body, { status, headers: contentType ? { 'Content-Type': contentType } : {} });
}

/** A reply that fails like a refused connection. */
export function networkFailure(message = 'fetch failed'): Reply {
  return () => {
    throw new TypeError(message);
  };
}

/** A reply that never comes, except that it rejects when the request's signal aborts. */
export function hang(): Reply {
  return (request) =>
    new Promise<Response>((_, reject) => {
      request.signal?.addEventListener('abort', () => reject(request.signal?.reason));
    });
}
