// Reads binary FileDescriptorSets (google/protobuf/descriptor.proto, itself protobuf) with our own
// wire reader, into the few facts schema decoding needs: message fields, enum names, and the
// input/output types of every method by its gRPC path. Unknown descriptor fields are ignored.
import { readFields, WIRE, type WireField } from './wire.js';

export interface FieldDef {
  name: string;
  number: number;
  /** FieldDescriptorProto.Type: 1 double … 18 sint64. */
  type: number;
  repeated: boolean;
  /** Fully-qualified message or enum type, without the leading dot. */
  typeName: string;
}

export interface MessageDef {
  fullName: string;
  fields: Map<number, FieldDef>;
  /** A synthesized map<K, V> entry: shown as an object keyed by K. */
  mapEntry: boolean;
}

export interface DescriptorIndex {
  messages: Map<string, MessageDef>;
  enums: Map<string, Map<number, string>>;
  /** `/pkg.Service/Method` → its message types. */
  methods: Map<string, { input: string; output: string }>;
}

export const TYPE = {
  DOUBLE: 1,
  FLOAT: 2,
  INT64: 3,
  UINT64: 4,
  INT32: 5,
  FIXED64: 6,
  FIXED32: 7,
  BOOL: 8,
  STRING: 9,
  GROUP: 10,
  MESSAGE: 11,
  BYTES: 12,
  UINT32: 13,
  ENUM: 14,
  SFIXED32: 15,
  SFIXED64: 16,
  SINT32: 17,
  SINT64: 18,
} as const;

const utf8 = new TextDecoder('utf-8');
const MAX_DESCRIPTOR_FIELDS = 1 << 20;

export function emptyIndex(): DescriptorIndex {
  return { messages: new Map(), enums: new Map(), methods: new Map() };
}

/** Adds every file of a FileDescriptorSet to `index`; throws on bytes that are not one. */
export function addDescriptorSet(index: DescriptorIndex, set: Uint8Array): void {
  for (const f of fields(set)) if (f.number === 1 && f.bytes) addFile(index, f.bytes);
  resolveTypeNames(index);
}

/**
 * protoc writes fully-qualified type names (`.pkg.Msg`); other generators (protobufjs) may write
 * them relative to the message's scope. Resolve those the way protoc does: innermost scope first.
 */
function resolveTypeNames(index: DescriptorIndex): void {
  const known = (t: string) => index.messages.has(t) || index.enums.has(t);
  for (const def of index.messages.values()) {
    const scope = def.fullName.split('.');
    for (const fd of def.fields.values()) {
      if (!fd.typeName || known(fd.typeName)) continue;
      for (let i = scope.length; i >= 0; i--) {
        const candidate = [...scope.slice(0, i), fd.typeName].join('.');
        if (known(candidate)) {
          fd.typeName = candidate;
          break;
        }
      }
    }
  }
}

function fields(bytes: Uint8Array): WireField[] {
  const out = readFields(bytes, MAX_DESCRIPTOR_FIELDS);
  if (!out) throw new Error('grpc: malformed descriptor');
  return out;
}

const str = (f: WireField): string => (f.bytes ? utf8.decode(f.bytes) : '');
const num = (f: WireField): number => (f.wireType === WIRE.VARINT ? Number(BigInt.asIntN(32, f.int!)) : 0);
const qualify = (scope: string, name: string): string => (scope ? `${scope}.${name}` : name);
const stripDot = (t: string): string => (t.startsWith('.') ? t.slice(1) : t);

function addFile(index: DescriptorIndex, file: Uint8Array): void {
  const all = fields(file);
  const pkg = all.filter((f) => f.number === 2).map(str)[0] ?? '';
  for (const f of all) {
    if (!f.bytes) continue;
    if (f.number === 4) addMessage(index, pkg, f.bytes);
    else if (f.number === 5) addEnum(index, pkg, f.bytes);
    else if (f.number === 6) addService(index, pkg, f.bytes);
  }
}

function addMessage(index: DescriptorIndex, scope: string, bytes: Uint8Array): void {
  const all = fields(bytes);
  const name = all.filter((f) => f.number === 1).map(str)[0] ?? '';
  const fullName = qualify(scope, name);
  const def: MessageDef = { fullName, fields: new Map(), mapEntry: false };
  for (const f of all) {
    if (!f.bytes) continue;
    if (f.number === 2) {
      const fd = fieldDef(f.bytes);
      def.fields.set(fd.number, fd);
    } else if (f.number === 3) addMessage(index, fullName, f.bytes);
    else if (f.number === 4) addEnum(index, fullName, f.bytes);
    else if (f.number === 7) {
      // MessageOptions.map_entry = 7
      for (const o of fields(f.bytes)) if (o.number === 7 && o.wireType === WIRE.VARINT && o.int !== 0n) def.mapEntry = true;
    }
  }
  index.messages.set(fullName, def);
}

function fieldDef(bytes: Uint8Array): FieldDef {
  const fd: FieldDef = { name: '', number: 0, type: 0, repeated: false, typeName: '' };
  for (const f of fields(bytes)) {
    if (f.number === 1) fd.name = str(f);
    else if (f.number === 3) fd.number = num(f);
    else if (f.number === 4) fd.repeated = num(f) === 3;
    else if (f.number === 5) fd.type = num(f);
    else if (f.number === 6) fd.typeName = stripDot(str(f));
  }
  return fd;
}

function addEnum(index: DescriptorIndex, scope: string, bytes: Uint8Array): void {
  const all = fields(bytes);
  const name = all.filter((f) => f.number === 1).map(str)[0] ?? '';
  const values = new Map<number, string>();
  for (const f of all) {
    if (f.number !== 2 || !f.bytes) continue;
    let vName = '';
    let vNum = 0;
    for (const v of fields(f.bytes)) {
      if (v.number === 1) vName = str(v);
      else if (v.number === 2) vNum = num(v);
    }
    if (!values.has(vNum)) values.set(vNum, vName);
  }
  index.enums.set(qualify(scope, name), values);
}

function addService(index: DescriptorIndex, pkg: string, bytes: Uint8Array): void {
  const all = fields(bytes);
  const name = all.filter((f) => f.number === 1).map(str)[0] ?? '';
  const service = qualify(pkg, name);
  for (const f of all) {
    if (f.number !== 2 || !f.bytes) continue;
    let method = '';
    let input = '';
    let output = '';
    for (const m of fields(f.bytes)) {
      if (m.number === 1) method = str(m);
      else if (m.number === 2) input = stripDot(str(m));
      else if (m.number === 3) output = stripDot(str(m));
    }
    index.methods.set(`/${service}/${method}`, { input, output });
  }
}
