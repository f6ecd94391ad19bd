// Protobuf decoding with a schema (descriptor.ts): field names, enum value names, nested and map
// fields, packed repeated scalars. Values follow the proto3 JSON mapping where JSON needs it
// (64-bit integers as strings, bytes as base64). A field the schema does not know is kept under
// its number, decoded schemalessly, so nothing on the wire is hidden.
import { encodeBase64 } from '../bytes/base64.js';
import { GRPC_LIMITS } from './limits.js';
import type { GrpcSchema } from './refine.js';
import { addDescriptorSet, emptyIndex, TYPE, type DescriptorIndex, type FieldDef, type MessageDef } from './descriptor.js';
import { decodeSchemaless } from './schemaless.js';
import { intValue, readFields, readVarint, WIRE, type WireField } from './wire.js';

const utf8 = new TextDecoder('utf-8');

export function createGrpcSchema(descriptorSets: readonly Uint8Array[]): GrpcSchema & { index: DescriptorIndex } {
  const index = emptyIndex();
  for (const set of descriptorSets) addDescriptorSet(index, set);
  return {
    index,
    decode(path, side, bytes) {
      const method = index.methods.get(path);
      const type = method ? (side === 'request' ? method.input : method.output) : undefined;
      const def = type ? index.messages.get(type) : undefined;
      if (!def) return null;
      const budget = { fields: GRPC_LIMITS.maxFields };
      const value = decodeMessage(index, def, bytes, GRPC_LIMITS.maxDepth, budget);
      return value ? { type: def.fullName, value } : null;
    },
  };
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

export function decodeMessage(index: DescriptorIndex, def: MessageDef, bytes: Uint8Array, depth: number, budget: { fields: number }): Obj | null {
  const wire = readFields(bytes, budget.fields);
  if (!wire) return null;
  budget.fields -= wire.length;
  const out: Obj = {};
  for (const f of wire) {
    const fd = def.fields.get(f.number);
    if (!fd) {
      out[String(f.number)] = unknownValue(f);
      continue;
    }
    const values = fieldValues(index, fd, f, depth, budget);
    if (fd.repeated) {
      const sub = index.messages.get(fd.typeName);
      if (sub?.mapEntry) {
        const map = (out[fd.name] ??= {}) as Obj;
        for (const v of values) {
          const e = v as Obj;
          if (e && typeof e === 'object') map[String(e.key ?? '')] = e.value ?? null;
        }
      } else {
        const list = (out[fd.name] ??= []) as Json[];
        list.push(...values);
      }
    } else if (values.length > 0) out[fd.name] = values[values.length - 1];
  }
  return out;
}

function unknownValue(f: WireField): Json {
  if (f.wireType !== WIRE.LEN) return intValue(f.int!);
  return (decodeSchemaless(f.bytes!) as Json) ?? encodeBase64(f.bytes!);
}

function fieldValues(index: DescriptorIndex, fd: FieldDef, f: WireField, depth: number, budget: { fields: number }): Json[] {
  const t = fd.type;
  if (f.wireType === WIRE.LEN) {
    if (t === TYPE.STRING) return [utf8.decode(f.bytes!)];
    if (t === TYPE.BYTES) return [encodeBase64(f.bytes!)];
    if (t === TYPE.MESSAGE) {
      const sub = index.messages.get(fd.typeName);
      if (!sub || depth <= 1) return [encodeBase64(f.bytes!)];
      return [decodeMessage(index, sub, f.bytes!, depth - 1, budget) ?? encodeBase64(f.bytes!)];
    }
    // A packed repeated scalar.
    return unpack(index, fd, f.bytes!);
  }
  return [scalar(index, fd, f.int!)];
}

function unpack(index: DescriptorIndex, fd: FieldDef, bytes: Uint8Array): Json[] {
  const out: Json[] = [];
  const t = fd.type;
  const width = t === TYPE.DOUBLE || t === TYPE.FIXED64 || t === TYPE.SFIXED64 ? 8 : t === TYPE.FLOAT || t === TYPE.FIXED32 || t === TYPE.SFIXED32 ? 4 : 0;
  let p = 0;
  while (p < bytes.length && out.length < GRPC_LIMITS.maxFields) {
    let v: bigint;
    if (width === 0) {
      const r = readVarint(bytes, p);
      if (!r) break;
      v = r.value;
      p = r.next;
    } else {
      if (p + width > bytes.length) break;
      v = 0n;
      for (let i = width - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[p + i]);
      p += width;
    }
    out.push(scalar(index, fd, v));
  }
  return out;
}

function scalar(index: DescriptorIndex, fd: FieldDef, v: bigint): Json {
  switch (fd.type) {
    case TYPE.DOUBLE:
      return floatOf(v, 8);
    case TYPE.FLOAT:
      return floatOf(v, 4);
    case TYPE.INT64:
    case TYPE.SFIXED64:
      return BigInt.asIntN(64, v).toString();
    case TYPE.UINT64:
    case TYPE.FIXED64:
      return BigInt.asUintN(64, v).toString();
    case TYPE.SINT64: {
      const u = BigInt.asUintN(64, v);
      return ((u >> 1n) ^ -(u & 1n)).toString();
    }
    case TYPE.INT32:
    case TYPE.SFIXED32:
      return Number(BigInt.asIntN(32, v));
    case TYPE.UINT32:
    case TYPE.FIXED32:
      return Number(BigInt.asUintN(32, v));
    case TYPE.SINT32: {
      const u = Number(BigInt.asUintN(32, v));
      return (u >>> 1) ^ -(u & 1);
    }
    case TYPE.BOOL:
      return v !== 0n;
    case TYPE.ENUM: {
      const n = Number(BigInt.asIntN(32, v));
      return index.enums.get(fd.typeName)?.get(n) ?? n;
    }
    default:
      return intValue(v);
  }
}

function floatOf(v: bigint, width: 4 | 8): Json {
  const view = new DataView(new ArrayBuffer(8));
  if (width === 8) {
    view.setBigUint64(0, BigInt.asUintN(64, v), true);
    const d = view.getFloat64(0, true);
    return Number.isFinite(d) ? d : String(d);
  }
  view.setUint32(0, Number(BigInt.asUintN(32, v)), true);
  const f = view.getFloat32(0, true);
  return Number.isFinite(f) ? f : String(f);
}
