import { readFileSync } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import * as zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type StandIn, startStandIn } from '../test/support/stand-in-server.js';
import { createNodeHttpSend } from './node-http-send.js';
import type { Send, WireResponse } from './wire-response.js';

const nodeSend = createNodeHttpSend({ http: () => http, https: () => https, zlib: () => zlib });
const viaFetch: Send = (url, init) => fetch(url, init);

type Behaviour = (request: http.IncomingMessage, response: http.ServerResponse) => void;
const page = JSON.stringify([{ customer_id: '1', customer_first_name: 'Zoë' }]);
const behaviours: Record<string, Behaviour> = {
  'a JSON page': (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(page);
  },
  'a gzip body': (_request, response) => {
    response.writeHead(200, { 'Content-Encoding': 'gzip' }).end(zlib.gzipSync(page));
  },
  'a deflate body': (_request, response) => {
    response.writeHead(200, { 'Content-Encoding': 'deflate' }).end(zlib.deflateSync(page));
  },
  'a brotli body': (_request, response) => {
    response.writeHead(200, { 'Content-Encoding': 'br' }).end(zlib.brotliCompressSync(page));
  },
  'an unknown coding, left as it came': (_request, response) => {
    response.writeHead(200, { 'Content-Encoding': 'zstd-like' }).end('raw');
  },
  'a header sent twice': (_request, response) => {
    response.setHeader('X-Twice', ['a', 'b']);
    response.setHeader('Retry-After', '7');
    response.end('[]');
  },
  'a 204 with no body': (_request, response) => {
    response.writeHead(204).end();
  },
  'a redirect, not followed': (_request, response) => {
    response.writeHead(302, { Location: '/elsewhere' }).end('moved');
  },
  'a 500 with HTML': (_request, response) => {
    response.writeHead(500, { 'Content-Type': 'text/html' }).end('<html>oops</html>');
  },
  'a body cut short': (_request, response) => {
    response.writeHead(200, { 'Content-Length': '100' });
    response.write('[{"customer_id":');
    setTimeout(() => response.socket?.destroy(), 20);
  },
  'a body in many chunks': (_request, response) => {
    response.writeHead(200);
    let sent = 0;
    const next = () => {
      if (sent === 40) return response.end(']');
      response.write(sent === 0 ? '[0' : `,${sent}`);
      sent += 1;
      setImmediate(next);
    };
    next();
  },
};

let behave: Behaviour = (_request, response) => response.end();
let seenHeaders: string[][] = [];
let server: StandIn;
beforeAll(async () => {
  server = await startStandIn((request, response) => {
    const pairs: string[] = [];
    for (let index = 0; index < request.rawHeaders.length; index += 2) {
      pairs.push(`${request.rawHeaders[index]?.toLowerCase()}: ${request.rawHeaders[index + 1]}`);
    }
    seenHeaders.push(pairs.sort());
    behave(request, response);
  });
});
afterAll(() => server.close());

/** Everything the client reads of a response, or how sending or reading it failed. */
async function outcome(send: Send, init: RequestInit = { method: 'GET' }) {
  // The client always sends `redirect: 'manual'` and follows redirects itself.
  init = { ...init, redirect: 'manual' };
  let response: WireResponse;
  try {
    response = await send(`${server.url}/apidata.php?action=getallcustomers&page=1`, init);
  } catch (error) {
    return { failed: describeError(error) };
  }
  const head = {
    status: response.status,
    redirected: response.redirected,
    type: response.type,
    headers: ['content-type', 'x-twice', 'retry-after', 'location', 'absent'].map((name) =>
      response.headers.get(name),
    ),
  };
  if (!response.body) return { ...head, body: null };
  const reader = response.body.getReader();
  const bytes: number[] = [];
  try {
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      bytes.push(...chunk.value);
    }
  } catch (error) {
    return { ...head, readFailed: describeError(error) };
  }
  return { ...head, body: new TextDecoder().decode(new Uint8Array(bytes)) };
}

function describeError(error: unknown) {
  const { name, message } = error as Error;
  return { name, message };
}

describe('the node:http transport answers as fetch does', () => {
  test.each(Object.entries(behaviours))('%s', async (_name, behaviour) => {
    behave = behaviour;
    const fromFetch = await outcome(viaFetch);
    const fromNode = await outcome(nodeSend);
    expect(fromNode).toEqual(fromFetch);
  });

  test.each([
    ['a GET', { method: 'GET', headers: { Accept: 'application/json' } }],
    ['a GET with no headers of its own', { method: 'GET' }],
    [
      'a POST with a JSON body',
      {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: '{"data":{"pkcustomerid":1,"note":"Zoë"}}',
      },
    ],
  ])('%s sends the headers and body fetch sends', async (_name, init) => {
    behave = (_request, response) => response.end('[]');
    seenHeaders = [];
    await outcome(viaFetch, init);
    await outcome(nodeSend, init);
    const [fromFetch, fromNode] = seenHeaders;
    expect(fromNode).toEqual(fromFetch);
    const [bodyFromFetch, bodyFromNode] = server.requests.slice(-2).map((request) => request.body);
    expect(bodyFromNode).toBe(bodyFromFetch);
  });

  test('a refused connection rejects with "fetch failed" and the cause, as fetch does', async () => {
    const closed = await startStandIn((_request, response) => response.end());
    await closed.close();
    const url = `${closed.url}/apidata.php`;
    const [fromFetch, fromNode] = await Promise.all(
      [viaFetch, nodeSend].map((send) =>
        send(url, { method: 'GET' }).then(
          () => undefined,
          (error: unknown) => error as TypeError & { cause: { code?: string } },
        ),
      ),
    );
    expect(fromNode).toBeInstanceOf(TypeError);
    expect(fromNode?.message).toBe(fromFetch?.message);
    expect(fromNode?.cause.code).toBe('ECONNREFUSED');
    expect(fromNode?.cause.code).toBe(fromFetch?.cause.code);
  });
});

describe('aborting', () => {
  test('a signal aborted before the call rejects with its reason and sends nothing', async () => {
    behave = (_request, response) => response.end('[]');
    const before = server.requests.length;
    const reason = new Error('stop');
    await expect(
      nodeSend(`${server.url}/apidata.php`, { method: 'GET', signal: AbortSignal.abort(reason) }),
    ).rejects.toBe(reason);
    expect(server.requests.length).toBe(before);
  });

  test('aborting before the answer rejects the call with the reason', async () => {
    behave = () => undefined;
    const controller = new AbortController();
    const reason = new Error('no more waiting');
    const pending = nodeSend(`${server.url}/apidata.php`, { method: 'GET', signal: controller.signal });
    setTimeout(() => controller.abort(reason), 20);
    await expect(pending).rejects.toBe(reason);
  });

  test('aborting while the body comes rejects the read with the reason', async () => {
    behave = (_request, response) => {
      response.writeHead(200);
      response.write('[');
    };
    const controller = new AbortController();
    const reason = new Error('enough');
    const response = await nodeSend(`${server.url}/apidata.php`, {
      method: 'GET',
      signal: controller.signal,
    });
    const reader = response.body?.getReader();
    expect((await reader?.read())?.done).toBe(false);
    const next = reader?.read();
    controller.abort(reason);
    await expect(next).rejects.toBe(reason);
  });

  test('cancelling the body ends it', async () => {
    behave = (_request, response) => {
      response.writeHead(200);
      response.write('[');
    };
    const response = await nodeSend(`${server.url}/apidata.php`, { method: 'GET' });
    await response.body?.cancel();
    await expect(response.body?.getReader().read()).resolves.toEqual({ done: true, value: undefined });
  });
});

describe('https', () => {
  const tls = (name: string) => readFileSync(new URL(`../test/fixtures/tls/${name}`, import.meta.url));
  const cert = tls('cert.pem');

  test('an https URL goes through node:https, asks for brotli as fetch does over https, and decodes it', async () => {
    let acceptEncoding: string | undefined;
    const server = https.createServer({ key: tls('key.pem'), cert }, (request, response) => {
      acceptEncoding = request.headers['accept-encoding'];
      response.writeHead(200, { 'Content-Encoding': 'br' }).end(zlib.brotliCompressSync(page));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as { port: number };
      // The test's own certificate is trusted for this request only.
      const send = createNodeHttpSend({
        http: () => http,
        https: () => ({
          request: ((url: URL, options: https.RequestOptions) =>
            https.request(url, { ...options, ca: cert })) as typeof https.request,
        }),
        zlib: () => zlib,
      });
      const response = await send(`https://127.0.0.1:${port}/apidata.php`, { method: 'GET' });
      const chunk = await response.body?.getReader().read();
      expect(new TextDecoder().decode(chunk?.value)).toBe(page);
      expect(acceptEncoding).toBe('br, gzip, deflate');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
