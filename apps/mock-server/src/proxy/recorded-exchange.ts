/** A header as HAR keeps it: a list, so repeated headers and their order survive. */
export interface HeaderPair {
  name: string;
  value: string;
}

/** One exchange as the proxy records it, before it becomes a HAR entry. Bodies are decoded text. */
export interface RecordedExchange {
  startedDateTime: string;
  timeMs: number;
  request: {
    method: string;
    /** The upstream URL, with the query. */
    url: string;
    headers: HeaderPair[];
    body?: string;
  };
  /** Absent when no answer came. */
  response?: {
    status: number;
    statusText: string;
    headers: HeaderPair[];
    body: string;
  };
  /** Why no answer came (timeout, refused connection, reset). */
  failure?: string;
}
