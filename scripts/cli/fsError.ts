/** A file-system error as a few words for a one-line CLI message: `no such file`, `permission denied`. */
export function fsError(error: unknown, missing = 'no such file'): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return missing;
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ENOTDIR') return 'a parent is not a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC') return 'no space left on the device';
  return error instanceof Error ? error.message : String(error);
}
