import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { operationSchemas } from '@solarproof/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMockServer, startMockServer } from '../../src/node/start-mock-server.js';
import { type DocumentedRequest, documentedRequests } from './documented-requests.js';

const PRISM = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'prism');
const ARTIFACT = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  'specs',
  'generated',
  'solarproof.prism.openapi.yaml',
);

/** A port of 127.0.0.1 that was free a moment ago (Prism takes a port number, not 0). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts `prism <args...> ARTIFACT [upstream]` on a free port and waits until it listens. */
async function startPrism(args: string[], upstream?: string): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(
    PRISM,
    [...args, '--host', '127.0.0.1', '--port', String(port), ARTIFACT, ...(upstream ? [upstream] : [])],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start: ${out}`)), 60_000);
    const seen = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Prism is listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', seen);
    child.stderr?.on('data', seen);
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

const children: ChildProcess[] = [];
let base: string;
let proxyBase: string;
let fake: RunningMockServer;

beforeAll(async () => {
  fake = await startMockServer({ port: 0 });
  [base, proxyBase] = await Promise.all([
    startPrism(['mock', '--errors']).then((p) => p.base),
    startPrism(['proxy'], fake.url).then((p) => p.base),
  ]);
}, 120_000);
afterAll(async () => {
  for (const child of children) child.kill('SIGTERM');
  await fake?.close();
});

const send = (at: string, request: DocumentedRequest, apiKey: string, headers: Record<string, string> = {}) =>
  fetch(
    `${at}/apidata.php?${new URLSearchParams({ action: request.action, ...request.query, api_key: apiKey })}`,
    {
      method: request.method,
      headers: { ...headers, ...(request.body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    },
  );

describe('prism mock on the generated one-path artifact', () => {
  const requests = documentedRequests();

  it('has every documented request to send', () => {
    expect(requests.length).toBeGreaterThanOrEqual(25);
  });

  it.each(requests.map((r) => [r.name, r] as const))('routes and accepts %s', async (_name, request) => {
    const response = await send(base, request, 'sp_example_key', { prefer: `example=${request.action}` });
    const text = await response.text();
    expect([response.status, text]).toEqual([200, expect.any(String)]);
    // The named example is the action's own answer, as the canonical spec describes it.
    const op = Object.values(operationSchemas).find(
      (o) => o.action === request.action && o.method === request.method,
    );
    expect(op?.responses[200].safeParse(JSON.parse(text)).success).toBe(true);
  });
});

describe('prism proxy on the generated artifact, in front of the fake', () => {
  it.each(documentedRequests().map((r) => [r.name, r] as const))(
    'routes %s to the fake',
    async (_name, request) => {
      const response = await send(proxyBase, request, fake.mock.world.options.apiKey);
      await response.text();
      // Prism's own refusals (no route, invalid request) are problem+json; the fake answers JSON.
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    },
  );
});
