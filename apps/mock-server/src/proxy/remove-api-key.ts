import { REDACTED } from '../core/redact.js';
import { parseJson } from './parse-json.js';
import type { HeaderPair, RecordedExchange } from './recorded-exchange.js';

/** Names of parameters, JSON keys and headers whose values are credentials. */
const SECRET_NAME = /key|token|secret|password|authorization|cookie/i;
/** Shorter values would be replaced inside ordinary words and numbers. */
const MIN_SECRET_LENGTH = 6;

/**
 * The credentials a request carries: `api_key` (and any key-like parameter), `data.apikey` (and any
 * key-like JSON field), key-like headers. The bearer scheme word is dropped so the token itself is found.
 */
export function secretsOfRequest(request: RecordedExchange['request']): string[] {
  const found: string[] = [];
  const url = safeUrl(request.url);
  for (const [name, value] of url?.searchParams ?? []) if (SECRET_NAME.test(name)) found.push(value);
  for (const header of request.headers) {
    if (SECRET_NAME.test(header.name)) found.push(header.value.replace(/^(bearer|basic|token)\s+/i, ''));
  }
  const body = parseJson(request.body);
  if (body.ok) collectSecretFields(body.value, found);
  return found.filter((value) => value.length >= MIN_SECRET_LENGTH);
}

/**
 * The exchange with every credential gone from everywhere it can appear: the URL's query, headers,
 * JSON fields of either body, and any echo of a known secret in any text (a proposal link or a
 * message that repeats the request URL), raw or URL-encoded.
 *
 * @example
 * removeApiKey(exchange, ['sp_live_...']).request.url; // '...?action=getallcustomers&api_key=***'
 */
export function removeApiKey(exchange: RecordedExchange, secrets: Iterable<string>): RecordedExchange {
  const forms = secretForms(secrets);
  const scrubText = (text: string) => {
    let out = text;
    for (const form of forms) out = out.split(form).join(REDACTED);
    return out;
  };
  const out: RecordedExchange = {
    ...exchange,
    request: {
      ...exchange.request,
      url: scrubText(redactUrl(exchange.request.url)),
      headers: redactHeaders(exchange.request.headers, scrubText),
      ...(exchange.request.body === undefined ? {} : { body: redactBody(exchange.request.body, scrubText) }),
    },
  };
  if (exchange.response) {
    out.response = {
      ...exchange.response,
      headers: redactHeaders(exchange.response.headers, scrubText),
      body: redactBody(exchange.response.body, scrubText),
    };
  }
  if (exchange.failure !== undefined) out.failure = scrubText(exchange.failure);
  return out;
}

/** A URL with the value of every key-like query parameter replaced. Not a URL: returned as it is. */
export function redactUrl(text: string): string {
  const url = safeUrl(text);
  if (!url) return text;
  let changed = false;
  for (const name of [...new Set(url.searchParams.keys())]) {
    if (SECRET_NAME.test(name)) {
      url.searchParams.set(name, REDACTED);
      changed = true;
    }
  }
  // URLSearchParams encodes `***` as `%2A%2A%2A`; keep it readable.
  return changed ? url.toString().replace(/%2A%2A%2A/g, REDACTED) : text;
}

function redactHeaders(headers: HeaderPair[], scrubText: (text: string) => string): HeaderPair[] {
  return headers.map((h) => ({
    name: h.name,
    value: SECRET_NAME.test(h.name) ? REDACTED : scrubText(h.value),
  }));
}

function redactBody(body: string, scrubText: (text: string) => string): string {
  const text = scrubText(body);
  const parsed = parseJson(text);
  if (!parsed.ok) return text;
  let changed = false;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') {
      return typeof value === 'string' && looksLikeUrl(value) ? withCount(redactUrl(value), value) : value;
    }
    const record: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (SECRET_NAME.test(key) && typeof child === 'string' && child !== REDACTED && child !== '') {
        record[key] = REDACTED;
        changed = true;
      } else record[key] = walk(child);
    }
    return record;
  };
  const withCount = (next: string, before: string) => {
    if (next !== before) changed = true;
    return next;
  };
  const result = walk(parsed.value);
  return changed ? JSON.stringify(result) : text;
}

function collectSecretFields(value: unknown, into: string[]): void {
  if (Array.isArray(value)) for (const item of value) collectSecretFields(item, into);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (SECRET_NAME.test(key) && typeof child === 'string') into.push(child);
      else collectSecretFields(child, into);
    }
  }
}

function secretForms(secrets: Iterable<string>): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    forms.add(JSON.stringify(secret).slice(1, -1));
  }
  // Longest first, so a secret that contains another is replaced whole.
  return [...forms].sort((a, b) => b.length - a.length);
}

function safeUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

const looksLikeUrl = (text: string) => /^https?:\/\//i.test(text) && text.includes('?');
