export * from './fileFormat';
export * from './read';
export * from './summary';
export * from './plan';
export type { BackupDigests, RowDigest } from './digest';
export { PROBLEMS } from './problems';
export { checksumOf } from './checksum';
export { OLDEST_READABLE_VERSION } from './migrations';
