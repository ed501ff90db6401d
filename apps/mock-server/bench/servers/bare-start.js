// @ts-check
/**
 * The floor of a start: node:http answering a fixed small body, importing nothing of the mock. Its
 * spawn to first answer is what node itself takes on this machine, beside the CLI's start-up.
 */
import { createServer } from 'node:http';
import { listenAndAnnounce } from '../lib/announce.js';

const body = Buffer.from('[]');
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
  res.end(body);
});
listenAndAnnounce(server);
