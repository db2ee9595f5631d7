export * from './enums';
export * from './primitives';
export * from './entities';
export * from './inputs';
export * from './weight';
