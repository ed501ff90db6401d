// The page's only door to data: the control API of the origin that served it.

const TOKEN_KEY = 'solarproof-mock-token';

/** Off loopback the control API wants a token: `?token=` on the page load, then the header. */
function takeToken() {
  const url = new URL(location.href);
  const given = url.searchParams.get('token');
  if (given) {
    sessionStorage.setItem(TOKEN_KEY, given);
    url.searchParams.delete('token');
    // Out of the address bar and history, so a shared screen or link does not carry it.
    history.replaceState(null, '', url);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const token = takeToken();

function headers(extra = {}) {
  return token ? { ...extra, authorization: `Bearer ${token}` } : extra;
}

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/**
 * Calls a control route; resolves to the parsed JSON, or throws the documented error's message.
 * @param {string} path
 * @param {{ method?: string, body?: unknown }} [options]
 */
export async function api(path, { method = 'GET', body = undefined } = {}) {
  const response = await fetch(path, {
    method,
    headers: headers(body === undefined ? {} : { 'content-type': 'application/json' }),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let value = null;
  try {
    value = text ? JSON.parse(text) : null;
  } catch {
    value = { message: text };
  }
  if (!response.ok) {
    const message =
      response.status === 401
        ? 'The control API wants a token: open this page with ?token=… (printed when the mock started)'
        : (value?.message ?? `HTTP ${response.status}`);
    throw new ApiError(response.status, value?.code ?? null, message);
  }
  return value;
}

/**
 * Reads a server-sent event stream through fetch (EventSource cannot send the token header) and
 * calls `onEvent(name, data, id)` per event; reconnects after `retry` ms from the last id seen.
 * Returns a function that stops it.
 */
export function stream(path, { onEvent, onState }) {
  const controller = new AbortController();
  let lastId = null;
  let retry = 1000;
  const connect = async () => {
    while (!controller.signal.aborted) {
      try {
        const url = lastId === null ? path : `${path}${path.includes('?') ? '&' : '?'}since=${lastId}`;
        const response = await fetch(url, { headers: headers(), signal: controller.signal });
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        onState?.('live');
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            let name = 'message';
            let data = '';
            for (const line of block.split('\n')) {
              if (line.startsWith('event: ')) name = line.slice(7);
              else if (line.startsWith('data: ')) data += line.slice(6);
              else if (line.startsWith('id: ')) lastId = line.slice(4);
              else if (line.startsWith('retry: ')) retry = Number(line.slice(7)) || retry;
            }
            if (data) onEvent(name, JSON.parse(data), lastId);
            end = buffer.indexOf('\n\n');
          }
        }
      } catch (error) {
        if (controller.signal.aborted) return;
        onState?.(`reconnecting (${error.message})`);
      }
      await new Promise((resolve) => setTimeout(resolve, retry));
    }
  };
  connect();
  return () => controller.abort();
}
