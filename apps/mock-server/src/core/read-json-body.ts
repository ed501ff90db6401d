/** The outcome of reading a JSON body: the value, or what is wrong with it. */
export type JsonBody =
  | { ok: true; value: unknown }
  | { ok: false; problem: 'empty' | 'content-type' | 'malformed'; detail: string };

/** Accepts `application/json` and `application/<x>+json`, with or without parameters. */
export function isJsonContentType(contentType: string | undefined): boolean {
  // The form nearly every client sends, without splitting and lower-casing a copy of it.
  if (contentType === 'application/json') return true;
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/**
 * Parses a request body that must be JSON. The parser's own message is not passed on: newer V8
 * versions quote the input, which may hold an API key.
 */
export function readJsonBody(body: string | undefined, contentType: string | undefined): JsonBody {
  if (body === undefined || body.trim() === '')
    return { ok: false, problem: 'empty', detail: 'Empty request body' };
  if (!isJsonContentType(contentType)) {
    const given = contentType ? `'${contentType.split(';')[0]?.trim().slice(0, 60)}'` : 'none';
    return {
      ok: false,
      problem: 'content-type',
      detail: `Content-Type must be application/json (got ${given})`,
    };
  }
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    const where = position === undefined ? '' : ` (at character ${position})`;
    return { ok: false, problem: 'malformed', detail: `The request body is not valid JSON${where}` };
  }
}
