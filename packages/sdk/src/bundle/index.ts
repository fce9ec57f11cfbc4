/** Node-only: builds and writes static bundles. Used by the demo generator and the CLI. */
export { buildBundle, buildCheckedBundle, hashedName, type BuildOptions, type BuiltBundle } from './build.js';
export { writeBundle, type WriteResult } from './write.js';
export {
  buildSearch,
  elementText,
  FIELDS,
  type BuiltSearch,
  type GroupMemo,
  type GroupPostings,
  type IndexSource,
  type LastShards,
  type SearchBuildOptions,
  type SearchMemo,
} from '../search/build.js';
export { T2S } from './t2s-table.js';
