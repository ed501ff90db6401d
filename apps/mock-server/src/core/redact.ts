/** What stands in for an API key wherever one would be shown. */
export const REDACTED = '***';

/** Parameter names whose values are hidden: `api_key`, and any misspelt key a caller may send. */
const SECRET_NAME = /key|token|secret|password/i;

/**
 * The query as text with the value of every key-like parameter hidden, for journals and messages.
 *
 * @example
 * redactQuery(new URLSearchParams('action=x&api_key=secret')); // 'action=x&api_key=***'
 */
export function redactQuery(query: URLSearchParams): string {
  const parts: string[] = [];
  for (const [name, value] of query) {
    const shown = SECRET_NAME.test(name) ? REDACTED : encodeURIComponent(value);
    parts.push(`${encodeURIComponent(name)}=${shown}`);
  }
  return parts.join('&');
}

/** `text` with every occurrence of each secret replaced. Empty secrets are ignored. */
export function redactSecrets(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const secret of secrets) if (secret.length > 0) out = out.split(secret).join(REDACTED);
  return out;
}

/** Shortens user input that is echoed in a message, so a huge value cannot bloat the reply. */
export function clip(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/**
 * `text` with every known API key replaced by `***`, wherever it stands (a value, a path, an echoed
 * header), in any letter case, and also a key cut short by `clip` (its first 12 or more characters
 * just before the `…`).
 *
 * @example
 * redactKnownKeys('Unknown action \'sp_mock_abc123\'', ['sp_mock_abc123']); // "Unknown action '***'"
 */
export function redactKnownKeys(text: string, keys: readonly string[]): string {
  let out = text;
  let lower = out.toLowerCase();
  for (const key of keys) {
    if (key.length === 0) continue;
    const wanted = key.toLowerCase();
    for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted)) {
      out = `${out.slice(0, at)}${REDACTED}${out.slice(at + key.length)}`;
      lower = out.toLowerCase();
    }
    if (!out.includes('…')) continue;
    for (let length = wanted.length - 1; length >= 12; length -= 1) {
      const cut = `${wanted.slice(0, length)}…`;
      const at = lower.indexOf(cut);
      if (at < 0) continue;
      out = `${out.slice(0, at)}${REDACTED}${out.slice(at + length)}`;
      lower = out.toLowerCase();
    }
  }
  return out;
}
