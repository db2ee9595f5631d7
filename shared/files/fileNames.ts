/**
 * A name (a team's, a quarter's) as part of a file name that is safe on every file system:
 * accents dropped, only letters, digits, `-` and `_` kept, at most 60 characters. Empty when
 * nothing usable is left, so callers choose their own fallback.
 */
export function fileNamePart(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
