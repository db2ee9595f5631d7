/*
 * The one home for making text people typed safe to show: in every exported document, on the
 * command line and in the app. A title may hold characters that attack whatever displays it:
 * terminal escape sequences (ESC[2J clears the screen, OSC sets the window title), control
 * characters XML forbids, and bidirectional formatting characters (U+202E RIGHT-TO-LEFT OVERRIDE
 * and friends) that visually reorder the text after them, so a title could rearrange a table.
 */

/** Embeddings and overrides (LRE, RLE, LRO, RLO) and isolates (LRI, RLI, FSI) and their ends. */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const OPENS_EMBEDDING = new Set(['\u202a', '\u202b', '\u202d', '\u202e']);
const POP_EMBEDDING = '\u202c';
const OPENS_ISOLATE = new Set(['\u2066', '\u2067', '\u2068']);
const POP_ISOLATE = '\u2069';
const FIRST_STRONG_ISOLATE = '\u2068';

/** Drops control characters (keeping tab, CR and LF) and whatever else XML 1.0 forbids. */
export function stripControl(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\u007e\u00a0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

/** Whether `text` holds a bidirectional formatting character. */
export function hasBidiControl(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

/**
 * `text` unable to reorder anything around it: when it holds bidirectional formatting
 * characters, every embedding and isolate it opens is closed at its end, an unmatched closing
 * isolate is dropped (it would close ours), and the whole is wrapped in a first-strong isolate
 * (U+2068 … U+2069), as Unicode recommends for text of unknown direction. Text without them
 * (nearly all text, right-to-left scripts included) is returned as it is.
 */
export function isolateBidi(text: string): string {
  if (!hasBidiControl(text)) return text;
  const open: Array<'embedding' | 'isolate'> = [];
  let kept = '';
  for (const char of text) {
    if (OPENS_EMBEDDING.has(char)) open.push('embedding');
    else if (OPENS_ISOLATE.has(char)) open.push('isolate');
    else if (char === POP_EMBEDDING && open.at(-1) === 'embedding') open.pop();
    else if (char === POP_ISOLATE) {
      const at = open.lastIndexOf('isolate');
      if (at < 0) continue;
      open.length = at;
    }
    kept += char;
  }
  const closers = open
    .reverse()
    .map((o) => (o === 'embedding' ? POP_EMBEDDING : POP_ISOLATE))
    .join('');
  return `${FIRST_STRONG_ISOLATE}${kept}${closers}${POP_ISOLATE}`;
}

/** Text for a document (Markdown, HTML, Word, CSV): no control characters, bidi isolated. */
export function documentText(text: string): string {
  return isolateBidi(stripControl(text));
}

// C0 controls but tab and line feed, DEL, C1 controls (0x9b is CSI on 8-bit terminals), bidi
// formatting characters, the line and paragraph separators, and lone surrogates.
const TERMINAL_UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text for a terminal: every character that could move the cursor, clear the screen, set the
 * window title, reorder the line or hide what follows is written as a visible `\uXXXX` escape
 * (ESC becomes `\u001b`). Inside a JSON string that is the same escape JSON uses, so escaped
 * JSON still parses to the same values.
 */
export function terminalText(text: string): string {
  return text.replace(
    TERMINAL_UNSAFE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
