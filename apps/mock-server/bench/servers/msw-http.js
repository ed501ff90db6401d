// @ts-check
/**
 * For reference only: the same handlers served the obvious way, MSW's `getResponse` behind node:http
 * (IncomingMessage to Fetch Request, Fetch Response back to bytes). The standalone server does not
 * do this; this shows what skipping it is worth. Prints its URL on the first line of stdout.
 */
import { createServer } from 'node:http';
import { getResponse } from 'msw';
import { listenAndAnnounce } from '../lib/announce.js';
import { CUSTOMERS, DIST_INDEX, MSW_ORIGIN, SEED } from '../lib/setup.js';

const { createMockApi, createSolarProofHandlers } = await import(DIST_INDEX);
const handlers = createSolarProofHandlers({ mock: createMockApi({ seed: SEED, customers: CUSTOMERS }) });

const server = createServer(async (req, res) => {
  const request = new Request(`${MSW_ORIGIN}${req.url}`, {
    method: req.method,
    headers: /** @type {Record<string, string>} */ (req.headers),
  });
  const response = await getResponse(handlers, request);
  if (!response) {
    res.writeHead(404).end();
    return;
  }
  const body = Buffer.from(await response.arrayBuffer());
  /** @type {Record<string, string | number>} */
  const headers = { 'content-length': body.length };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  res.end(body);
});
listenAndAnnounce(server);
