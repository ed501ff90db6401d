import type { Server, ServerResponse } from 'node:http';

/** Counts requests in flight and open event streams, so a close can let the first finish and end the second. */
export interface RequestTracker {
  /** Open event streams never finish by themselves: closing the server ends them. */
  readonly streams: Set<ServerResponse>;
  /** Counts `res` in flight until it closes. */
  track(res: ServerResponse): void;
  /** Stops accepting, ends the streams, lets requests in flight finish, then closes every connection. */
  close(server: Server, closed: () => void): void;
}

/**
 * A fresh tracker for one server.
 *
 * @example
 * const requests = trackRequests();
 * createServer((req, res) => { requests.track(res); ... });
 * await new Promise<void>((resolve) => requests.close(server, resolve));
 */
export function trackRequests(): RequestTracker {
  let inFlight = 0;
  let idle: (() => void) | undefined;
  const streams = new Set<ServerResponse>();
  return {
    streams,
    track(res) {
      inFlight += 1;
      res.once('close', () => {
        inFlight -= 1;
        if (inFlight === 0) idle?.();
      });
    },
    close(server, closed) {
      server.close(closed);
      for (const stream of streams) stream.end();
      server.closeIdleConnections();
      const drained = () => server.closeAllConnections();
      if (inFlight === 0) drained();
      else idle = drained;
    },
  };
}
