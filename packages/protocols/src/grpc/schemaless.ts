// Protobuf without a schema, like `protoc --decode_raw`: field number → value. A length-delimited
// field is shown as text when it is printable UTF-8, else as a nested message when it parses as
// one, else as `{bytes: <base64>}`. Text comes first because short strings often parse as a
// message by accident ("hello" does not, but "ab\x08" would), while a nested message is rarely
// printable text (its tags and lengths are control bytes).
import { encodeBase64 } from '../bytes/base64.js';
import { asText } from '../entry/body.js';
import { GRPC_LIMITS } from './limits.js';
import { intValue, readFields, WIRE } from './wire.js';

export type Schemaless = { [field: string]: SchemalessValue | SchemalessValue[] };
export type SchemalessValue = number | string | Schemaless | { bytes: string };

interface Budget {
  fields: number;
}

/** The message, or null when the bytes are not one. */
export function decodeSchemaless(buf: Uint8Array, maxDepth: number = GRPC_LIMITS.maxDepth): Schemaless | null {
  return decode(buf, maxDepth, { fields: GRPC_LIMITS.maxFields });
}

function decode(buf: Uint8Array, depth: number, budget: Budget): Schemaless | null {
  const fields = readFields(buf, budget.fields);
  if (!fields) return null;
  budget.fields -= fields.length;
  const out: Schemaless = {};
  for (const f of fields) {
    let v: SchemalessValue;
    if (f.wireType === WIRE.LEN) v = lengthDelimited(f.bytes!, depth, budget);
    else v = intValue(f.int!);
    const key = String(f.number);
    const prev = out[key];
    if (prev === undefined) out[key] = v;
    else if (Array.isArray(prev)) prev.push(v);
    else out[key] = [prev, v];
  }
  return out;
}

function lengthDelimited(bytes: Uint8Array, depth: number, budget: Budget): SchemalessValue {
  if (bytes.length === 0) return '';
  if (printable(bytes)) {
    const text = asText(bytes);
    if (text !== null) return text;
  }
  if (depth > 1) {
    const nested = decode(bytes, depth - 1, budget);
    if (nested) return nested;
  }
  const text = asText(bytes);
  if (text !== null) return text;
  return { bytes: encodeBase64(bytes) };
}

/** No control bytes at all except TAB/LF/CR (stricter than `asText`). */
function printable(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13) || b === 0x7f) return false;
  }
  return true;
}
