/**
 * What one path segment looks like: a literal (`users`, `v1`) or a value that is obviously an
 * identifier. Identifiers become named parameters in path templates; the name says the kind, so
 * `/orders/{uuid}` and `/orders/{id}` read as what they are.
 */
export type SegmentKind = 'id' | 'uuid' | 'hash' | 'date' | 'literal';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NUMBER = /^-?\d+$/;
const HEX = /^[0-9a-f]+$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
const COMPACT_DATE = /^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
/** Base64url/ULID-like tokens: long, mixed letters and digits, no vowels-only words. */
const TOKEN = /^[A-Za-z0-9_-]{20,}$/;

export function segmentKind(segment: string): SegmentKind {
  if (segment.length === 0) return 'literal';
  if (UUID.test(segment)) return 'uuid';
  if (COMPACT_DATE.test(segment) || ISO_DATE.test(segment)) return 'date';
  if (NUMBER.test(segment)) return 'id';
  // Hex of hash length (MD5 32, SHA-1 40, SHA-256 64) or any hex of 16+ with at least one digit.
  if (HEX.test(segment) && segment.length >= 16 && /\d/.test(segment)) return 'hash';
  if (TOKEN.test(segment) && /\d/.test(segment) && /[A-Za-z]/.test(segment)) return 'hash';
  return 'literal';
}

/** The template text of a parameter segment. */
export function parameterName(kind: Exclude<SegmentKind, 'literal'> | 'param'): string {
  return `{${kind}}`;
}
