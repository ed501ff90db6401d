/** A function that removes secrets from text before it goes anywhere a person or a log can read it. */
export type Redactor = (text: string) => string;

/** What a secret is replaced with. */
export const REDACTED = '***';

// These catch a key even when the redactor was not told the secret (a key typed into the URL by hand,
// a body echoed back by a proxy): the query parameter and the body field the API reads it from.
const QUERY_KEY = /([?&]api_key=)[^&#\s"'<>]*/gi;
const BODY_KEY = /("apikey"\s*:\s*")(?:[^"\\]|\\.)*"/gi;

/**
 * Builds a redactor for one API key: every spelling of it (as is, URL-encoded, form-encoded) and any
 * `api_key=` or `"apikey": "..."` value becomes `***`.
 *
 * @example
 * const redact = createRedactor('sk-123');
 * redact('https://x/apidata.php?action=a&api_key=sk-123'); // '...&api_key=***'
 */
export function createRedactor(secret?: string): Redactor {
  // An empty secret would match between every character, so only the patterns apply then.
  const spellings = secret
    ? [
        ...new Set([
          secret,
          encodeURIComponent(secret),
          new URLSearchParams({ k: secret }).toString().slice(2),
        ]),
      ]
    : [];
  return (text) => {
    let out = text;
    for (const spelling of spellings) out = out.split(spelling).join(REDACTED);
    return out.replace(QUERY_KEY, `$1${REDACTED}`).replace(BODY_KEY, `$1${REDACTED}"`);
  };
}

/** The redactor used when no key is known: it still removes `api_key=` and `"apikey"` values. */
export const redactKnownFields: Redactor = createRedactor();
