/** Drops control characters (keeping tab, CR and LF) and whatever else XML 1.0 forbids. */
export function stripControl(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\u007e\u00a0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}
