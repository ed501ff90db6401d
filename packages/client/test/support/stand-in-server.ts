import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a stand-in saw. */
export interface StandInRequest {
  method: string;
  url: string;
  body: string;
}

export interface StandIn {
  /** `http://127.0.0.1:<port>`: its own origin. */
  url: string;
  requests: StandInRequest[];
  close(): Promise<void>;
}

/**
 * A real node:http server on 127.0.0.1 and a free port, answering with `handler`, recording every
 * request with its body. Stands in for a misbehaving API or proxy in the client's tests.
 */
export async function startStandIn(
  handler: (request: IncomingMessage, response: ServerResponse, body: string) => unknown,
): Promise<StandIn> {
  const requests: StandInRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: request.method ?? '', url: request.url ?? '', body });
      Promise.resolve(handler(request, response, body)).catch((error: unknown) => {
        response.destroy(error instanceof Error ? error : new Error(String(error)));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
