import { formatBytes, formatNumber } from '../domain/format';

/**
 * The one reader of text files, for every door: the CLI (lint, validate, export), the desktop
 * app's open dialog (main), and the browser's file picker. Each door reads the file's bytes
 * and asks {@link decodeTextFile}, so they all accept and refuse the same files with the same
 * words. Accepted: UTF-8, with or without a byte-order mark. Refused, saying why: files over
 * the size limit, UTF-16 and UTF-32 (with or without a byte-order mark), files holding NUL
 * bytes (binary files) and bytes that are not valid UTF-8.
 */

/**
 * The largest file Quarterdeck writes or reads, in bytes, on every side: a backup the app saves,
 * an automatic backup main keeps, and any file a door opens. 2.5 times the largest workspace the
 * benchmarks use (20 teams × 12 quarters, about 48 MB as a backup), so a growing workspace can
 * still restore its own backups.
 */
export const MAX_FILE_BYTES = 128 * 1024 * 1024;

/**
 * The largest plan CSV an import or `lint` reads: about 100,000 key-result rows, far beyond any
 * quarter's plan, small enough for the preview to stay responsive.
 */
export const MAX_PLAN_FILE_BYTES = 16 * 1024 * 1024;

/** A file's text, or the one sentence that says why it cannot be read. */
/**
 * A file's text, with the UTF-8 bytes it was decoded from (without a byte-order mark: `bytes`
 * is exactly the text's encoding), or why it cannot be read.
 */
export type DecodedText =
  { ok: true; text: string; bytes: Uint8Array } | { ok: false; problem: string };

/** The sentences a refused file gets; every door shows them after the file's name. */
export const TEXT_PROBLEMS = {
  tooLarge: (bytes: number, maxBytes: number) => {
    // Just over the limit, rounded sizes would read "128 MB; up to 128 MB": show the bytes.
    const [size, limit] =
      formatBytes(bytes) === formatBytes(maxBytes)
        ? [`${formatNumber(bytes)} bytes`, `${formatNumber(maxBytes)} bytes`]
        : [formatBytes(bytes), formatBytes(maxBytes)];
    return `The file is ${size}; Quarterdeck reads files up to ${limit}.`;
  },
  utf16: 'The file is UTF-16 text; Quarterdeck reads UTF-8 only. Save it as UTF-8 and try again.',
  utf32: 'The file is UTF-32 text; Quarterdeck reads UTF-8 only. Save it as UTF-8 and try again.',
  binary: 'The file holds NUL bytes, so it is not a text file. Choose a file saved as UTF-8 text.',
  invalidUtf8: (offset: number) =>
    `The file is not valid UTF-8 text (at byte ${offset + 1}). Save it as UTF-8 and try again.`,
} as const;

/**
 * Bytes of `text` in UTF-8, counted without encoding it (a 48 MB backup needs no copy). The
 * ASCII stretch before the first other character is skipped by the regular-expression engine,
 * which is many times faster than a loop: a backup is mostly or wholly ASCII.
 */
export function utf8ByteLength(text: string): number {
  const firstWide = text.search(/[\u0080-\uffff]/);
  if (firstWide < 0) return text.length;
  let bytes = firstWide;
  for (let i = firstWide; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** The size problem of a file of `bytes` bytes, or null when it is within `maxBytes`. */
export function sizeProblem(bytes: number, maxBytes: number = MAX_FILE_BYTES): string | null {
  return bytes > maxBytes ? TEXT_PROBLEMS.tooLarge(bytes, maxBytes) : null;
}

/**
 * `text` when every door could read it back, else a thrown Error saying how large it is: a file
 * that could never be opened again is not written (the write side of the one limit).
 */
export function withinReadLimit(text: string, maxBytes: number = MAX_FILE_BYTES): string {
  const problem = sizeProblem(utf8ByteLength(text), maxBytes);
  if (problem) throw new Error(problem);
  return text;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Text without a byte-order mark, in UTF-16 all the same: NUL bytes at every other position of
 * the first bytes, as ASCII text has when each character takes two bytes.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length - (bytes.length % 2), 512);
  if (sample < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample; i += 1) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  }
  const pairs = sample / 2;
  return (even === 0 && odd >= pairs * 0.6) || (odd === 0 && even >= pairs * 0.6);
}

/** Where the first byte that breaks UTF-8 is; only called once decoding has failed. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : 4;
    if (b >= 0x80 && (b < 0xc2 || b > 0xf4)) return i;
    if (length > 1) {
      const end = i + length;
      if (end > bytes.length) return i;
      const second = bytes[i + 1] ?? 0;
      const low = (b === 0xe0 && 0xa0) || (b === 0xf0 && 0x90) || 0x80;
      const high = (b === 0xed && 0x9f) || (b === 0xf4 && 0x8f) || 0xbf;
      if (second < low || second > high) return i;
      for (let j = i + 2; j < end; j += 1) {
        const c = bytes[j] ?? 0;
        if (c < 0x80 || c > 0xbf) return i;
      }
    }
    i += length;
  }
  return bytes.length;
}

/**
 * What a door can do faster with its platform's own byte routines (Node's `Buffer` on the desktop
 * and the command line); each gives exactly what the portable code below gives. The rules, their
 * order and the words stay in {@link decodeTextFile}.
 */
export interface ByteRoutines {
  /** Whether the bytes hold a NUL byte. */
  hasNul(bytes: Uint8Array): boolean;
  /** The text of bytes that are valid UTF-8 (a byte-order mark kept as text); null when invalid. */
  decodeUtf8(bytes: Uint8Array): string | null;
}

/** The same routines in portable code, for a browser. */
const PORTABLE: ByteRoutines = {
  hasNul: (bytes) => bytes.includes(0),
  decodeUtf8: (bytes) => {
    try {
      // `ignoreBOM` keeps a second mark, which would be part of the text, as it is.
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return null;
    }
  },
};

/**
 * Decodes a file's bytes as every door does (see the module comment). `maxBytes` is the door's
 * limit: {@link MAX_FILE_BYTES} for backups, {@link MAX_PLAN_FILE_BYTES} for plan files.
 */
export function decodeTextFile(
  bytes: Uint8Array,
  maxBytes: number = MAX_FILE_BYTES,
  routines: ByteRoutines = PORTABLE,
): DecodedText {
  const tooLarge = sizeProblem(bytes.byteLength, maxBytes);
  if (tooLarge) return { ok: false, problem: tooLarge };
  if (startsWith(bytes, [0x00, 0x00, 0xfe, 0xff]) || startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) {
    return { ok: false, problem: TEXT_PROBLEMS.utf32 };
  }
  if (startsWith(bytes, [0xfe, 0xff]) || startsWith(bytes, [0xff, 0xfe]) || looksLikeUtf16(bytes)) {
    return { ok: false, problem: TEXT_PROBLEMS.utf16 };
  }
  if (routines.hasNul(bytes)) return { ok: false, problem: TEXT_PROBLEMS.binary };
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  const text = routines.decodeUtf8(body);
  if (text !== null) return { ok: true, text, bytes: body };
  const offset = firstInvalidByte(body) + (body === bytes ? 0 : 3);
  return { ok: false, problem: TEXT_PROBLEMS.invalidUtf8(offset) };
}
