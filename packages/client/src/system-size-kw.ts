/**
 * A system size in kW from any form it comes in: `2.24`, `"17.92kW"` (both documented, I-4), and the
 * near misses a PHP backend produces (`"2.24"`, `"17.92 kW"`). `null` when none was sent or it is
 * unreadable, rather than `NaN`.
 *
 * @example
 * systemSizeKw('17.92kW'); // 17.92
 * systemSizeKw(null); // null
 */
export function systemSizeKw(size: number | string | null | undefined): number | null {
  if (typeof size === 'number') return Number.isFinite(size) ? size : null;
  const match = /^\s*([0-9]+(?:\.[0-9]+)?)\s*(?:kW)?\s*$/i.exec(size ?? '');
  return match?.[1] ? Number(match[1]) : null;
}
