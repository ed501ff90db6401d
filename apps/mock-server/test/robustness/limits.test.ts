import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMockApi, DEFAULT_API_KEY, DEFAULT_MAX_BODY_BYTES, type MockApi } from '../../src/index.js';
import { type RunningMockServer, startMockServer } from '../../src/node.js';
import { mb } from './support/context.js';
import { collect, openSocket, parseRawAnswer, type RawExchange } from './support/http-client.js';
import { idleConnectionsTest } from './support/idle-connections.js';

const CREATE = `/apidata.php?action=createcustomer&api_key=${DEFAULT_API_KEY}`;
const REQUEST_TIMEOUT_MS = 500;

const head = (lines: string[]) => `${lines.join('\r\n')}\r\n\r\n`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes `chunk` to `socket` until `progress.stop` or `maxBytes`, waiting for drain; counts in `progress.sent`. */
async function stream(
  socket: Socket,
  chunk: Buffer,
  maxBytes: number,
  progress: { sent: number; stop: boolean },
) {
  while (!progress.stop && progress.sent < maxBytes && !socket.destroyed) {
    const flushed = socket.write(chunk);
    progress.sent += chunk.length;
    if (!flushed) {
      await new Promise<void>((resolve) => {
        const done = () => {
          socket.off('drain', done);
          socket.off('close', done);
          resolve();
        };
        socket.on('drain', done);
        socket.on('close', done);
      });
    }
  }
}

/** Sends `bytes` one at a time, `everyMs` apart, for as long as the socket is open (or `max` bytes). */
async function trickle(socket: Socket, bytes: string, everyMs: number, max = 200): Promise<number> {
  let sent = 0;
  while (!socket.destroyed && sent < max) {
    socket.write(bytes[sent % bytes.length] as string);
    sent += 1;
    await sleep(everyMs);
  }
  return sent;
}

function expectPayloadTooLarge(exchange: RawExchange): void {
  const answer = parseRawAnswer(exchange.data);
  expect(answer?.status, exchange.data.toString('latin1').slice(0, 300)).toBe(413);
  expect(answer?.body).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: expect.any(String) });
  expect(answer?.head).toMatch(/content-type: application\/json/i);
}

describe('limits over HTTP', () => {
  let mock: MockApi;
  let server: RunningMockServer;

  beforeAll(async () => {
    mock = createMockApi({ validateResponses: true, journalLimit: 100 });
    server = await startMockServer({ port: 0, requestTimeoutMs: REQUEST_TIMEOUT_MS, mock });
  });
  afterAll(async () => {
    await server.close();
  });

  test('a body declared at 50 MB is refused with a JSON 413 after a few KB, and the connection is closed', async () => {
    const socket = await openSocket(server.port);
    const exchange = await collect(socket, 5_000, () => {
      socket.write(
        head([
          `POST ${CREATE} HTTP/1.1`,
          'Host: 127.0.0.1',
          'Content-Type: application/json',
          `Content-Length: ${50 * 1024 * 1024}`,
        ]),
      );
      socket.write(`{"data":{"firstname":"${'x'.repeat(16_000)}`);
    });
    expect(exchange.timedOut).toBe(false);
    expectPayloadTooLarge(exchange);
  });

  test('a chunked body that keeps streaming is refused with a JSON 413 long before it ends, without buffering it', {
    timeout: 30_000,
  }, async () => {
    const socket = await openSocket(server.port);
    const rssBefore = process.memoryUsage().rss;
    const progress = { sent: 0, stop: false };
    let sentAtAnswer = 0;
    socket.once('data', () => {
      progress.stop = true;
      sentAtAnswer = progress.sent;
    });
    const chunk = Buffer.from(`10000\r\n${'y'.repeat(0x10000)}\r\n`, 'latin1');
    const budget = 256 * 1024 * 1024;
    const exchange = await collect(socket, 15_000, () => {
      socket.write(
        head([
          `POST ${CREATE} HTTP/1.1`,
          'Host: 127.0.0.1',
          'Content-Type: application/json',
          'Transfer-Encoding: chunked',
        ]),
      );
      void stream(socket, chunk, budget, progress);
    });
    expect(exchange.timedOut).toBe(false);
    expectPayloadTooLarge(exchange);
    // The answer came after the limit and socket buffers, far below what the client was ready to send.
    expect(sentAtAnswer).toBeGreaterThan(DEFAULT_MAX_BODY_BYTES);
    expect(sentAtAnswer).toBeLessThan(64 * 1024 * 1024);
    const growth = process.memoryUsage().rss - rssBefore;
    expect(growth, `RSS grew by ${mb(growth)} MB`).toBeLessThan(48 * 1024 * 1024);
    console.log(
      `limits: chunked body refused with 413 after ${mb(sentAtAnswer)} MB sent, RSS +${mb(growth)} MB`,
    );
  });

  test('a client that keeps streaming a body after its 413 is disconnected', {
    timeout: 30_000,
  }, async () => {
    const socket = await openSocket(server.port);
    const progress = { sent: 0, stop: false };
    const chunk = Buffer.from(`10000\r\n${'z'.repeat(0x10000)}\r\n`, 'latin1');
    const exchange = await collect(socket, 10_000, () => {
      socket.write(
        head([
          `POST ${CREATE} HTTP/1.1`,
          'Host: x',
          'Content-Type: application/json',
          'Transfer-Encoding: chunked',
        ]),
      );
      void stream(socket, chunk, 512 * 1024 * 1024, progress);
    });
    progress.stop = true;
    expect(exchange.timedOut, 'the server let the body stream on for 10 s').toBe(false);
    expect(exchange.closed).toBe(true);
    expectPayloadTooLarge(exchange);
    expect(progress.sent).toBeLessThan(256 * 1024 * 1024);
  });

  test('a client that sends its headers too slowly is cut off', { timeout: 20_000 }, async () => {
    const socket = await openSocket(server.port);
    const started = Date.now();
    const exchange = await collect(socket, 8_000, () => {
      socket.write(
        `GET /apidata.php?action=getallcustomers&api_key=${DEFAULT_API_KEY} HTTP/1.1\r\nHost: x\r\n`,
      );
      void trickle(socket, 'X-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n', 50);
    });
    expect(exchange.timedOut, 'still open after 8 s').toBe(false);
    expect(exchange.closed).toBe(true);
    const answer = parseRawAnswer(exchange.data);
    // Node's timeout reaches the mock's clientError handler: a JSON 408 that says what happened.
    expect(answer?.status).toBe(408);
    expect(answer?.body).toEqual({
      code: 'REQUEST_TIMEOUT',
      message: expect.stringMatching(/^Timed out: the request was not received in time/),
    });
    console.log(
      `limits: slow headers cut off after ${Date.now() - started} ms (timeout ${REQUEST_TIMEOUT_MS} ms)`,
    );
  });

  test('a client that sends its body too slowly is cut off', { timeout: 20_000 }, async () => {
    const socket = await openSocket(server.port);
    const started = Date.now();
    const exchange = await collect(socket, 8_000, () => {
      socket.write(
        head([
          `POST ${CREATE} HTTP/1.1`,
          'Host: x',
          'Content-Type: application/json',
          'Content-Length: 1000',
        ]),
      );
      void trickle(socket, '{"data":{"firstname":"slow"', 50);
    });
    expect(exchange.timedOut, 'still open after 8 s').toBe(false);
    expect(exchange.closed).toBe(true);
    console.log(
      `limits: slow body cut off after ${Date.now() - started} ms (timeout ${REQUEST_TIMEOUT_MS} ms)`,
    );
  });

  test('a body shorter than its Content-Length answers 408 and says it timed out', {
    timeout: 20_000,
  }, async () => {
    const socket = await openSocket(server.port);
    const exchange = await collect(socket, 8_000, () => {
      socket.write(
        `${head([`POST ${CREATE} HTTP/1.1`, 'Host: x', 'Content-Type: application/json', 'Content-Length: 100'])}{"data":{}}`,
      );
    });
    expect(exchange.timedOut, 'still open after 8 s').toBe(false);
    const answer = parseRawAnswer(exchange.data);
    expect(answer?.status).toBe(408);
    expect(answer?.body).toEqual({ code: 'REQUEST_TIMEOUT', message: expect.stringMatching(/^Timed out/) });
  });

  idleConnectionsTest(() => mock);
});
