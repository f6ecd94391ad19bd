export { CaptureReader } from './reader.js';
export { CaptureFormatError } from './errors.js';
export { compressionOf, COMPRESSION_MAGIC_BYTES, DECOMPRESS_COMMAND, type Compression } from './compression.js';
export { firstRecordEnd } from './first-record.js';
