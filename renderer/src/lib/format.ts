const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 4 });

/** A number as a person reads it: grouping, no float noise (0.30000000000000004 → 0.3). */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A YYYY-MM-DD date as a short readable date, without time-zone shifts. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A value with its unit as people write it: "94%", "3.2 s", "8" (a bare count needs no unit). */
export function formatValue(value: number, unit: string): string {
  const u = unit.trim();
  if (u === '' || /^(count|#|number|n)$/i.test(u)) return formatNumber(value);
  if (u === '%' || u === '$' || u === '€' || u === '£') {
    if (u === '%') return `${formatNumber(value)}%`;
    // Money with cents shows both digits: $1.50, not $1.5.
    const money = Number.isInteger(value) ? formatNumber(value) : value.toFixed(2);
    return `${u}${money}`;
  }
  return `${formatNumber(value)} ${u}`;
}
