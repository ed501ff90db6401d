import type { Socket } from 'node:net';
import { expect, test } from 'vitest';
import { DEFAULT_API_KEY, type MockApi } from '../../../src/index.js';
import { startMockServer } from '../../../src/node.js';
import { scaled } from './context.js';
import { openSocket, send } from './http-client.js';

/**
 * The idle-connections soak at SOLARPROOF_TEST_SCALE: 100 connections in the default tier, 2,000 in
 * the long one. `mock` is read when the test runs, after the caller's `beforeAll`.
 */
export function idleConnectionsTest(mock: () => MockApi): void {
  const connections = scaled(100);
  test(`${connections.toLocaleString('en')} idle open connections do not stop the server answering a normal request promptly`, {
    timeout: 30_000,
  }, async () => {
    // Its own server with the default 10 s timeout, so the idle connections stay open meanwhile.
    const roomy = await startMockServer({ port: 0, mock: mock() });
    const idle: Socket[] = [];
    try {
      while (idle.length < connections) {
        const batch = Math.min(100, connections - idle.length);
        idle.push(...(await Promise.all(Array.from({ length: batch }, () => openSocket(roomy.port)))));
      }
      const started = Date.now();
      const exchange = await send(
        roomy.port,
        {
          method: 'GET',
          target: `/apidata.php?action=getallcustomers&api_key=${DEFAULT_API_KEY}`,
          headers: {},
        },
        false,
        5_000,
      );
      const took = Date.now() - started;
      expect(exchange.kind === 'answer' ? exchange.status : exchange.kind).toBe(200);
      expect(took).toBeLessThan(2_000);
      const open = idle.filter((socket) => !socket.destroyed && socket.readyState === 'open').length;
      expect(open).toBe(connections);
      console.log(`limits: answered in ${took} ms with ${open} idle connections open`);
    } finally {
      for (const socket of idle) socket.destroy();
      await roomy.close();
    }
  });
}
