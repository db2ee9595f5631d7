import type { Tone } from '../domain/scoring/judgement';
import { documentText } from './sanitize';

/** Small HTML building blocks of the review: escaping, chips, tables. */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside HTML text and quoted attribute values. */
export function escapeHtml(text: string): string {
  return documentText(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

export const e = escapeHtml;

/** A verdict in words on a chip in the colour of its score’s band (see `BAND_TONE`). */
export function chip(tone: Tone | 'none', label: string): string {
  return `<span class="chip ${tone}">${e(label)}</span>`;
}

/** User text, or a muted fallback when there is none. */
export function text(value: string, fallback = '–'): string {
  return value.trim() === '' ? `<span class="muted">${fallback}</span>` : e(value.trim());
}

/** A table row; `classes[i]` styles cell i (`num` right-aligns a number). */
export function row(cells: string[], classes: (string | null)[] = [], rowClass = ''): string {
  const tds = cells.map((c, i) => {
    const cls = classes[i];
    return cls ? `<td class="${cls}">${c}</td>` : `<td>${c}</td>`;
  });
  return `<tr${rowClass ? ` class="${rowClass}"` : ''}>${tds.join('')}</tr>`;
}

/** A table with a header; `numeric` header cells are right-aligned like their column. */
export function table(header: string[], rows: string[], numeric: number[] = [], cls = ''): string {
  const ths = header.map((h, i) => `<th${numeric.includes(i) ? ' class="num"' : ''}>${h}</th>`);
  const attr = cls ? ` class="${cls}"` : '';
  return `<table${attr}><thead><tr>${ths.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
