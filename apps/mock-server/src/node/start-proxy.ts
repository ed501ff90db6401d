import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderDriftMarkdown } from '../proxy/drift-report.js';
import { isWriteRequest } from '../proxy/operation-of-request.js';
import { ProxySession } from '../proxy/proxy-session.js';
import type { RecordedExchange } from '../proxy/recorded-exchange.js';
import { redactUrl } from '../proxy/remove-api-key.js';
import { forwardRequest, HOP_BY_HOP } from './forward-request.js';
import { writeDriftReport, writeFileAtomic } from './proxy-files.js';
import {
  forwardHeaders,
  pairs,
  parseTarget,
  readBody,
  sendError,
  sendJson,
  upstreamUrl,
} from './proxy-http.js';

export interface ProxyOptions {
  /** Where requests go, e.g. `https://solarproof.com.au`. A path in it prefixes every request path. */
  target: string;
  /** Default 4020; 0 picks a free port. The proxy binds 127.0.0.1 only. */
  port?: number;
  /** Write the exchanges as HAR 1.2 here (keys removed), after each exchange and on close. */
  record?: string;
  /** Replace personal data in the recording with consistent faker values. */
  scrub?: boolean;
  /** Forward writes (createcustomer, updatecustomer, ...). Off: they are refused, nothing reaches the target. */
  allowWrites?: boolean;
  /** Write the drift report here (`.md` and `.json`) on close and on `POST /__proxy/report`. */
  report?: string;
  /** An upstream answer must be complete within this. Default 30 s. */
  upstreamTimeoutMs?: number;
  /** Request bodies over this are refused. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Upstream answers over this are refused. Default 32 MiB. */
  maxResponseBytes?: number;
  /** One line per exchange, no key in it. */
  log?: (line: string) => void;
}

export interface RunningProxy {
  readonly url: string;
  readonly port: number;
  readonly session: ProxySession;
  readonly server: Server;
  /** Writes the report and the recording now; returns the paths written. */
  flush(): string[];
  /** Stops accepting, waits for exchanges in flight, then writes the report and the recording. */
  close(): Promise<string[]>;
}

export const DRIFT_HEADER = 'x-solarproof-proxy-drift';
const CONTROL_PREFIX = '/__proxy/';
const VERSION = '0.1.0';

/**
 * A validating, recording proxy in front of the Solar Proof API (or anything that claims to be it).
 *
 * @example
 * const proxy = await startProxy({ target: 'https://solarproof.com.au', port: 0, record: 'session.har' });
 * // point the client at proxy.url, run, then:
 * await proxy.close(); // writes session.har with the key removed
 */
export async function startProxy(options: ProxyOptions): Promise<RunningProxy> {
  const target = parseTarget(options.target);
  const session = new ProxySession({ target: redactUrl(target.toString()), scrub: options.scrub ?? false });
  const limit = options.maxBodyBytes ?? 1024 * 1024;
  const log = options.log ?? (() => {});
  let inFlight = 0;
  let idle: (() => void) | undefined;
  let recordTimer: NodeJS.Timeout | undefined;

  const writeRecording = () => {
    if (!options.record) return [];
    writeFileAtomic(options.record, `${JSON.stringify(session.har(VERSION), null, 2)}\n`);
    return [options.record];
  };
  const flush = () => {
    clearTimeout(recordTimer);
    const written = options.report
      ? writeDriftReport(options.report, session.report(new Date().toISOString()))
      : [];
    return [...written, ...writeRecording()];
  };
  const recordSoon = () => {
    if (!options.record || recordTimer) return;
    // After a burst, not per exchange: a long session would otherwise rewrite the file thousands of times.
    recordTimer = setTimeout(() => {
      recordTimer = undefined;
      try {
        writeRecording();
      } catch (error) {
        log(`could not write ${options.record}: ${(error as Error).message}`);
      }
    }, 200);
  };

  const server = createServer({ requestTimeout: 60_000 }, (req, res) => {
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0) idle?.();
    });
    readBody(req, limit)
      .then((body) => {
        if (body === 'too-large')
          return sendError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body exceeds ${limit} bytes`);
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        if (path.startsWith(CONTROL_PREFIX)) return control(req, res, path);
        return relay(req, res, body).then(recordSoon);
      })
      .catch((error: Error) => {
        // A bug here must answer the one request, not take the proxy down with the key in a stack trace.
        log(`internal error: ${session.redact(error.message)}`);
        sendError(
          res,
          500,
          'UNKNOWN',
          'The proxy failed on this request; the target may or may not have received it',
        );
      });
  });

  const control = (req: IncomingMessage, res: ServerResponse, path: string) => {
    const query = new URLSearchParams((req.url ?? '').split('?')[1] ?? '');
    if (path === '/__proxy/health') return sendJson(res, 200, { ok: true, target: session.target });
    if (path === '/__proxy/journal') return sendJson(res, 200, session.journal());
    if (path === '/__proxy/report' && req.method === 'GET') {
      const report = session.report(new Date().toISOString());
      if (query.get('format') === 'markdown' || query.get('format') === 'md') {
        res.writeHead(200, { 'content-type': 'text/markdown; charset=utf-8' });
        return res.end(renderDriftMarkdown(report));
      }
      return sendJson(res, 200, report);
    }
    if (path === '/__proxy/report' && req.method === 'POST') {
      try {
        return sendJson(res, 200, { written: flush() });
      } catch (error) {
        return sendError(res, 500, 'UNKNOWN', `Could not write the report: ${(error as Error).message}`);
      }
    }
    return sendError(
      res,
      404,
      'NOT_FOUND',
      `No proxy route ${req.method} ${path}: try GET /__proxy/report, GET /__proxy/journal, POST /__proxy/report`,
    );
  };

  const relay = async (req: IncomingMessage, res: ServerResponse, body: Buffer | undefined) => {
    const started = Date.now();
    const method = req.method ?? 'GET';
    const url = upstreamUrl(target, req.url ?? '/');
    const action = url.searchParams.get('action');
    const requestHeaders = pairs(req.rawHeaders);
    const request: RecordedExchange['request'] = {
      method,
      url: url.toString(),
      headers: requestHeaders,
      ...(body === undefined ? {} : { body: body.toString('utf8') }),
    };
    session.learnSecrets(request);

    if (!options.allowWrites && isWriteRequest(method, action)) {
      session.refused(method, action, new Date(started).toISOString());
      log(`${method} ${session.redact(action ?? '(no action)')} refused: the proxy is read-only`);
      return sendError(
        res,
        403,
        'PERMISSION_DENIED',
        `The proxy is read-only: ${method} ${session.redact(action ?? '(no action)')} could change data at the target, so it was not sent. Start the proxy with --allow-writes to forward writes.`,
        { 'x-solarproof-proxy-error': 'write-refused' },
      );
    }

    const result = await forwardRequest({
      url,
      method,
      headers: forwardHeaders(req.rawHeaders, url),
      body,
      timeoutMs: options.upstreamTimeoutMs ?? 30_000,
      maxResponseBytes: options.maxResponseBytes ?? 32 * 1024 * 1024,
    });
    const timeMs = Date.now() - started;
    const exchange: RecordedExchange = { startedDateTime: new Date(started).toISOString(), timeMs, request };
    if (!result.ok) {
      exchange.failure = result.failure;
      const { entry } = session.add(exchange, undefined);
      log(`${method} ${entry.action ?? '(no action)'} no answer after ${timeMs} ms: ${entry.failure}`);
      return sendError(
        res,
        result.timedOut ? 504 : 502,
        'UNKNOWN',
        `The proxy got no answer from ${session.target}: ${entry.failure}`,
        {
          'x-solarproof-proxy-error': result.timedOut ? 'timeout' : 'no-answer',
          [DRIFT_HEADER]: String(entry.driftCount),
        },
      );
    }
    const { answer } = result;
    exchange.response = {
      status: answer.status,
      statusText: answer.statusText,
      headers: pairs(answer.rawHeaders),
      body: answer.text,
    };
    const contentType = answer.headers['content-type'];
    const { entry } = session.add(exchange, contentType);
    log(
      `${method} ${entry.action ?? '(no action)'} ${answer.status} ${timeMs} ms, drift ${entry.driftCount}`,
    );
    if (res.destroyed) return;
    const headers: string[] = [];
    for (let i = 0; i < answer.rawHeaders.length; i += 2) {
      const name = answer.rawHeaders[i] as string;
      if (HOP_BY_HOP.has(name.toLowerCase()) || name.toLowerCase() === 'content-length') continue;
      headers.push(name, answer.rawHeaders[i + 1] as string);
    }
    headers.push('content-length', String(answer.bytes.length), DRIFT_HEADER, String(entry.driftCount));
    res.writeHead(answer.status, answer.statusText, headers);
    res.end(method === 'HEAD' ? undefined : answer.bytes);
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4020, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    session,
    server,
    flush,
    close: () =>
      new Promise<string[]>((resolve, reject) => {
        const done = () => {
          try {
            resolve(flush());
          } catch (error) {
            reject(error);
          }
        };
        server.close();
        server.closeIdleConnections();
        if (inFlight === 0) done();
        else idle = done;
      }),
  };
}
