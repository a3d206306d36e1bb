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
  let pos = 0;
  const end = encoded.length;
  while (pos < end) {
    const tag = readVarint(encoded, pos);
    if (tag === undefined) return undefined;
    pos = tag.next;
    const wireType = tag.value % 8;
    const number = Math.floor(tag.value / 8);
    switch (wireType) {
      case 0: {
        const v = readVarint(encoded, pos);
        if (v === undefined) return undefined;
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
        if (len === undefined) return undefined;
        const start = len.next;
        pos = start + len.value;
        if (pos > end) return undefined;
        if (number === field) {
          if (found) return undefined;
          found = encoded.subarray(start, pos);
        }
        break;
      }
      default:
        return undefined;
    }
    if (number === field && wireType !== 2) return undefined;
  }
  return pos === end ? found : undefined;
}

/**
 * The value of string field `field` at the top level of `encoded` as the
 * decoder gives it (the last occurrence wins; undefined when absent), for
 * bytes that surely decode (util/surely-decodes.ts: strict UTF-8, the field
 * length-delimited).
 */
export function lastStringField(encoded: Uint8Array, field: number): string | undefined {
  let last: Uint8Array | undefined;
  let pos = 0;
  const end = encoded.length;
  while (pos < end) {
    const tag = readVarint(encoded, pos);
    if (tag === undefined) return undefined;
    pos = tag.next;
    const wireType = tag.value % 8;
    if (wireType === 0) {
      const v = readVarint(encoded, pos);
      if (v === undefined) return undefined;
      pos = v.next;
    } else if (wireType === 1) {
      pos += 8;
    } else if (wireType === 5) {
      pos += 4;
    } else if (wireType === 2) {
      const len = readVarint(encoded, pos);
      if (len === undefined) return undefined;
      const start = len.next;
      pos = start + len.value;
      if (Math.floor(tag.value / 8) === field) last = encoded.subarray(start, pos);
    } else {
      return undefined;
    }
  }
  if (last === undefined) return undefined;
  // ASCII reads the same through any decoder; anything else through the decoder's own.
  return last.length <= 64 && isAscii(last, 0, last.length) ? String.fromCharCode(...last) : getTextEncoding().decodeUtf8(last, true);
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
