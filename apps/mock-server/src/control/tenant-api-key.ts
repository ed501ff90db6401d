/**
 * A tenant's API key: unique within one mock, and the same for the same seed and tenant number,
 * so a replayed state file reproduces it.
 */
export function tenantApiKey(worldSeed: number, tenantNumber: number): string {
  let hash = 0x811c9dc5 ^ worldSeed;
  const hex: string[] = [];
  for (let i = 0; i < 4; i += 1) {
    hash = Math.imul(hash ^ (tenantNumber + i * 0x9e3779b9), 0x01000193) >>> 0;
    hex.push(hash.toString(16).padStart(8, '0'));
  }
  return `sp_mock_tenant${tenantNumber}_${hex.join('')}`;
}
