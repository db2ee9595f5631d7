/**
 * The only kinds of file Quarterdeck saves, and the names it accepts for them. Main enforces it
 * for every save (the renderer suggests, main decides), so a compromised page cannot write an
 * executable or a script and then ask the system to open it.
 */

/** What each kind of saved document may be called: text, Word bytes, or HTML printed to PDF. */
export const SAVED_EXTENSIONS = {
  text: ['md', 'html', 'csv', 'json'],
  bytes: ['docx'],
  pdf: ['pdf'],
} as const satisfies Record<string, readonly string[]>;

export type SavedKind = keyof typeof SAVED_EXTENSIONS;

/** Every extension the app writes, for dialogs' filters. */
export const ALL_SAVED_EXTENSIONS: readonly string[] = Object.values(SAVED_EXTENSIONS).flat();

// Windows refuses these as file names whatever their extension.
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
// Control characters, the path separators of every platform and what Windows forbids in names.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u001f\u007f/\\:*?"<>|]/;

/** The lower-case extension of a file name, without the dot; '' when it has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * Why `name` cannot be the suggested name of a `kind` document, or null when it can: a plain
 * file name (no folder, no `..`, nothing a file system forbids) ending in one of the kind's
 * extensions.
 */
export function savedNameProblem(name: string, kind: SavedKind): string | null {
  if (name.trim() !== name || name === '' || /^\.+$/.test(name) || name.endsWith('.')) {
    return 'A file name, not a path';
  }
  if (FORBIDDEN.test(name) || RESERVED.test(name)) return 'A file name, not a path';
  const allowed: readonly string[] = SAVED_EXTENSIONS[kind];
  if (!allowed.includes(extensionOf(name))) {
    return `A ${kind === 'text' ? 'text document' : kind === 'pdf' ? 'PDF' : 'Word document'} is saved as ${allowed.map((e) => `.${e}`).join(', ')}`;
  }
  return null;
}

/**
 * The path to write once the person has chosen one in the save dialog: as chosen when it ends in
 * one of the kind's extensions, else with the suggested name's extension added (`notes` →
 * `notes.md`, `notes.exe` → `notes.exe.md`), so nothing but the app's own types is ever written.
 */
export function withSavedExtension(path: string, suggestedName: string, kind: SavedKind): string {
  const allowed: readonly string[] = SAVED_EXTENSIONS[kind];
  const separator = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const fileName = path.slice(separator + 1);
  if (allowed.includes(extensionOf(fileName))) return path;
  const fallback = extensionOf(suggestedName);
  return `${path}.${allowed.includes(fallback) ? fallback : allowed[0]}`;
}
