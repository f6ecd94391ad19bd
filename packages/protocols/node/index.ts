// @trawl/protocols/node: the Node-only adapters the pure engine takes as injections.
export { nodeDecompress } from './decompress.js';
