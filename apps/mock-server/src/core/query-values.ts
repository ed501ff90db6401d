/**
 * The query as a plain object, the last of repeated parameters winning as in PHP's `$_GET`.
 * A null-prototype object, so names like `__proto__` are plain keys.
 */
export function queryValues(query: URLSearchParams): Record<string, string> {
  const values: Record<string, string> = Object.create(null);
  // forEach rather than for-of: the iterator makes an array per parameter, on every request.
  query.forEach((value, name) => {
    values[name] = value;
  });
  return values;
}
