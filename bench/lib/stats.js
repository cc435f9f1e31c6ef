/** Small statistics for the samples. */

export function median(values) {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export const min = (values) => (values.length ? Math.min(...values) : NaN);

/** Median of a numeric field across sample results (ignores missing values). */
export function medianOf(results, field) {
  const values = results.map((r) => r?.[field]).filter((v) => typeof v === 'number' && Number.isFinite(v));
  return values.length ? median(values) : undefined;
}
