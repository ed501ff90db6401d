/** One chunk of a body, as a `ReadableStreamDefaultReader` answers it. */
export type WireChunk = { done: true; value?: Uint8Array | undefined } | { done: false; value: Uint8Array };

/** Reads a body chunk by chunk; a fetch body's reader is one. */
export interface WireReader {
  read(): Promise<WireChunk>;
  cancel(reason?: unknown): Promise<void>;
}

/** A response body; a fetch `ReadableStream` is one. */
export interface WireBody {
  getReader(): WireReader;
  cancel(reason?: unknown): Promise<void>;
}

/**
 * The part of a fetch `Response` the client reads. A `Response` is one, so an injected `fetch` is
 * a `Send` as it is; the Node transport (`node-http-send.ts`) answers one without building a
 * `Response` and its web stream.
 */
export interface WireResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  readonly body: WireBody | null;
  readonly redirected: boolean;
  readonly url: string;
  readonly type: string;
}

/** Sends one request, as `fetch(url, init)` does, and answers the response's head with its body to read. */
export type Send = (url: string, init: RequestInit) => Promise<WireResponse>;
