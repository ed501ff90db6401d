// @ts-check
/**
 * The baseline: bare node:http writing precomputed bytes (the mock's page, rendered once at start),
 * whatever the request. Prints its URL on the first line of stdout.
 */
import { createServer } from 'node:http';
import { listenAndAnnounce } from '../lib/announce.js';
import { renderPage } from '../lib/setup.js';

const body = Buffer.from(await renderPage());
const headers = { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length };

const server = createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
});
listenAndAnnounce(server);
