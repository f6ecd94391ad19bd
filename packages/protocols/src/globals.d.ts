// The pure packages compile with `"types": []` and no DOM lib, so the few web-platform globals
// they rely on (present in Node and every browser) are declared here, narrowly.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
