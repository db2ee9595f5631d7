import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeTextFile,
  MAX_FILE_BYTES,
  TEXT_PROBLEMS,
  utf8ByteLength,
  withinReadLimit,
} from '../../../../shared/files/textFile';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());

/** Every encoding a file may come in, and what every door answers. */
const CASES: ReadonlyArray<[what: string, input: Uint8Array, answer: string]> = [
  ['UTF-8', utf8('team,objective\nPlatform,Größe ✓\n'), 'text'],
  ['UTF-8 with a byte-order mark', bytes(0xef, 0xbb, 0xbf, ...utf8('{"a":1}')), 'text'],
  ['an empty file', bytes(), 'text'],
  [
    'UTF-16 LE with a byte-order mark',
    bytes(0xff, 0xfe, ...utf16le('{"a":1}')),
    TEXT_PROBLEMS.utf16,
  ],
  [
    'UTF-16 BE with a byte-order mark',
    bytes(0xfe, 0xff, ...utf16be('{"a":1}')),
    TEXT_PROBLEMS.utf16,
  ],
  ['UTF-16 LE without a mark', utf16le('team,objective\nPlatform,Fast\n'), TEXT_PROBLEMS.utf16],
  ['UTF-16 BE without a mark', utf16be('team,objective\nPlatform,Fast\n'), TEXT_PROBLEMS.utf16],
  ['UTF-32 LE', bytes(0xff, 0xfe, 0x00, 0x00, 0x7b, 0, 0, 0), TEXT_PROBLEMS.utf32],
  ['UTF-32 BE', bytes(0x00, 0x00, 0xfe, 0xff, 0, 0, 0, 0x7b), TEXT_PROBLEMS.utf32],
  ['a NUL byte in text', utf8('team,objective\n\u0000Platform,Fast\n'), TEXT_PROBLEMS.binary],
  ['a ZIP file', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00), TEXT_PROBLEMS.binary],
  ['Latin-1 text', bytes(...utf8('Gr'), 0xf6, ...utf8('sse')), TEXT_PROBLEMS.invalidUtf8(2)],
  ['a stray continuation byte', bytes(0x61, 0x80), TEXT_PROBLEMS.invalidUtf8(1)],
  ['an overlong encoding', bytes(0x61, 0xc0, 0xaf), TEXT_PROBLEMS.invalidUtf8(1)],
  ['an encoded surrogate', bytes(0x61, 0xed, 0xa0, 0x80), TEXT_PROBLEMS.invalidUtf8(1)],
  ['a cut multi-byte character', bytes(0x61, 0x62, 0xe2, 0x9c), TEXT_PROBLEMS.invalidUtf8(2)],
  ['a code point above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), TEXT_PROBLEMS.invalidUtf8(0)],
  [
    'invalid bytes after a byte-order mark',
    bytes(0xef, 0xbb, 0xbf, 0x61, 0xff),
    TEXT_PROBLEMS.invalidUtf8(4),
  ],
];

describe('decodeTextFile', () => {
  it.each(CASES)('%s: %s', (_, input, answer) => {
    const decoded = decodeTextFile(input);
    if (answer === 'text') expect(decoded.ok).toBe(true);
    else expect(decoded).toEqual({ ok: false, problem: answer });
  });

  it('drops one byte-order mark and keeps the text exactly', () => {
    expect(decodeTextFile(bytes(0xef, 0xbb, 0xbf, ...utf8('\uFEFFa')))).toEqual({
      ok: true,
      text: '\uFEFFa',
      bytes: utf8('\uFEFFa'),
    });
  });

  it('refuses a file over the limit before decoding it, naming both sizes', () => {
    expect(decodeTextFile(utf8('x'.repeat(2049)), 2048)).toEqual({
      ok: false,
      problem: 'The file is 2,049 bytes; Quarterdeck reads files up to 2,048 bytes.',
    });
    expect(decodeTextFile(utf8('x'.repeat(2048)), 2048).ok).toBe(true);
    expect(TEXT_PROBLEMS.tooLarge(MAX_FILE_BYTES + 1, MAX_FILE_BYTES)).toBe(
      'The file is 134,217,729 bytes; Quarterdeck reads files up to 134,217,728 bytes.',
    );
  });

  it('never lets a file be written that no door could read back', () => {
    expect(withinReadLimit('é'.repeat(1024), 2048)).toHaveLength(1024);
    // 1,025 characters of two bytes each: over 2 KB in bytes, whatever the character count.
    expect(() => withinReadLimit('é'.repeat(1025), 2048)).toThrow(
      'The file is 2,050 bytes; Quarterdeck reads files up to 2,048 bytes.',
    );
  });

  it('reads back any text written as UTF-8, with or without a mark', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.boolean(), (text, withMark) => {
        fc.pre(!text.includes('\u0000'));
        const encoded = utf8(text);
        const input = withMark ? bytes(0xef, 0xbb, 0xbf, ...encoded) : encoded;
        // `bytes` is the text's own encoding, the mark left out.
        expect(decodeTextFile(input)).toEqual({ ok: true, text, bytes: encoded });
      }),
    );
  });

  it('counts UTF-8 bytes without encoding', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 64 }), (text) => {
        expect(utf8ByteLength(text)).toBe(utf8(text).length);
      }),
      { numRuns: 50 },
    );
  });
});
