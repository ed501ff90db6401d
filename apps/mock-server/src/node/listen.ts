import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Listens on `port` and `host`; resolves with the address bound, or rejects (port taken...). */
export function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}
