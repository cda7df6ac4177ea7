/**
 * Where class-transformer keeps its decorators' metadata. Not exported from the package's root; its
 * maintainers point to this path (typestack/class-transformer#487), which ships no typings of its own.
 */
declare module 'class-transformer/cjs/storage' {
  export { defaultMetadataStorage } from 'class-transformer/types/storage';
}
