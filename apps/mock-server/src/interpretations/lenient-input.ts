import { isJsonContentType, type JsonBody, readJsonBody } from '../core/read-json-body.js';

/**
 * Reads a body the way a PHP backend that calls `json_decode(file_get_contents('php://input'))`
 * would: any content type, or none. A form body is read too, with `data` holding the JSON
 * (createproject's documented style) or as `data[field]=value` pairs.
 */
export function readLenientBody(body: string | undefined, contentType: string | undefined): JsonBody {
  if (body === undefined || body.trim() === '' || isJsonContentType(contentType)) {
    return readJsonBody(body, 'application/json');
  }
  const json = readJsonBody(body, 'application/json');
  if (json.ok || !body.includes('=')) return json;
  const form = new URLSearchParams(body);
  const data = form.get('data');
  if (data !== null) {
    const inner = readJsonBody(data, 'application/json');
    return inner.ok ? { ok: true, value: { data: inner.value } } : inner;
  }
  const fields: Record<string, string> = {};
  for (const [key, value] of form) {
    const field = /^data\[([A-Za-z0-9_]{1,40})\]$/.exec(key)?.[1];
    if (field !== undefined) fields[field] = value;
    else if (/^[A-Za-z_]{1,40}$/.test(key)) fields[key] = value;
  }
  return { ok: true, value: Object.keys(fields).includes('hookUrl') ? fields : { data: fields } };
}

/** `page=` as PHP's `$_GET['page'] ?: 1` reads it: absent. */
export function lenientQuery(query: Record<string, string>): Record<string, string> {
  if (query.page !== '') return query;
  const { page: _empty, ...rest } = query;
  return rest;
}

const FLAGS = new Map<string, 0 | 1>([
  ['0', 0],
  ['1', 1],
  ['false', 0],
  ['true', 1],
]);

/**
 * A write's `data` as a forgiving backend takes it: `type` in any case, `gststatus` as `"1"`,
 * `true` and the like, and empty strings treated as fields not given.
 */
export function lenientWriteBody(body: unknown): unknown {
  if (body === null || typeof body !== 'object') return body;
  const data = (body as { data?: unknown }).data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return body;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === '') continue;
    if (key === 'type' && typeof value === 'string') out[key] = value.trim().toUpperCase();
    else if (key === 'gststatus') out[key] = FLAGS.get(String(value).trim().toLowerCase()) ?? value;
    else out[key] = value;
  }
  return { ...body, data: out };
}
