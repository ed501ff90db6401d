// @ts-check
/**
 * Listens on a free port of 127.0.0.1, prints the base URL for the parent bench to read, and exits
 * cleanly on SIGTERM: what every bench server child does once it has its handler.
 * @param {import('node:http').Server} server
 */
export function listenAndAnnounce(server) {
  server.keepAliveTimeout = 5_000;
  server.listen(0, '127.0.0.1', () => {
    const address = /** @type {import('node:net').AddressInfo} */ (server.address());
    process.stdout.write(`http://127.0.0.1:${address.port}\n`);
  });
  process.on('SIGTERM', () => process.exit(0));
}
