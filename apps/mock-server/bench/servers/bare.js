// @ts-check
/**
 * The baseline: bare node:http writing precomputed bytes (the mock's page, rendered once at start),
 * whatever the request. Prints its URL on the first line of stdout.
 */
import { createServer } from 'node:http';
import { renderPage } from '../lib/setup.js';

const body = Buffer.from(await renderPage());
const headers = { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length };

const server = createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
});
server.keepAliveTimeout = 5_000;
server.listen(0, '127.0.0.1', () => {
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  process.stdout.write(`http://127.0.0.1:${address.port}\n`);
});
process.on('SIGTERM', () => process.exit(0));
