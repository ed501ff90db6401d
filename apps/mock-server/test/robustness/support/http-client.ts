import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';

/** What came back over HTTP, or how the exchange failed. */
export type Exchange =
  | { kind: 'answer'; status: number; headers: Record<string, string | string[] | undefined>; text: string }
  | { kind: 'closed'; error: string }
  | { kind: 'timeout' };

export interface HttpRequestSpec {
  method: string;
  /** Path and query, already encoded, e.g. `/apidata.php?action=x`. */
  target: string;
  headers: Record<string, string>;
  body?: Uint8Array | undefined;
}

/** A keep-alive agent that keeps at most `sockets` connections open. */
export function keepAliveAgent(sockets: number): Agent {
  return new Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
}

/** Sends one request with node:http; never rejects: a hang past `timeoutMs` is reported as such. */
export function send(
  port: number,
  spec: HttpRequestSpec,
  agent: Agent | false,
  timeoutMs = 5_000,
): Promise<Exchange> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (exchange: Exchange) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(exchange);
    };
    const headers: Record<string, string | number> = { ...spec.headers };
    if (spec.body !== undefined) headers['content-length'] = spec.body.byteLength;
    const req = request(
      { host: '127.0.0.1', port, method: spec.method, path: spec.target, headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          finish({
            kind: 'answer',
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', (error) => finish({ kind: 'closed', error: error.message }));
        res.on('aborted', () => finish({ kind: 'closed', error: 'response aborted' }));
      },
    );
    const timer = setTimeout(() => {
      finish({ kind: 'timeout' });
      req.destroy();
    }, timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) =>
      finish({ kind: 'closed', error: error.code ?? error.message }),
    );
    if (spec.body !== undefined) req.end(Buffer.from(spec.body));
    else req.end();
  });
}

/** Runs `task` over `items` with at most `limit` in flight, keeping the results in order. */
export async function inBatches<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const at = next++;
      results[at] = await task(items[at] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The bytes a raw socket received until the server closed it (or `timeoutMs` passed). */
export interface RawExchange {
  data: Buffer;
  /** The server ended or reset the connection. */
  closed: boolean;
  timedOut: boolean;
  error?: string;
}

/** Opens a TCP connection to 127.0.0.1:`port`, once connected. */
export function openSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.off('error', reject);
      resolve(socket);
    });
    socket.once('error', reject);
  });
}

/** Writes `bytes` on a fresh connection and collects the answer until the server closes it. */
export async function rawExchange(port: number, bytes: Uint8Array | string, timeoutMs = 5_000) {
  const socket = await openSocket(port);
  return collect(socket, timeoutMs, () => socket.write(bytes));
}

/** Collects what `socket` receives until it closes or `timeoutMs` passes; `start` runs once listening. */
export function collect(socket: Socket, timeoutMs: number, start?: () => void): Promise<RawExchange> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let error: string | undefined;
    let done = false;
    const finish = (closed: boolean, timedOut: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ data: Buffer.concat(chunks), closed, timedOut, ...(error ? { error } : {}) });
    };
    const timer = setTimeout(() => finish(false, true), timeoutMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (e: NodeJS.ErrnoException) => {
      error = e.code ?? e.message;
    });
    socket.on('close', () => finish(true, false));
    socket.on('end', () => finish(true, false));
    start?.();
  });
}

/** The status line and JSON body of a raw HTTP/1.1 answer, if there is one. */
export function parseRawAnswer(data: Buffer): { status: number; body: unknown; head: string } | null {
  const text = data.toString('utf8');
  const match = /^HTTP\/1\.1 (\d{3})[^\r\n]*\r\n/.exec(text);
  if (!match) return null;
  const end = text.indexOf('\r\n\r\n');
  const head = end < 0 ? text : text.slice(0, end);
  const rest = end < 0 ? '' : text.slice(end + 4);
  const chunked = /^transfer-encoding:\s*chunked/im.test(head);
  // Only the first answer: a pipelined second one may follow it.
  const length = /^content-length:\s*(\d+)/im.exec(head)?.[1];
  const payload = chunked ? dechunk(rest) : length === undefined ? rest : rest.slice(0, Number(length));
  let body: unknown;
  try {
    body = JSON.parse(payload);
  } catch {
    body = undefined;
  }
  return { status: Number(match[1]), body, head };
}

/** The payload of a chunked body (chunk sizes in hex; stops at the last chunk or the data's end). */
function dechunk(text: string): string {
  let out = '';
  let at = 0;
  while (at < text.length) {
    const lineEnd = text.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = Number.parseInt(text.slice(at, lineEnd), 16);
    if (!Number.isFinite(size) || size === 0) break;
    out += text.slice(lineEnd + 2, lineEnd + 2 + size);
    at = lineEnd + 2 + size + 2;
  }
  return out;
}
