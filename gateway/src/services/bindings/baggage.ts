/**
 * W3C Baggage header syntax (https://www.w3.org/TR/baggage/), checked the
 * way OpenTelemetry's baggage.Parse checks it before Dapr passes a
 * `baggage` header on to a binding.
 */

/** RFC 7230 token characters. */
const token = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** baggage-octet: printable ASCII except space, '"', ',', ';' and '\' (percent-encoding for the rest). */
const value = /^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]*$/;
const maxMembers = 180;
const maxBytes = 8192;

/** Undefined when `header` is a valid baggage list, else why not. */
export function baggageError(header: string): string | undefined {
  if (Buffer.byteLength(header) > maxBytes) return `baggage exceeds the maximum length of ${maxBytes} bytes`;
  const members = header.split(",");
  if (members.length > maxMembers) return `baggage has more than ${maxMembers} list-members`;
  for (const raw of members) {
    const [kv, ...props] = raw.split(";");
    const m = memberError(kv!, true);
    if (m) return `invalid baggage list-member: ${JSON.stringify(raw.trim())}: ${m}`;
    for (const p of props) {
      const e = memberError(p, false);
      if (e) return `invalid baggage list-member property: ${JSON.stringify(p.trim())}: ${e}`;
    }
  }
  return undefined;
}

function memberError(text: string, needsValue: boolean): string | undefined {
  const eq = text.indexOf("=");
  if (eq < 0) return needsValue ? "missing key-value separator" : token.test(text.trim()) ? undefined : "invalid key";
  const k = text.slice(0, eq).trim();
  const v = text.slice(eq + 1).trim();
  if (!token.test(k)) return "invalid key";
  if (!value.test(v)) return "invalid value";
  try {
    decodeURIComponent(v);
  } catch {
    return "invalid percent-encoding in value";
  }
  return undefined;
}
