import type { Har } from './build-har.js';
import { parseJson } from './parse-json.js';

/** One recorded exchange as `infer` and `--world-from` read it. */
export interface HarExchange {
  method: string;
  url: URL;
  action: string | null;
  requestBody: string | undefined;
  /** 0 when no answer came. */
  status: number;
  contentType: string;
  /** The parsed answer, when it was JSON. */
  json: { ok: true; value: unknown } | { ok: false };
  text: string;
}

/**
 * The exchanges of a HAR log, in order, whatever wrote it (this proxy, a browser, mitmproxy):
 * entries without a parsable URL are skipped, base64 bodies decoded.
 */
export function harExchanges(har: Har): HarExchange[] {
  const out: HarExchange[] = [];
  for (const entry of har.log.entries) {
    let url: URL;
    try {
      url = new URL(entry.request.url);
    } catch {
      continue;
    }
    const content = entry.response.content;
    const raw = content.text ?? '';
    const text = (content as { encoding?: string }).encoding === 'base64' ? decodeBase64(raw) : raw;
    out.push({
      method: entry.request.method.toUpperCase(),
      url,
      action: url.searchParams.get('action'),
      requestBody: entry.request.postData?.text,
      status: entry.response.status,
      contentType: content.mimeType ?? '',
      json: parseJson(text),
      text,
    });
  }
  return out;
}

/** Whether a parsed file is a HAR log this code can read; the message says what is wrong. */
export function harProblem(value: unknown): string | undefined {
  const log = (value as { log?: { entries?: unknown } } | null)?.log;
  if (!log || typeof log !== 'object') return 'it has no "log" object (is it a HAR file?)';
  if (!Array.isArray(log.entries)) return 'its log has no "entries" list';
  for (const [i, entry] of (log.entries as unknown[]).entries()) {
    const e = entry as {
      request?: { url?: unknown; method?: unknown };
      response?: { status?: unknown; content?: unknown };
    };
    if (typeof e?.request?.url !== 'string' || typeof e.request.method !== 'string')
      return `entry ${i} has no request URL and method`;
    if (typeof e.response?.status !== 'number' || typeof e.response.content !== 'object')
      return `entry ${i} has no response status and content`;
  }
  return undefined;
}

function decodeBase64(text: string): string {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(text), (c) => c.charCodeAt(0)));
  } catch {
    return '';
  }
}
