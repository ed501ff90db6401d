import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

export interface UpstreamAnswer {
  status: number;
  statusText: string;
  /** As received, name and value pairs in order. */
  rawHeaders: string[];
  headers: IncomingHttpHeaders;
  /** The bytes as they came, still encoded: what the proxy passes on. */
  bytes: Buffer;
  /** The body as text after `content-encoding`, for checking and recording. */
  text: string;
}

export type UpstreamResult =
  | { ok: true; answer: UpstreamAnswer }
  | { ok: false; failure: string; timedOut: boolean };

/** Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection and are not forwarded. */
export const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/**
 * Sends one request upstream and reads the whole answer, within `timeoutMs` from the first byte
 * sent to the last byte received. Never throws: a refused connection, a reset or a timeout comes
 * back as a failure with a sentence saying which.
 */
export function forwardRequest(options: {
  url: URL;
  method: string;
  headers: Record<string, string | string[]>;
  body: Buffer | undefined;
  timeoutMs: number;
  maxResponseBytes: number;
}): Promise<UpstreamResult> {
  const { url, timeoutMs } = options;
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: UpstreamResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const upstream = send(url, { method: options.method, headers: options.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxResponseBytes) {
          upstream.destroy();
          finish({
            ok: false,
            failure: `the upstream answer exceeded ${options.maxResponseBytes} bytes`,
            timedOut: false,
          });
          return;
        }
        chunks.push(chunk);
      });
      res.on('error', (error) => finish({ ok: false, failure: describeFailure(error), timedOut: false }));
      res.on('aborted', () =>
        finish({ ok: false, failure: 'the upstream closed the connection mid-answer', timedOut: false }),
      );
      res.on('end', () => {
        if (!res.complete) {
          finish({ ok: false, failure: 'the upstream closed the connection mid-answer', timedOut: false });
          return;
        }
        const bytes = Buffer.concat(chunks);
        finish({
          ok: true,
          answer: {
            status: res.statusCode ?? 0,
            statusText: res.statusMessage ?? '',
            rawHeaders: res.rawHeaders,
            headers: res.headers,
            bytes,
            text: decode(bytes, res.headers['content-encoding']),
          },
        });
      });
    });
    const timer = setTimeout(() => {
      finish({ ok: false, failure: `the upstream did not answer within ${timeoutMs} ms`, timedOut: true });
      upstream.destroy();
    }, timeoutMs);
    upstream.on('error', (error) => finish({ ok: false, failure: describeFailure(error), timedOut: false }));
    upstream.end(options.body);
  });
}

function decode(bytes: Buffer, encoding: string | undefined): string {
  try {
    switch (encoding?.trim().toLowerCase()) {
      case 'gzip':
      case 'x-gzip':
        return gunzipSync(bytes).toString('utf8');
      case 'deflate':
        return inflateSync(bytes).toString('utf8');
      case 'br':
        return brotliDecompressSync(bytes).toString('utf8');
      default:
        return bytes.toString('utf8');
    }
  } catch {
    return `(a ${encoding} body that does not decode: ${bytes.length} bytes)`;
  }
}

function describeFailure(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ECONNREFUSED':
      return 'the upstream refused the connection (is anything listening there?)';
    case 'ECONNRESET':
    case 'EPIPE':
      return 'the upstream reset the connection';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the upstream host name does not resolve';
    case 'HPE_INVALID_CONSTANT':
    case 'HPE_INVALID_STATUS':
      return 'the upstream did not answer in HTTP';
    default:
      return `the upstream request failed: ${error.code ?? error.message}`;
  }
}
