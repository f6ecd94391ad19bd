export { CaptureReader } from './reader.js';
export { CaptureFormatError } from './errors.js';
