import type { PathResult } from './stats';

/** What `bench-results/latest.json` holds; other tools read it, so the field names are fixed. */
export interface BenchResults {
  paths: PathResult[];
  /** Gzip size of the JavaScript the app's index.html loads before anything else. */
  initial_js_gzip_bytes: number;
  /** DOM nodes on the largest screen measured (the scoring table of a 20-KR quarter). */
  max_dom_nodes: number;
  /** How and where the figures were taken; free-form, for people. */
  meta: Record<string, unknown>;
}

/** A problem with a results object's shape, or null when other tools can read it. */
export function shapeProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'not an object';
  const results = value as Record<string, unknown>;
  for (const key of ['initial_js_gzip_bytes', 'max_dom_nodes'] as const) {
    if (!Number.isInteger(results[key]) || (results[key] as number) < 0) {
      return `${key} must be a non-negative integer`;
    }
  }
  if (!Array.isArray(results.paths) || results.paths.length === 0) return 'paths must be a list';
  for (const [i, path] of (results.paths as unknown[]).entries()) {
    if (typeof path !== 'object' || path === null) return `paths[${i}] is not an object`;
    const row = path as Record<string, unknown>;
    if (typeof row.name !== 'string' || row.name === '') return `paths[${i}].name is missing`;
    for (const key of ['app_ms', 'floor_ms', 'ratio_min', 'ratio_median', 'ratio_max'] as const) {
      if (typeof row[key] !== 'number' || !Number.isFinite(row[key])) {
        return `paths[${i}].${key} must be a finite number`;
      }
    }
    if (!Number.isInteger(row.runs) || (row.runs as number) < 1) {
      return `paths[${i}].runs must be a positive integer`;
    }
    const { ratio_min: min, ratio_median: mid, ratio_max: max } = row as unknown as PathResult;
    if (!(min <= mid && mid <= max)) return `paths[${i}]: ratios are not min ≤ median ≤ max`;
  }
  return null;
}

/** `602 ms`, `15.5 s`. */
export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** `299.1 KB` (1 KB = 1,000 bytes, as the issue counts them). */
export function formatBytes(bytes: number): string {
  return bytes < 1_000_000 ? `${(bytes / 1000).toFixed(1)} KB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

const ratio = (n: number): string => `${n.toFixed(2)}×`;

/** A detail's value by the unit its name ends in: `_ms` times, `_mb` memory, else a count. */
function formatDetail(key: string, value: number): string {
  if (key.endsWith('_ms')) return `${key.slice(0, -3).replace(/_/g, ' ')} ${formatMs(value)}`;
  if (key.endsWith('_mb')) return `${key.slice(0, -3).replace(/_/g, ' ')} ${value.toFixed(0)} MB`;
  if (key.endsWith('_ratio')) return `${key.slice(0, -6).replace(/_/g, ' ')} ${ratio(value)}`;
  return `${key.replace(/_/g, ' ')} ${value}`;
}

/** The table the bench prints: `path | app | floor | ratio min/median/max`, then the extras. */
export function formatTable(results: BenchResults): string {
  const header = ['path', 'app', 'floor', 'ratio min/median/max'];
  const rows = results.paths.map((p) => [
    p.name,
    formatMs(p.app_ms),
    formatMs(p.floor_ms),
    `${ratio(p.ratio_min)} / ${ratio(p.ratio_median)} / ${ratio(p.ratio_max)}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join(' | ')
      .trimEnd();
  const lines = [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)];
  const runs = [...new Set(results.paths.map((p) => p.runs))].join('/');
  lines.push('', `runs per path: ${runs} (app and floor alternating; ratios paired run by run)`);
  for (const p of results.paths) {
    if (!p.details) continue;
    const parts = Object.entries(p.details).map(([k, v]) => formatDetail(k, v));
    lines.push(`${p.name}: ${parts.join(', ')}`);
  }
  lines.push(
    `initial renderer JS, gzip: ${formatBytes(results.initial_js_gzip_bytes)}`,
    `DOM nodes, largest screen: ${results.max_dom_nodes}`,
  );
  return lines.join('\n');
}
