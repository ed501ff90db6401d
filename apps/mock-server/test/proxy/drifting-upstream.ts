import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMockApi } from '../../src/mock/create-mock-api.js';

/**
 * A stand-in for a live API that drifts from the spec: it answers through the fake, then plants
 * known deviations per action. The test asserts each one is reported with its path and count.
 */
export const PLANTED = {
  getallcustomers: [
    { path: '[].loyalty_tier', kind: 'extra' },
    { path: '[].customer_phone_2', kind: 'missing' },
    { path: '[].company_name', kind: 'null' },
    { path: '[].customer_email', kind: 'renamed' },
    { path: '[].customer_id', kind: 'string-as-number' },
  ],
  getcustomerofproject: [
    { path: 'Customer.customerID', kind: 'number-as-string' },
    { path: 'Customer.gstRegistered', kind: 'number-as-string' },
  ],
  // A 500 is a documented status; its HTML body is not.
  getcustomerByemail: [{ path: '(body)', kind: 'not-json' }],
  getcustomerid: [
    { path: '(status)', kind: 'undocumented-status' },
    { path: '(body)', kind: 'not-json' },
  ],
} as const;

export interface DriftingUpstream {
  url: string;
  apiKey: string;
  /** Requests that reached it, by action. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/** `slowMs`: how long `getcustomerofproject` for project 1 takes (the "slow answer"). */
export async function startDriftingUpstream({ slowMs = 5_000 } = {}): Promise<DriftingUpstream> {
  const mock = createMockApi({ seed: 1, customers: 60 });
  const apiKey = mock.world.options.apiKey;
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const [path = '/', search = ''] = (req.url ?? '/').split('?');
      const query = new URLSearchParams(search);
      const action = query.get('action') ?? '';
      hits.set(action, (hits.get(action) ?? 0) + 1);
      const answer = mock.handle({
        method: req.method ?? 'GET',
        path,
        query,
        headers: req.headers as Record<string, string | undefined>,
        body: chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined,
      });
      const send = (status: number, type: string, body: string) => {
        res.writeHead(status, { 'content-type': type });
        res.end(body);
      };
      if (action === 'getcustomerByemail') {
        return send(
          500,
          'text/html',
          `<html><body><h1>Fatal error</h1><p>PHP: ${query.get('customer_email')}</p></body></html>`,
        );
      }
      if (action === 'getcustomerid')
        return send(502, 'text/html', '<html><body>502 Bad Gateway</body></html>');
      if (action === 'getcustomerofproject' && query.get('project_id') === '2') {
        // Promises 100 bytes, sends 10, then drops the connection.
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
        res.write('{"Message"');
        setTimeout(() => res.socket?.destroy(), 20);
        return;
      }
      if (action === 'getcustomerofproject' && query.get('project_id') === '1') {
        const timer = setTimeout(() => send(200, 'application/json', '{}'), slowMs);
        res.once('close', () => clearTimeout(timer));
        return;
      }
      let body: unknown = JSON.parse(answer.body);
      if (action === 'getallcustomers' && Array.isArray(body) && answer.status === 200) {
        const first = body[0] as Record<string, unknown>;
        first.loyalty_tier = 'gold';
        delete first.customer_phone_2;
        first.company_name = null;
        first.customerEmail = first.customer_email;
        delete first.customer_email;
        first.customer_id = Number(first.customer_id);
      }
      if (action === 'getcustomerofproject' && answer.status === 200) {
        const customer = (body as { Customer: Record<string, unknown> }).Customer;
        customer.customerID = String(customer.customerID);
        customer.gstRegistered = String(customer.gstRegistered);
      }
      body = JSON.stringify(body);
      send(answer.status, 'application/json', body as string);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
