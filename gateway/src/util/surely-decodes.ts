/**
 * A cheap check that protobuf-es's fromBinary would decode some bytes
 * without an error, for a caller that passes a message on as bytes but must
 * refuse what the decoder refuses (the InvokeService pass-through checks the
 * app's InvokeResponse this way instead of decoding it).
 *
 * It is one-sided: true only for plain, well-formed wire data made of the
 * message's singular string, bytes, message, enum and 32-bit integer fields
 * (strings valid UTF-8) and unknown fields of the simple wire types, every
 * length inside its
 * message; anything else, even if the decoder would accept it, is false and
 * the caller decodes as before. No objects, no strings made.
 */
import { ScalarType, type DescField, type DescMessage } from "@bufbuild/protobuf";
import { getTextEncoding } from "@bufbuild/protobuf/wire";

const fieldMaps = new WeakMap<DescMessage, Map<number, DescField>>();
const maxDepth = 16;
/** Where varint() leaves a value (read at once, before any nested check). */
const v = [0];

/** Whether fromBinary(desc, bytes) surely succeeds (false: unknown, decode to find out). */
export function surelyDecodes(desc: DescMessage, bytes: Uint8Array): boolean {
  return checkMessage(desc, bytes, 0, bytes.length, 0);
}

function fieldsOf(desc: DescMessage): Map<number, DescField> {
  let map = fieldMaps.get(desc);
  if (!map) {
    map = new Map(desc.fields.map((f) => [f.number, f]));
    fieldMaps.set(desc, map);
  }
  return map;
}

/** Position after the varint at `pos` (at most `maxBytes` long) and its value, or -1; the value lands in `out[0]`. */
function varint(buf: Uint8Array, pos: number, end: number, maxBytes: number, out: number[]): number {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < maxBytes; i++) {
    if (pos >= end) return -1;
    const b = buf[pos++]!;
    value += (b & 0x7f) * scale;
    if ((b & 0x80) === 0) {
      out[0] = value;
      return pos;
    }
    scale *= 128;
  }
  return -1;
}

function checkMessage(desc: DescMessage, buf: Uint8Array, pos: number, end: number, depth: number): boolean {
  if (depth > maxDepth) return false;
  const fields = fieldsOf(desc);
  while (pos < end) {
    pos = varint(buf, pos, end, 5, v);
    // Tags stay below 2^32, field numbers above 0; wire types 0, 1, 2, 5 only (no groups).
    if (pos < 0 || v[0]! >= 2 ** 32) return false;
    const tag = v[0]!;
    const number = Math.floor(tag / 8);
    const wireType = tag % 8;
    if (number === 0) return false;
    const field = fields.get(number);
    if (wireType === 0) {
      // Enums and 32-bit integers are read with varint32read, which takes any varint of up to 10 bytes.
      if (field && !(field.fieldKind === "enum" || (field.fieldKind === "scalar" && (field.scalar === ScalarType.INT32 || field.scalar === ScalarType.UINT32)))) return false;
      pos = varint(buf, pos, end, 10, v);
      if (pos < 0) return false;
    } else if (wireType === 1 || wireType === 5) {
      if (field) return false;
      pos += wireType === 1 ? 8 : 4;
      if (pos > end) return false;
    } else if (wireType === 2) {
      pos = varint(buf, pos, end, 5, v);
      if (pos < 0 || v[0]! >= 2 ** 31) return false;
      const start = pos;
      pos += v[0]!;
      if (pos > end) return false;
      if (field && !checkField(field, buf, start, pos, depth)) return false;
    } else {
      return false;
    }
  }
  return pos === end;
}

/** A known length-delimited field: a singular string (valid UTF-8), bytes, or a message that surely decodes. */
function checkField(field: DescField, buf: Uint8Array, start: number, end: number, depth: number): boolean {
  if (field.fieldKind === "message") return !field.delimitedEncoding && checkMessage(field.message, buf, start, end, depth + 1);
  if (field.fieldKind !== "scalar") return false;
  if (field.scalar === ScalarType.BYTES) return true;
  if (field.scalar !== ScalarType.STRING) return false;
  if (isAscii(buf, start, end)) return true;
  try {
    // The decoder's own strict UTF-8 decoding (what fromBinary does with the field).
    getTextEncoding().decodeUtf8(buf.subarray(start, end), true);
    return true;
  } catch {
    return false;
  }
}

/** Whether the bytes are ASCII (always valid UTF-8: no decoder needed). */
export function isAscii(buf: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (buf[i]! >= 0x80) return false;
  return true;
}
