// @trawl/protocols/node: the Node-only adapters the pure engine takes as injections, and the
// gzip reader `trawl read` and the worker's --file share.
export { nodeDecompress } from './decompress.js';
export { gunzipChunks, GUNZIP_CHUNK, GzipDataError } from './gunzip.js';
