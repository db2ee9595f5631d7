import { createHash } from 'node:crypto';

/**
 * SHA-256 of bytes as 64 lowercase hex digits, with Node's own hash: the bytes are hashed where
 * they lie, where WebCrypto's digest first copies them (a whole backup file, on the command line).
 */
export function sha256HexNode(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
