import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
  STATUS_CODES,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { MockResponse } from '../core/mock-request.js';
import { type ClientErrorKind, type TransportPolicy, transportPolicy } from '../core/transport-policy.js';
import { createMockApi, type MockApi, type MockOptions } from '../mock/create-mock-api.js';
import { API_REFERENCE_PATH, answerApiReference } from './api-reference.js';
import { chooseControlToken } from './choose-control-token.js';
import { type CorsOptions, corsHeaders, preflightHeaders } from './cors.js';
import { dashboardFile } from './dashboard-files.js';
import type { ResponseLogEntry } from './format-request-log.js';
import { ownAddressGuard } from './own-address-guard.js';
import { writeEventStream } from './write-event-stream.js';

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
  /** Which browser origins may call the fake; default any origin for the API, none for `/__mock`. */
  cors?: CorsOptions;
  /** Called once per request when its answer is done (the CLI's request log). */
  onResponse?: (entry: ResponseLogEntry) => void;
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

/**
 * Serves the fake over node:http: moves bytes between sockets and the core's transport policy
 * (translation, body limit, error bodies), waits an injected delay and performs an injected reset.
 * A failure that the mock's `onError` rethrows (`validateResponses` does) is answered with a 500
 * first, so no caller hangs, and then re-raised as an uncaught exception, as a throwing request
 * listener would be: a test runner reports it against the test that caused it.
 *
 * @example
 * const server = await startMockServer({ port: 0 });
 * const res = await fetch(`${server.url}/apidata.php?action=getallcustomers&api_key=${DEFAULT_API_KEY}`);
 * await server.close();
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<RunningMockServer> {
  const mock = options.mock ?? createMockApi(options);
  const host = options.host ?? '127.0.0.1';
  const controlToken = chooseControlToken(host, options.controlToken);
  const policy = transportPolicy((request) => mock.handle(request), {
    maxBodyBytes: options.maxBodyBytes,
    controlToken,
  });
  const timeout = options.requestTimeoutMs ?? 10_000;
  let inFlight = 0;
  let idle: (() => void) | undefined;
  /** Open event streams never finish by themselves: closing the server ends them. */
  const streams = new Set<ServerResponse>();

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
      const started = performance.now();
      res.once('close', () => {
        inFlight -= 1;
        if (inFlight === 0) idle?.();
        if (options.onResponse) logResponse(options.onResponse, req, res, started);
      });
      if (answerCors(options.cors ?? {}, req, res)) return;
      serve(policy, req, res, streams);
    },
  );
  server.keepAliveTimeout = 5_000;
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable) return socket.destroy();
    socket.end(rawAnswer(policy.clientError(clientErrorKind(error.code))));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port, address } = server.address() as AddressInfo;
  // A webhook must never reach this server's own control API, whatever address form it uses.
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
        for (const stream of streams) stream.end();
        server.closeIdleConnections();
        const drained = () => server.closeAllConnections();
        if (inFlight === 0) drained();
        else idle = drained;
      }),
  };
}

/** Adds the CORS headers a browser needs; answers a preflight itself (true) without reaching the fake. */
function answerCors(cors: CorsOptions, req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  const path = (req.url ?? '/').split('?', 1)[0] ?? '/';
  if (req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined) {
    // A refused origin gets no CORS headers, so the browser blocks the real request.
    res.writeHead(204, preflightHeaders(cors, origin, path) ?? {});
    res.end();
    return true;
  }
  for (const [name, value] of Object.entries(corsHeaders(cors, origin, path) ?? {}))
    res.setHeader(name, value);
  return false;
}

function logResponse(
  onResponse: (entry: ResponseLogEntry) => void,
  req: IncomingMessage,
  res: ServerResponse,
  started: number,
): void {
  const raw = req.url ?? '/';
  const at = raw.indexOf('?');
  onResponse({
    method: req.method ?? 'GET',
    path: at < 0 ? raw : raw.slice(0, at),
    action: at < 0 ? null : new URLSearchParams(raw.slice(at + 1)).get('action'),
    status: res.statusCode,
    ms: performance.now() - started,
  });
}

function clientErrorKind(code: string | undefined): ClientErrorKind {
  if (code === 'HPE_HEADER_OVERFLOW') return 'headers-too-large';
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 'timeout';
  return 'malformed';
}

/** A whole HTTP/1.1 answer for a socket the parser gave up on; the connection closes after it. */
function rawAnswer(response: MockResponse): string {
  const head = Object.entries({ ...response.headers, 'content-length': Buffer.byteLength(response.body) })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  const reason = STATUS_CODES[response.status] ?? '';
  return `HTTP/1.1 ${response.status} ${reason}\r\n${head}connection: close\r\n\r\n${response.body}`;
}

function serve(
  policy: TransportPolicy,
  req: IncomingMessage,
  res: ServerResponse,
  streams: Set<ServerResponse>,
): void {
  const declared = Number(req.headers['content-length'] ?? 0);
  const declaredTooLarge = policy.bodyTooLarge(declared);
  if (declaredTooLarge) {
    refuse(res, declaredTooLarge);
    return;
  }

  req.on('error', () => res.destroy());
  if (declared === 0 && req.headers['transfer-encoding'] === undefined) {
    // No body to wait for (a GET): answer now rather than a tick later on 'end'.
    answer(policy, req, res, undefined, streams);
    return;
  }

  const chunks: Buffer[] = [];
  let size = 0;
  let refused = false;
  req.on('data', (chunk: Buffer) => {
    if (refused) return;
    size += chunk.length;
    const tooLarge = policy.bodyTooLarge(size);
    if (tooLarge) {
      // Chunked bodies carry no length up front: stop at the limit instead of buffering the rest.
      refused = true;
      refuse(res, tooLarge);
      return;
    }
    chunks.push(chunk);
  });
  req.on('end', () => {
    if (refused) return;
    answer(
      policy,
      req,
      res,
      chunks.length === 0 ? undefined : Buffer.concat(chunks).toString('utf8'),
      streams,
    );
  });
}

function answer(
  policy: TransportPolicy,
  req: IncomingMessage,
  res: ServerResponse,
  body: string | undefined,
  streams: Set<ServerResponse>,
): void {
  if (req.method === 'GET' && (req.url ?? '/').split('?')[0] === API_REFERENCE_PATH) {
    answerApiReference(res);
    return;
  }
  let response: MockResponse;
  try {
    response = policy.answer({
      method: req.method ?? 'GET',
      target: req.url ?? '/',
      headers: req.headers as Record<string, string | undefined>,
      body,
    });
  } catch (error) {
    write(policy, res, policy.failure(error), error);
    return;
  }
  if (response.subscribe) {
    writeEventStream(res, { ...response, subscribe: response.subscribe }, streams);
    return;
  }
  const file = response.asset === undefined ? undefined : dashboardFile(response.asset);
  if (file) write(policy, res, { ...response, body: '', bytes: file });
  else if (response.delayMs) setTimeout(() => write(policy, res, response), response.delayMs);
  else write(policy, res, response);
}

function write(
  policy: TransportPolicy,
  res: ServerResponse,
  response: MockResponse,
  failure?: unknown,
): void {
  if (!res.destroyed) {
    const body = response.bytes ?? Buffer.from(response.body);
    res.writeHead(response.status, { ...response.headers, 'content-length': body.byteLength });
    if (response.reset) {
      // The injected "connection reset mid-body": part of the bytes, then the socket dies.
      res.write(body.subarray(0, policy.resetCut(body.byteLength)));
      res.socket?.destroy();
    } else res.end(body);
  }
  if (failure !== undefined) {
    setImmediate(() => {
      throw failure;
    });
  }
}

/** Answers an oversized request and closes the connection, leaving the rest of its body unread. */
function refuse(res: ServerResponse, response: MockResponse): void {
  if (res.headersSent) return;
  res.shouldKeepAlive = false;
  res.writeHead(response.status, { ...response.headers, connection: 'close' });
  res.end(response.body);
}
