import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMockApi, DEFAULT_API_KEY, type MockApi } from '../../src/index.js';
import { type RunningMockServer, startMockServer } from '../../src/node.js';
import { answerProblem } from './support/answer-invariants.js';
import { hostileContext, mb, robustnessSeed, scaled } from './support/context.js';
import {
  HEADER_BYTES_THAT_MAY_OVERFLOW,
  type HostileRequest,
  headerBytes,
  hostileRequests,
  requestTarget,
  toMockRequest,
} from './support/hostile-requests.js';
import {
  collect,
  type Exchange,
  inBatches,
  keepAliveAgent,
  openSocket,
  parseRawAnswer,
  send,
} from './support/http-client.js';
import { pollutionProblem, prototypeSnapshot, worldProblems } from './support/world-invariants.js';

const HTTP_BATCH = 16;
const IN_FLIGHT = 12;
const IN_PROCESS_BATCH = 50;
const MEMORY_GROWTH_LIMIT = 200 * 1024 * 1024;

/** A request as a replayable line: method, target, headers and the body's first bytes. */
function describeRequest(request: HostileRequest): string {
  const body = request.body === undefined ? '(none)' : Buffer.from(request.body).toString('utf8');
  const headers = Object.entries(request.headers).map(
    ([n, v]) => `${n}: ${v.length > 80 ? `${v.slice(0, 80)}…(${v.length})` : v}`,
  );
  return `${request.method} ${requestTarget(request).slice(0, 400)} [${headers.join('; ')}] body ${JSON.stringify(body.slice(0, 300))}${body.length > 300 ? `…(${body.length})` : ''}`;
}

/** The invariant of one exchange over HTTP. */
function exchangeProblem(request: HostileRequest, exchange: Exchange): string | null {
  if (exchange.kind === 'timeout') return 'no answer within 5 s';
  if (exchange.kind === 'closed') {
    // Only headers past node's 16 KiB limit may be answered by closing the connection.
    return headerBytes(request) >= HEADER_BYTES_THAT_MAY_OVERFLOW
      ? null
      : `connection closed: ${exchange.error}`;
  }
  const header = (name: string) => {
    const value = exchange.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  };
  return answerProblem(request, {
    status: exchange.status,
    contentType: header('content-type'),
    allow: header('allow'),
    text: exchange.text,
    hasBody: request.method !== 'HEAD',
  });
}

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Memory in use after a full collection: what is retained, not what V8 has yet to collect. */
function retainedHeap(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/**
 * The world's, the prototypes' and the memory's invariants after a batch. RSS is the cheap first
 * look; only when it has grown past the limit is the heap collected and what it retains compared
 * (Node 24's V8 collects later than Node 20's, so RSS alone would blame garbage).
 */
function stateProblems(mock: MockApi, snapshot: string, before: { rss: number; retained: number }): string[] {
  const problems = worldProblems(mock.world);
  const pollution = pollutionProblem(snapshot);
  if (pollution) problems.push(pollution);
  if (process.memoryUsage().rss - before.rss > MEMORY_GROWTH_LIMIT) {
    const growth = retainedHeap() - before.retained;
    if (growth > MEMORY_GROWTH_LIMIT)
      problems.push(`the heap retains ${mb(growth)} MB more than at the start`);
  }
  return problems;
}

/**
 * The hostile-input suite at SOLARPROOF_TEST_SCALE: at 1 (the default tier) 512 requests over HTTP,
 * 16 raw messages and 1,000 in-process requests; the long tier's 20 makes them 10,240, 320 and 20,000.
 */
export function hostileInputSuite(): void {
  const httpRuns = scaled(32);
  const rawRuns = scaled(2);
  const inProcessRuns = scaled(20);
  const httpRequests = httpRuns * HTTP_BATCH;
  const inProcessRequests = inProcessRuns * IN_PROCESS_BATCH;

  describe('hostile input over HTTP', () => {
    let mock: MockApi;
    let server: RunningMockServer;
    const seed = robustnessSeed();

    beforeAll(async () => {
      mock = createMockApi({ validateResponses: true, journalLimit: 200 });
      server = await startMockServer({ port: 0, mock });
    });
    afterAll(async () => {
      await server.close();
    });

    test(`every one of ${httpRequests.toLocaleString('en')} generated requests is answered in a documented shape, and the world stays consistent`, {
      timeout: Math.max(60_000, httpRequests * 10),
    }, async () => {
      const agent = keepAliveAgent(IN_FLIGHT);
      const context = hostileContext(mock);
      const snapshot = prototypeSnapshot();
      const before = { ...process.memoryUsage(), retained: retainedHeap() };
      let requests = 0;
      let violations = 0;
      const statuses = new Map<string, number>();
      try {
        await fc.assert(
          fc.asyncProperty(
            fc.array(hostileRequests(context), { minLength: HTTP_BATCH, maxLength: HTTP_BATCH }),
            async (batch) => {
              const exchanges = await inBatches(batch, IN_FLIGHT, (request) =>
                send(
                  server.port,
                  {
                    method: request.method,
                    target: requestTarget(request),
                    headers: request.headers,
                    body: request.body,
                  },
                  agent,
                ),
              );
              requests += batch.length;
              for (const exchange of exchanges) {
                const key = exchange.kind === 'answer' ? String(exchange.status) : exchange.kind;
                statuses.set(key, (statuses.get(key) ?? 0) + 1);
              }
              const problems: string[] = [];
              batch.forEach((request, at) => {
                const problem = exchangeProblem(request, exchanges[at] as Exchange);
                if (problem) problems.push(`${problem}\n    for ${describeRequest(request)}`);
              });
              problems.push(...stateProblems(mock, snapshot, before));
              if (problems.length > 0) {
                violations += problems.length;
                throw new Error(problems.join('\n'));
              }
            },
          ),
          { numRuns: httpRuns, seed, verbose: 1 },
        );
      } finally {
        agent.destroy();
        const after = process.memoryUsage();
        console.log(
          `hostile input: ${requests} requests over HTTP, ${violations} violations (seed ${seed}; RSS +${mb(after.rss - before.rss)} MB, heap +${mb(after.heapUsed - before.heapUsed)} MB; answers ${[
            ...statuses,
          ]
            .sort()
            .map(([k, n]) => `${k}×${n}`)
            .join(' ')})`,
        );
      }
      expect(requests).toBeGreaterThanOrEqual(httpRequests);

      // The walk over HTTP agrees with the stored count.
      const company = mock.world.companyByApiKey(DEFAULT_API_KEY)!;
      let paged = 0;
      for (let page = 1; ; page++) {
        const response = await fetch(
          `${server.url}/apidata.php?action=getallcustomers&page=${page}&api_key=${DEFAULT_API_KEY}`,
        );
        if (response.status === 404) break;
        expect(response.status).toBe(200);
        paged += ((await response.json()) as unknown[]).length;
      }
      expect(paged).toBe(mock.world.customerCount(company.id));
    });

    test('raw malformed bytes are answered with a JSON 4xx or a closed connection, and the server keeps serving', {
      timeout: 60_000,
    }, async () => {
      const line = fc.constantFrom(
        'GET /apidata.php HTTP/9.9',
        'GET /apidata.php',
        'GET',
        'G\u0000T /apidata.php HTTP/1.1',
        'FOO /apidata.php HTTP/1.1',
        'GET apidata.php HTTP/1.1',
        'GET /apidata.php?action=getallcustomers HTTP/1.1',
        'POST /apidata.php?action=createcustomer HTTP/1.1',
        'GET /\u00ff\u00fe HTTP/1.1',
      );
      // Long headers are named, not spelt out, so a counterexample stays readable.
      const bigHeaders: Record<string, string> = {
        'X-Big: b×20000': `X-Big: ${'b'.repeat(20_000)}`,
        'X-0..X-299: 300 headers': Array.from({ length: 300 }, (_, i) => `X-${i}: ${i}`).join('\r\n'),
      };
      const header = fc.constantFrom(
        'Host: x',
        'Content-Length: -1',
        'Content-Length: abc',
        'Content-Length: 5\r\nContent-Length: 6',
        'Content-Length: 99999999999999999999',
        'Content-Length: 10',
        'Transfer-Encoding: chunked',
        'Transfer-Encoding: gzip, chunked',
        'Transfer-Encoding: chunked\r\nContent-Length: 3',
        'No colon here',
        ' folded: value',
        'Bad Name: x',
        'X: \u0001\u007f',
        'Content-Type: application/json',
        ...Object.keys(bigHeaders),
      );
      const body = fc.constantFrom(
        '',
        '0\r\n\r\n',
        'zz\r\nabc\r\n0\r\n\r\n',
        '{"data":{}}',
        '\u0000\u0001\u0002',
      );
      const message = fc.oneof(
        {
          weight: 4,
          arbitrary: fc
            .tuple(line, fc.array(header, { maxLength: 4 }), body)
            .map(([l, hs, b]) => `${l}\r\n${hs.map((h) => `${h}\r\n`).join('')}\r\n${b}`),
        },
        {
          weight: 1,
          arbitrary: fc
            .uint8Array({ minLength: 1, maxLength: 2_000 })
            .map((bytes) => Buffer.from(bytes).toString('latin1')),
        },
      );
      const bytesOf = (text: string) =>
        Buffer.from(
          Object.entries(bigHeaders).reduce((out, [name, value]) => out.split(name).join(value), text),
          'latin1',
        );
      let sent = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(message, { minLength: 8, maxLength: 8 }), async (batch) => {
          const results = await inBatches(batch, 8, async (text) => {
            const socket = await openSocket(server.port);
            // After 200 ms without news the client ends its side: the server must then close, whether
            // it still waits for the rest of the request or has answered and keeps the connection alive.
            return collect(socket, 5_000, () => {
              let quiet = setTimeout(() => socket.end(), 200);
              socket.on('data', () => {
                clearTimeout(quiet);
                quiet = setTimeout(() => socket.end(), 200);
              });
              socket.once('close', () => clearTimeout(quiet));
              socket.write(bytesOf(text));
            });
          });
          sent += batch.length;
          results.forEach((result, at) => {
            const described = JSON.stringify((batch[at] as string).slice(0, 200));
            expect(result.timedOut, `no answer and no close for ${described}`).toBe(false);
            if (result.data.length === 0) return;
            const answer = parseRawAnswer(result.data);
            expect(answer, `not an HTTP answer for ${described}`).not.toBeNull();
            expect(answer!.status, `status for ${described}`).toBeLessThan(500);
            if (answer!.status >= 400) {
              expect(answer!.body, `a ${answer!.status} without a JSON body for ${described}`).toMatchObject({
                code: expect.any(String),
                message: expect.any(String),
              });
            }
          });
        }),
        { numRuns: rawRuns, seed, verbose: 1 },
      );
      console.log(`hostile input: ${sent} raw malformed requests, 0 violations (seed ${seed})`);
      const response = await fetch(
        `${server.url}/apidata.php?action=getallcustomers&api_key=${DEFAULT_API_KEY}`,
      );
      expect(response.status).toBe(200);
    });
  });

  describe('hostile input in-process', () => {
    test(`mock.handle answers ${inProcessRequests.toLocaleString('en')} generated requests in a documented shape, and the world stays consistent`, {
      timeout: Math.max(60_000, inProcessRequests * 5),
    }, () => {
      const seed = robustnessSeed();
      const mock = createMockApi({ validateResponses: true, seed: 3, journalLimit: 200 });
      const context = hostileContext(mock);
      const snapshot = prototypeSnapshot();
      const before = { ...process.memoryUsage(), retained: retainedHeap() };
      let requests = 0;
      let violations = 0;
      try {
        fc.assert(
          fc.property(
            fc.array(hostileRequests(context), { minLength: IN_PROCESS_BATCH, maxLength: IN_PROCESS_BATCH }),
            (batch) => {
              const problems: string[] = [];
              for (const request of batch) {
                const response = mock.handle(toMockRequest(request));
                requests += 1;
                const problem = answerProblem(request, {
                  status: response.status,
                  contentType: response.headers['content-type'],
                  allow: response.headers.allow,
                  text: response.body,
                  hasBody: true,
                });
                if (problem) problems.push(`${problem}\n    for ${describeRequest(request)}`);
              }
              problems.push(...stateProblems(mock, snapshot, before));
              if (problems.length > 0) {
                violations += problems.length;
                throw new Error(problems.join('\n'));
              }
            },
          ),
          { numRuns: inProcessRuns, seed, verbose: 1 },
        );
      } finally {
        console.log(
          `hostile input: ${requests} requests in-process, ${violations} violations (seed ${seed})`,
        );
      }
      expect(requests).toBeGreaterThanOrEqual(inProcessRequests);
    });
  });
}
