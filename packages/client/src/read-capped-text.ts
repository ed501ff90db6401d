import type { ActionName } from '@solarproof/schemas';
import { ResponseTooLargeError } from './errors/response-too-large-error.js';
import type { Redactor } from './redact.js';
import type { WireResponse } from './wire-response.js';

export interface CapContext {
  action: ActionName;
  limitBytes: number;
  url: string;
  redact: Redactor;
}

/**
 * A response's body as text, read as a stream that is cancelled as soon as it passes `limitBytes`,
 * so a runaway answer costs at most the limit in memory. An announced `Content-Length` over the
 * limit fails before the first byte is read.
 *
 * @example
 * const text = await readCappedText(response, { action, limitBytes: 10 * 1024 * 1024, url, redact });
 */
export async function readCappedText(response: WireResponse, context: CapContext): Promise<string> {
  const tooLarge = (declaredBytes?: number) =>
    new ResponseTooLargeError({
      action: context.action,
      status: response.status,
      limitBytes: context.limitBytes,
      declaredBytes,
      url: context.url,
      redact: context.redact,
    });
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > context.limitBytes) {
    response.body?.cancel().catch(() => undefined);
    throw tooLarge(declared);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  // A body that comes in one chunk (a page over loopback does) is decoded in one call: the
  // streaming decode that joins chunks costs several times as much.
  let only: Uint8Array | undefined;
  let chunks = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return only ? decoder.decode(only) : text + decoder.decode();
    received += value.byteLength;
    if (received > context.limitBytes) {
      reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks += 1;
    if (chunks === 1) {
      only = value;
      continue;
    }
    if (only) text = decoder.decode(only, { stream: true });
    only = undefined;
    text += decoder.decode(value, { stream: true });
  }
}
