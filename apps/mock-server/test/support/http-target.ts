import { createMockApi, type MockOptions } from '../../src/index.js';
import { startMockServer } from '../../src/node.js';
import { readResponse, type Target, toFetchArgs } from './target.js';

/** The standalone HTTP server on a free port of 127.0.0.1. */
export async function httpTarget(options: MockOptions = {}): Promise<Target> {
  const mock = createMockApi({ validateResponses: true, ...options });
  const server = await startMockServer({ port: 0, mock });
  return {
    name: 'HTTP server',
    mock,
    send: async (request) => readResponse(await fetch(...toFetchArgs(server.url, request))),
    close: () => server.close(),
  };
}
