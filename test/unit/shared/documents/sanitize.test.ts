import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  documentText,
  hasBidiControl,
  isolateBidi,
  terminalText,
} from '../../../../shared/documents/sanitize';

const RLO = '\u202e';
const PDF = '\u202c';
const FSI = '\u2068';
const PDI = '\u2069';
const BIDI = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];

/** Whether every embedding and isolate `text` opens is closed inside it, and no close is stray. */
function isBalanced(text: string): boolean {
  const open: string[] = [];
  for (const c of text) {
    if ('\u202a\u202b\u202d\u202e'.includes(c)) open.push('e');
    else if ('\u2066\u2067\u2068'.includes(c)) open.push('i');
    else if (c === PDF && open.at(-1) === 'e') open.pop();
    else if (c === PDI) {
      const at = open.lastIndexOf('i');
      if (at < 0) return false;
      open.length = at;
    }
  }
  return open.length === 0;
}

describe('isolateBidi', () => {
  it('leaves text without bidirectional controls alone, right-to-left scripts included', () => {
    expect(isolateBidi('Checkout never gets in the way')).toBe('Checkout never gets in the way');
    expect(isolateBidi('שלום עולם')).toBe('שלום עולם');
  });

  it('closes an override and wraps the title in an isolate', () => {
    expect(isolateBidi(`Evil ${RLO}name`)).toBe(`${FSI}Evil ${RLO}name${PDF}${PDI}`);
  });

  it('drops a stray closing isolate that would end the wrapper early', () => {
    expect(isolateBidi(`a${PDI}${RLO}b`)).toBe(`${FSI}a${RLO}b${PDF}${PDI}`);
  });

  it('always gives a balanced isolate, whatever the text holds', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...BIDI), fc.string())), (parts) => {
        const text = parts.join('');
        const isolated = isolateBidi(text);
        expect(isBalanced(isolated)).toBe(true);
        if (hasBidiControl(text)) {
          expect(isolated.startsWith(FSI) && isolated.endsWith(PDI)).toBe(true);
        } else expect(isolated).toBe(text);
      }),
    );
  });
});

describe('documentText', () => {
  it('drops control characters and isolates bidi', () => {
    expect(documentText(`a\u0007b\u001b[2J${RLO}c`)).toBe(`${FSI}ab[2J${RLO}c${PDF}${PDI}`);
  });
});

describe('terminalText', () => {
  it.each([
    ['\u001b[2J', '\\u001b[2J', 'clear the screen'],
    ['\u001b]0;pwned\u0007', '\\u001b]0;pwned\\u0007', 'an OSC window title'],
    ['\u009b31m', '\\u009b31m', 'an 8-bit CSI'],
    ['a\rb', 'a\\u000db', 'a carriage return that overwrites the line'],
    [`${RLO}evil`, '\\u202eevil', 'a right-to-left override'],
    ['\u2066x\u2069', '\\u2066x\\u2069', 'isolates'],
    ['a\u2028b', 'a\\u2028b', 'a line separator'],
    ['\ud800x', '\\ud800x', 'a lone surrogate'],
  ])('escapes %j as %j (%s)', (text, shown) => {
    expect(terminalText(text)).toBe(shown);
  });

  it('keeps ordinary text, tabs, new lines and emoji as they are', () => {
    expect(terminalText('Größe ✓\t😀\nnext')).toBe('Größe ✓\t😀\nnext');
  });

  it('leaves JSON parsing to the same values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = JSON.stringify(value);
        const escaped = terminalText(json);
        expect(JSON.parse(escaped)).toEqual(JSON.parse(json));
        // eslint-disable-next-line no-control-regex -- no control character may be left
        expect(escaped).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }),
    );
  });
});
