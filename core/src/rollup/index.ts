export * from './digest';
export * from './rollup';
export * from './consistency';
export * from './words';
