import type { Server } from 'node:http';
import type { MockApi, MockOptions } from '../mock/create-mock-api.js';
import type { CorsOptions } from './cors.js';
import type { ResponseLogEntry } from './format-request-log.js';

export interface MockServerOptions extends MockOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The fake to serve; one is created from the other options when absent. */
  mock?: MockApi;
  /** Bodies over this many bytes answer PAYLOAD_TOO_LARGE without being buffered. Default 1 MiB. */
  maxBodyBytes?: number;
  /** A request whose headers and body take longer is cut off. Default 10 s. */
  requestTimeoutMs?: number;
  /**
   * The token the control API (`/__mock/*`) wants as `Authorization: Bearer <token>`. Default: none
   * on a loopback host, a generated one on any other; `false` opts out explicitly.
   */
  controlToken?: string | false;
  /** Which browser origins may call the fake; default any origin for the API, none for `/__mock`. */
  cors?: CorsOptions;
  /** Called once per request when its answer is done (the CLI's request log). */
  onResponse?: (entry: ResponseLogEntry) => void;
}

export interface RunningMockServer {
  /** e.g. `http://127.0.0.1:4010` */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  readonly mock: MockApi;
  readonly server: Server;
  /** The control API's token, when it needs one. */
  readonly controlToken: string | undefined;
  /** Stops accepting, lets requests in flight finish, then closes every connection. */
  close(): Promise<void>;
}
