/**
 * Content-type tests as Dapr (components-contrib/contenttype) makes them: a
 * case-insensitive match of the media type, parameters after ";" ignored.
 */

export const cloudEventContentType = "application/cloudevents+json";
export const jsonContentType = "application/json";

function isType(contentType: string, expected: string): boolean {
  const lower = contentType.toLowerCase();
  if (lower === expected) return true;
  const semi = lower.indexOf(";");
  return semi >= 0 && lower.slice(0, semi) === expected;
}

export const isCloudEventContentType = (ct: string): boolean => isType(ct, cloudEventContentType);
export const isJsonContentType = (ct: string): boolean => isType(ct, jsonContentType);
export const isBinaryContentType = (ct: string): boolean => isType(ct, "application/octet-stream");
/** text/* and application/xml: payloads that travel as text. */
export const isStringContentType = (ct: string): boolean => ct.toLowerCase().startsWith("text/") || isType(ct, "application/xml");

/**
 * application/cloudevents+protobuf, or application/x-protobuf whose bytes
 * decode as a CloudEvent protobuf message (Dapr sends both as data_base64).
 */
export function isCloudEventProtobuf(ct: string, data: Uint8Array): boolean {
  if (isType(ct, "application/cloudevents+protobuf")) return true;
  return isType(ct, "application/x-protobuf") && looksLikeProtobufCloudEvent(data);
}

/**
 * Whether bytes are an io.cloudevents.v1.CloudEvent message: only its fields
 * (id 1, source 2, spec_version 3, type 4 as strings; attributes 5; data 6-8)
 * with their wire types, and id, source, spec_version and type present.
 */
function looksLikeProtobufCloudEvent(b: Uint8Array): boolean {
  const seen = new Set<number>();
  let i = 0;
  const varint = (): number | undefined => {
    let v = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (i >= b.length) return undefined;
      const byte = b[i++]!;
      v += (byte & 0x7f) * 2 ** shift;
      if (!(byte & 0x80)) return v;
    }
    return undefined;
  };
  while (i < b.length) {
    const tag = varint();
    if (tag === undefined) return false;
    const field = Math.floor(tag / 8);
    const wire = tag & 7;
    if (field < 1 || field > 8 || wire !== 2) return false;
    const len = varint();
    if (len === undefined || i + len > b.length) return false;
    i += len;
    seen.add(field);
  }
  return [1, 2, 3, 4].every((f) => seen.has(f));
}
