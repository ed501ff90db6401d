import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { controlTokenProblem, isControlPath } from '../control/control-token.js';
import { DEFAULT_MAX_BODY_BYTES, payloadTooLarge } from '../core/body-limit.js';
import { createMockApi, type MockApi, type MockOptions } from '../core/create-mock-api.js';
import type { MockRequest, MockResponse } from '../core/mock-request.js';
import { isSharedResponse } from '../core/page-cache.js';
import { chooseControlToken } from './choose-control-token.js';
import { ownAddressGuard } from './own-address-guard.js';

export interface MockServerOptions extends MockOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The fake to serve; one is created from the other options when absent. */
  mock?: MockApi;
  /** Bodies over this many bytes answer PAYLOAD_TOO_LARGE without being buffered. Default 1 MiB. */
  maxBodyBytes?: number;
  /** A request whose headers and body take longer is cut off. Default 10 s. */
  requestTimeoutMs?: number;
  /**
   * The token the control API (`/__mock/*`) wants as `Authorization: Bearer <token>`. Default: none
   * on a loopback host, a generated one on any other; `false` opts out explicitly.
   */
  controlToken?: string | false;
}

export interface RunningMockServer {
  /** e.g. `http://127.0.0.1:4010` */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  readonly mock: MockApi;
  readonly server: Server;
  /** The control API's token, when it needs one. */
  readonly controlToken: string | undefined;
  /** Stops accepting, lets requests in flight finish, then closes every connection. */
  close(): Promise<void>;
}

const CLIENT_ERROR_BODY = JSON.stringify({ code: 'INVALID_PARAMETERS', message: 'Malformed HTTP request' });
const TIMED_OUT_BODY = JSON.stringify({
  code: 'REQUEST_TIMEOUT',
  message:
    'Timed out: the request was not received in time (headers and the whole body, as long as its Content-Length says, must arrive within the request timeout)',
});
const HEADERS_TOO_LARGE_BODY = JSON.stringify({
  code: 'INVALID_PARAMETERS',
  message: 'Request headers too large',
});

/**
 * Serves the fake over node:http. The request goes straight to the core, with no Fetch
 * Request/Response round trip: that is what keeps it within reach of bare node:http.
 *
 * @example
 * const server = await startMockServer({ port: 0 });
 * const res = await fetch(`${server.url}/apidata.php?action=getallcustomers&api_key=${DEFAULT_API_KEY}`);
 * await server.close();
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<RunningMockServer> {
  const mock = options.mock ?? createMockApi(options);
  const host = options.host ?? '127.0.0.1';
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const timeout = options.requestTimeoutMs ?? 10_000;
  const controlToken = chooseControlToken(host, options.controlToken);
  let inFlight = 0;
  let idle: (() => void) | undefined;

  const server = createServer(
    {
      requestTimeout: timeout,
      headersTimeout: Math.min(timeout, 10_000),
      maxHeaderSize: 16_384,
      // Node checks both timeouts only this often (default 30 s): a short timeout would not hold.
      connectionsCheckingInterval: Math.max(50, Math.min(timeout / 4, 30_000)),
      // Node answers an HTTP/1.1 request without Host with a bare, empty 400; the mock needs no Host.
      requireHostHeader: false,
    },
    (req, res) => {
      inFlight += 1;
      res.once('close', () => {
        inFlight -= 1;
        if (inFlight === 0) idle?.();
      });
      serve(mock, req, res, limit, controlToken);
    },
  );
  server.keepAliveTimeout = 5_000;
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable) return socket.destroy();
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const timedOut = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
    const body = tooLarge ? HEADERS_TOO_LARGE_BODY : timedOut ? TIMED_OUT_BODY : CLIENT_ERROR_BODY;
    const status = tooLarge
      ? '431 Request Header Fields Too Large'
      : timedOut
        ? '408 Request Timeout'
        : '400 Bad Request';
    socket.end(
      `HTTP/1.1 ${status}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port, address } = server.address() as AddressInfo;
  const unguard = mock.deliveries.guard(ownAddressGuard({ address, port }));
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    port,
    host,
    mock,
    server,
    controlToken,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          unguard();
          resolve();
        });
        server.closeIdleConnections();
        const drained = () => server.closeAllConnections();
        if (inFlight === 0) drained();
        else idle = drained;
      }),
  };
}

function serve(
  mock: MockApi,
  req: IncomingMessage,
  res: ServerResponse,
  limit: number,
  controlToken: string | undefined,
): void {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    refuse(res, payloadTooLarge(limit));
    return;
  }

  req.on('error', () => res.destroy());
  if (declared === 0 && req.headers['transfer-encoding'] === undefined) {
    // No body to wait for (a GET): answer now rather than a tick later on 'end'.
    answer(mock, req, res, undefined, controlToken);
    return;
  }

  const chunks: Buffer[] = [];
  let size = 0;
  let refused = false;
  req.on('data', (chunk: Buffer) => {
    if (refused) return;
    size += chunk.length;
    if (size > limit) {
      // Chunked bodies carry no length up front: stop at the limit instead of buffering the rest.
      refused = true;
      refuse(res, payloadTooLarge(limit));
      return;
    }
    chunks.push(chunk);
  });
  req.on('end', () => {
    if (refused) return;
    answer(
      mock,
      req,
      res,
      chunks.length === 0 ? undefined : Buffer.concat(chunks).toString('utf8'),
      controlToken,
    );
  });
}

function answer(
  mock: MockApi,
  req: IncomingMessage,
  res: ServerResponse,
  body: MockRequest['body'],
  controlToken: string | undefined,
): void {
  const raw = requestTarget(req.url ?? '/');
  const at = raw.indexOf('?');
  const request: MockRequest = {
    method: req.method ?? 'GET',
    path: at < 0 ? raw : raw.slice(0, at),
    query: new URLSearchParams(at < 0 ? '' : raw.slice(at + 1)),
    headers: req.headers as Record<string, string | undefined>,
    body,
  };
  const refused =
    controlToken !== undefined && isControlPath(request.path)
      ? controlTokenProblem(request, controlToken)
      : undefined;
  const response = refused ?? mock.handle(request);
  if (response.delayMs) setTimeout(() => write(res, response), response.delayMs);
  else write(res, response);
}

/** An absolute-form target (`GET http://host/apidata.php?...`, as proxies send) means its path and query. */
function requestTarget(raw: string): string {
  if (raw.startsWith('/')) return raw;
  const scheme = /^https?:\/\/[^/?#]*/i.exec(raw);
  if (!scheme) return raw;
  const rest = raw.slice(scheme[0].length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

interface Encoded {
  /** The body and headers the bytes were made from, to notice a response changed after all. */
  readonly from: Pick<MockResponse, 'body' | 'headers'>;
  readonly bytes: Buffer;
  readonly headers: Record<string, string | number>;
}

/** The bytes of shared responses (the page cache's), so an unchanged page is encoded once, not per request. */
const encodedShared = new WeakMap<MockResponse, Encoded>();

function encode(response: MockResponse): Encoded {
  const shared = isSharedResponse(response);
  if (shared) {
    const hit = encodedShared.get(response);
    if (hit && hit.from.body === response.body && hit.from.headers === response.headers) return hit;
  }
  const bytes = Buffer.from(response.body);
  const encoded: Encoded = {
    from: { body: response.body, headers: response.headers },
    bytes,
    headers: { ...response.headers, 'content-length': bytes.length },
  };
  if (shared) encodedShared.set(response, encoded);
  return encoded;
}

function write(res: ServerResponse, response: MockResponse): void {
  if (res.destroyed) return;
  const { bytes: body, headers } = encode(response);
  res.writeHead(response.status, headers);
  if (response.reset) {
    // The injected "connection reset mid-body": half the bytes, then the socket dies.
    res.write(body.subarray(0, Math.floor(body.length / 2)));
    res.socket?.destroy();
    return;
  }
  res.end(body);
}

/** Answers an oversized request and closes the connection, leaving the rest of its body unread. */
function refuse(res: ServerResponse, response: MockResponse): void {
  if (res.headersSent) return;
  res.shouldKeepAlive = false;
  res.writeHead(response.status, { ...response.headers, connection: 'close' });
  res.end(response.body);
}
