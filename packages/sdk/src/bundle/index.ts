/** Node-only: builds and writes static bundles. Used by the demo generator and the CLI. */
export { buildBundle, buildCheckedBundle, hashedName, type BuildOptions, type BuiltBundle } from './build.js';
export { writeBundle, type WriteResult } from './write.js';
export { buildSearch, elementText, type BuiltSearch, type IndexSource, type SearchBuildOptions } from '../search/build.js';
export { FIELDS, type GroupMemo, type GroupPostings, type LastShards, type SearchMemo } from '../search/build-memo.js';
export { T2S } from './t2s-table.js';
