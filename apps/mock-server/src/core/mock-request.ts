/**
 * The one shape every transport brings a request in and takes a response out. The core answers
 * these without any I/O; the MSW and node:http adapters only translate.
 */
export interface MockRequest {
  /** Upper case. */
  method: string;
  /** The URL path, e.g. `/apidata.php` or `/__mock/reset`. */
  path: string;
  query: URLSearchParams;
  /**
   * The query's text as received (after `?`), when the transport has it: the same text is the
   * same query, so a read asked again with it is not parsed again.
   */
  queryText?: string | undefined;
  /** Lower-case header names. */
  headers: Readonly<Record<string, string | undefined>>;
  /** The raw body text; undefined when the request had none. */
  body: string | undefined;
}

export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  /** JSON text. */
  body: string;
  /** The UTF-8 bytes of `body`, when already encoded (cached pages are, once). */
  bytes?: Uint8Array;
  /**
   * The same bytes in pieces, when the body was assembled from kept ones (a changed page): an
   * adapter that can send pieces sends these, and `bytes` is only joined when someone reads it.
   */
  chunks?: readonly Uint8Array[];
  /** Injected latency the adapter waits before answering. */
  delayMs?: number;
  /** Injected fault: the adapter cuts the connection part-way through the body (HTTP only). */
  reset?: boolean;
  /**
   * A file of the dashboard the adapter sends instead of `body` (the core does no file I/O);
   * adapters that cannot read files send `body`.
   */
  asset?: string;
  /**
   * A server-sent event stream: after `body`, the adapter keeps the response open and writes each
   * chunk `subscribe` hands it, until the client leaves (then it calls the returned function).
   */
  subscribe?: (send: (chunk: string) => void) => () => void;
}
