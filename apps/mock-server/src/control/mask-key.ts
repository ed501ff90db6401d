/**
 * An API key as the dashboard lists it: the prefix and the last four characters, never enough to
 * replay. The whole key comes only from `GET /__mock/companies/{id}/keys`, when a user asks.
 *
 * @example
 * maskKey('sp_mock_7f3a9c2e41b84d06a5e1c9b2d3f40a11'); // 'sp_mock_…0a11'
 */
export function maskKey(key: string): string {
  if (key.length <= 12) return '…';
  const prefix = /^[a-z]+_[a-z]+_/i.exec(key)?.[0] ?? '';
  return `${prefix}…${key.slice(-4)}`;
}
