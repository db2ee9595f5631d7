import { documentText } from './sanitize';

/** Every character an escape of {@link escapeMarkdownInline} acts on. */
const MARKDOWN_SPECIAL = /[\\&<`[|*_~]/;

/**
 * User text made safe as Markdown (CommonMark with GitHub tables) while staying readable raw:
 * only what would change rendering is escaped. `payments_by_user`, `would-be`, `0.7*` and
 * `(trailing 90 days)` stay as typed; a backtick, `[`, `|`, a word-edge `_`, `<`, an entity-like
 * `&`, and `*` or `~` that could pair up are escaped, and so is whatever would open a block at
 * the start of a line.
 */
export function escapeMarkdownInline(text: string): string {
  const safe = documentText(text);
  // Most text holds none of the characters escaped below: one look instead of seven.
  if (!MARKDOWN_SPECIAL.test(safe)) return safe;
  // Emphasis and strikethrough need a pair: a lone `*` or `~` stays as typed.
  const hasStrike = (text.match(/~/g) ?? []).length > 1;
  const hasStars = (text.match(/\*/g) ?? []).length > 1;
  return (
    safe
      // A backslash that would escape the next character is doubled; any other stays as typed.
      .replace(/\\(?=[!-/:-@[-`{-~]|$)/g, '\\\\')
      .replace(/&(?=#\d+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)/gi, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/[`[|]/g, '\\$&')
      .replace(/\*/g, hasStars ? '\\*' : '*')
      // An underscore opens emphasis only at a word's edge; inside a word it is just a letter.
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
      .replace(/~/g, hasStrike ? '\\~' : '~')
  );
}

/**
 * One line of user text that starts a Markdown line: inline-escaped, and its start cannot open
 * a heading, list, ordered list, quote, setext rule, thematic break or indented code block.
 */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdownInline(text.replace(/^\s+/, ''))
    .replace(/^([#>])/, '\\$1')
    .replace(/^([-+*])(?=\s|$)/, '\\$1')
    .replace(/^([-=]+\s*)$/, '\\$1')
    .replace(/^([-*_])(?=(?:\s*\1){2,}\s*$)/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** User text in a table cell or after a list marker: one line, whitespace collapsed. */
export function mdCell(text: string): string {
  const line = escapeMarkdownInline(text.replace(/\s+/g, ' ').trim());
  return line === '' ? '–' : line;
}

/** User text as a heading's content: one line, and a trailing `#` run kept as text. */
export function mdHeading(text: string): string {
  return mdCell(text).replace(/(\s)(#+)$/, '$1\\$2');
}

/** Multi-line user text as a paragraph with hard line breaks. */
export function mdParagraph(text: string): string {
  return text
    .trim()
    .split(/\r\n|\r|\n/)
    .map(escapeMarkdownLine)
    .filter((line) => line !== '')
    .join('\\\n');
}

/** A GitHub table; `numeric` columns are right-aligned. Cells must already be escaped. */
export function mdTable(
  header: string[],
  rows: string[][],
  numeric: readonly number[] = [],
): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, i) => (numeric.includes(i) ? '---:' : '---'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

/** A bulleted list of already escaped items; a line of its own when empty. */
export function mdList(items: string[], empty: string): string {
  return items.length === 0 ? `_${empty}_` : items.map((i) => `- ${i}`).join('\n');
}
