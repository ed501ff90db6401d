/**
 * A sample of a value that tells its type and shape but not its content: letters become `a`/`A`,
 * digits `9`, punctuation stays. `"Jane.Doe@mail.com"` → `"Aaaa.Aaa@aaaa.aaa"`. So a report or a
 * journal can show what arrived (a number as text, a date in another format) without personal data
 * or a key in it.
 *
 * @example
 * maskSample('6.6kW'); // '"9.9aA"'
 * maskSample(12);      // '99'
 */
export function maskSample(value: unknown, max = 32): string {
  if (value === undefined) return '(absent)';
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return maskText(String(value));
  if (typeof value === 'string') {
    const masked = maskText(value.length > max ? value.slice(0, max) : value);
    return `"${masked}${value.length > max ? '…' : ''}"`;
  }
  if (Array.isArray(value)) return `[${value.length} item${value.length === 1 ? '' : 's'}]`;
  if (typeof value === 'object') return `{${Object.keys(value).length} keys}`;
  return typeof value;
}

function maskText(text: string): string {
  return text
    .replace(/\p{Lu}/gu, 'A')
    .replace(/\p{Ll}|\p{Lo}/gu, 'a')
    .replace(/\p{Nd}/gu, '9');
}

/** The JSON type of a value, as the report names it. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}
