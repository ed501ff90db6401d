import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { applyCustomerCreated } from './apply-customer-created.js';
import type { ContactStore } from './contact-store.js';

export interface WebhookReceiver {
  /** The URL to subscribe, e.g. `http://127.0.0.1:50123/solarproof`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Listens for `customer_created` POSTs on 127.0.0.1 and puts each customer in the store: 200 when
 * applied, 400 for a body that is not the event (Solar Proof then retries, so a bug shows up).
 */
export async function startWebhookReceiver(store: ContactStore, port = 0): Promise<WebhookReceiver> {
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
    });
    request.on('end', () => {
      try {
        applyCustomerCreated(body, store);
        response.writeHead(200).end();
      } catch {
        response.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/solarproof`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
