// @ts-check
/** Small statistics and formatting helpers. */

/**
 * The q-quantile (0..1) of the values, nearest rank.
 * @param {number[]} values
 * @param {number} q
 */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return /** @type {number} */ (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
  );
}

/** @param {number[]} values */
export const median = (values) => quantile(values, 0.5);

/** @param {number[]} values */
export const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * @param {number} value
 * @param {number} [digits]
 */
export const fixed = (value, digits = 0) =>
  Number.isFinite(value)
    ? value.toLocaleString('en-AU', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : 'n/a';
