/**
 * The query as a plain object, the last of repeated parameters winning as in PHP's `$_GET`.
 * A null-prototype object, so names like `__proto__` are plain keys.
 */
export function queryValues(query: URLSearchParams): Record<string, string> {
  const values: Record<string, string> = Object.create(null);
  for (const [name, value] of query) values[name] = value;
  return values;
}
