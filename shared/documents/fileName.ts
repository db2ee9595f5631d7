/**
 * A piece of a file name that is safe on every file system: accents dropped, anything but
 * letters, digits and `_` turned into `-`, at most 60 characters.
 */
export function fileNamePart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
