/**
 * Fields read straight from an encoded protobuf message, without decoding
 * the rest: InvokeService passes the common.v1.InvokeRequest it got in
 * runtime.v1.InvokeServiceRequest (field `message`, number 3) to the app's
 * OnInvoke as it came, and reads the app id and method from the bytes.
 */
import { getTextEncoding } from "@bufbuild/protobuf/wire";
import { isAscii } from "../../util/surely-decodes.js";

/**
 * The payload of field `field` when it occurs exactly once as a
 * length-delimited field at the top level of `encoded` (a view, no copy);
 * undefined when it is absent, repeated (the decoder would merge the
 * occurrences), or anything in the message is not plain wire format
 * (groups, a truncated field). Meant for messages that already decoded.
 */
export function embeddedMessageBytes(encoded: Uint8Array, field: number): Uint8Array | undefined {
  let found: Uint8Array | undefined;
  const plain = walkFields(encoded, (number, wireType, start, end) => {
    if (number !== field) return true;
    if (wireType !== 2 || found) return false;
    found = encoded.subarray(start, end);
    return true;
  });
  return plain ? found : undefined;
}

/**
 * The value of string field `field` at the top level of `encoded` as the
 * decoder gives it (the last occurrence wins; undefined when absent), for
 * bytes that surely decode (util/surely-decodes.ts: strict UTF-8, the field
 * length-delimited).
 */
export function lastStringField(encoded: Uint8Array, field: number): string | undefined {
  let last: Uint8Array | undefined;
  const plain = walkFields(encoded, (number, wireType, start, end) => {
    if (number === field && wireType === 2) last = encoded.subarray(start, end);
    return true;
  });
  if (!plain || last === undefined) return undefined;
  // ASCII reads the same through any decoder; anything else through the decoder's own.
  return last.length <= 64 && isAscii(last, 0, last.length) ? String.fromCharCode(...last) : getTextEncoding().decodeUtf8(last, true);
}

/**
 * Calls `visit` with each top-level field of `encoded`: its number, wire
 * type and value bounds (a length-delimited field's payload, else the value
 * bytes). False when the bytes are not plain wire format (a group, a field
 * running past the end) or `visit` answered false.
 */
function walkFields(encoded: Uint8Array, visit: (number: number, wireType: number, start: number, end: number) => boolean): boolean {
  const end = encoded.length;
  let pos = 0;
  while (pos < end) {
    const tag = readVarint(encoded, pos);
    if (tag === undefined) return false;
    pos = tag.next;
    const wireType = tag.value % 8;
    let start = pos;
    switch (wireType) {
      case 0: {
        const v = readVarint(encoded, pos);
        if (v === undefined) return false;
        pos = v.next;
        break;
      }
      case 1:
        pos += 8;
        break;
      case 5:
        pos += 4;
        break;
      case 2: {
        const len = readVarint(encoded, pos);
        if (len === undefined) return false;
        start = len.next;
        pos = start + len.value;
        break;
      }
      default:
        return false;
    }
    if (pos > end || !visit(Math.floor(tag.value / 8), wireType, start, pos)) return false;
  }
  return true;
}

/** A varint (up to 2^53) and where the next byte is; undefined when it runs past the end or past 10 bytes. */
function readVarint(buf: Uint8Array, pos: number): { value: number; next: number } | undefined {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10 && pos < buf.length; i++) {
    const b = buf[pos++]!;
    value += (b & 0x7f) * scale;
    if ((b & 0x80) === 0) return { value, next: pos };
    scale *= 128;
  }
  return undefined;
}
