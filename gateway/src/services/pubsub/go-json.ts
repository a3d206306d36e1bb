/**
 * JSON the way Dapr's Go code reads and writes CloudEvents: numbers are kept
 * as their literal text (Go's json.Decoder with UseNumber, so big integers
 * survive), objects are written with their keys sorted and without
 * whitespace, and strings are escaped like encoding/json (HTML-safe <, >, &,
 * U+2028/U+2029, lone surrogates replaced).
 */

/** A JSON number kept as its literal text. */
export class JsonNumber {
  constructor(readonly text: string) {}

  toNumber(): number {
    return Number(this.text);
  }
}

/** A JSON value; objects are Maps so that any key (even "__proto__") is safe. */
export type JsonValue = null | boolean | string | JsonNumber | JsonValue[] | JsonMap;
export type JsonMap = Map<string, JsonValue>;

export class JsonSyntaxError extends Error {
  constructor(detail: string, offset: number) {
    super(`invalid JSON at offset ${offset}: ${detail}`);
    this.name = "JsonSyntaxError";
  }
}

const maxDepth = 10_000;
/** A run of string characters that need no attention (no quote, backslash or control character). */
// eslint-disable-next-line no-control-regex
const plainRun = /[^"\\\u0000-\u001f]*/y;
const utf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

export function decodeUtf8(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

/**
 * Parses the first JSON value of `input` (like Go's json.Decoder.Decode:
 * text after the first value is not looked at). Throws JsonSyntaxError, also
 * for empty input.
 */
export function parseFirstJson(input: string | Uint8Array): JsonValue {
  const p = new Parser(typeof input === "string" ? input : decodeUtf8(input));
  return p.value(0);
}

/** Parses a whole JSON document (like Go's json.Unmarshal: only whitespace may follow the value). */
export function parseJson(input: string | Uint8Array): JsonValue {
  const p = new Parser(typeof input === "string" ? input : decodeUtf8(input));
  const v = p.value(0);
  p.skipSpace();
  if (p.pos < p.text.length) throw new JsonSyntaxError("invalid character after top-level value", p.pos);
  return v;
}

class Parser {
  pos = 0;
  constructor(readonly text: string) {}

  skipSpace(): void {
    const t = this.text;
    let i = this.pos;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
    this.pos = i;
  }

  value(depth: number): JsonValue {
    if (depth > maxDepth) throw new JsonSyntaxError("exceeded max depth", this.pos);
    this.skipSpace();
    const t = this.text;
    const c = t[this.pos];
    switch (c) {
      case "{":
        return this.object(depth);
      case "[":
        return this.array(depth);
      case '"':
        return this.string();
      case "t":
        return this.literal("true", true);
      case "f":
        return this.literal("false", false);
      case "n":
        return this.literal("null", null);
      case undefined:
        throw new JsonSyntaxError("unexpected end of JSON input", this.pos);
      default:
        if (c === "-" || (c >= "0" && c <= "9")) return this.number();
        throw new JsonSyntaxError(`invalid character ${JSON.stringify(c)} looking for beginning of value`, this.pos);
    }
  }

  private literal<T>(word: string, v: T): T {
    if (this.text.startsWith(word, this.pos)) {
      this.pos += word.length;
      return v;
    }
    throw new JsonSyntaxError(`invalid literal, expected ${word}`, this.pos);
  }

  private number(): JsonNumber {
    const re = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (!m) throw new JsonSyntaxError("invalid number", this.pos);
    this.pos += m[0].length;
    return new JsonNumber(m[0]);
  }

  private string(): string {
    const t = this.text;
    let i = this.pos + 1;
    let out = "";
    let start = i;
    for (;;) {
      plainRun.lastIndex = i;
      plainRun.test(t);
      i = plainRun.lastIndex;
      if (i >= t.length) throw new JsonSyntaxError("unexpected end of string", i);
      const c = t.charCodeAt(i);
      if (c === 0x22) {
        out += t.slice(start, i);
        this.pos = i + 1;
        return out;
      }
      if (c < 0x20) throw new JsonSyntaxError("invalid control character in string", i);
      out += t.slice(start, i);
      const e = t[i + 1];
      i += 2;
      switch (e) {
        case '"':
          out += '"';
          break;
        case "\\":
          out += "\\";
          break;
        case "/":
          out += "/";
          break;
        case "b":
          out += "\b";
          break;
        case "f":
          out += "\f";
          break;
        case "n":
          out += "\n";
          break;
        case "r":
          out += "\r";
          break;
        case "t":
          out += "\t";
          break;
        case "u": {
          const hex = t.slice(i, i + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new JsonSyntaxError("invalid \\u escape", i);
          out += String.fromCharCode(parseInt(hex, 16));
          i += 4;
          break;
        }
        default:
          throw new JsonSyntaxError("invalid escape in string", i - 1);
      }
      start = i;
    }
  }

  private array(depth: number): JsonValue[] {
    this.pos++;
    const out: JsonValue[] = [];
    this.skipSpace();
    if (this.text[this.pos] === "]") {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.value(depth + 1));
      this.skipSpace();
      const c = this.text[this.pos++];
      if (c === "]") return out;
      if (c !== ",") throw new JsonSyntaxError("expected , or ] in array", this.pos - 1);
    }
  }

  private object(depth: number): JsonMap {
    this.pos++;
    const out: JsonMap = new Map();
    this.skipSpace();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return out;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') throw new JsonSyntaxError("expected a string object key", this.pos);
      const key = this.string();
      this.skipSpace();
      if (this.text[this.pos++] !== ":") throw new JsonSyntaxError("expected : after object key", this.pos - 1);
      out.set(key, this.value(depth + 1));
      this.skipSpace();
      const c = this.text[this.pos++];
      if (c === "}") return out;
      if (c !== ",") throw new JsonSyntaxError("expected , or } in object", this.pos - 1);
    }
  }
}

/** Writes a value like Go's json.Marshal of the decoded form: compact, object keys sorted by their UTF-8 bytes. */
export function marshalJson(v: JsonValue): string {
  const parts: string[] = [];
  write(v, parts);
  return parts.join("");
}

function write(v: JsonValue, out: string[]): void {
  if (v === null) out.push("null");
  else if (typeof v === "boolean") out.push(v ? "true" : "false");
  else if (typeof v === "string") out.push(quote(v));
  else if (v instanceof JsonNumber) out.push(v.text);
  else if (Array.isArray(v)) {
    out.push("[");
    v.forEach((e, i) => {
      if (i) out.push(",");
      write(e, out);
    });
    out.push("]");
  } else {
    out.push("{");
    sortedKeys(v).forEach((k, i) => {
      if (i) out.push(",");
      out.push(quote(k), ":");
      write(v.get(k)!, out);
    });
    out.push("}");
  }
}

function sortedKeys(m: JsonMap): string[] {
  const keys = [...m.keys()];
  // Go sorts map keys by byte order of their UTF-8 encoding; UTF-16 order differs only around surrogates.
  if (keys.every((k) => !/[\ud800-\udfff]/.test(k))) return keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return keys.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

// eslint-disable-next-line no-control-regex
const needsEscape = /["\\\u0000-\u001f<>&\u2028\u2029\ud800-\udfff]/;

/** A JSON string literal escaped like Go's encoding/json (HTML-safe). */
export function quote(s: string): string {
  if (!needsEscape.test(s)) return `"${s}"`;
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += s[i]! + s[i + 1]!;
        i++;
      } else out += "\\ufffd";
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      out += "\\ufffd";
      continue;
    }
    switch (c) {
      case 0x22:
        out += '\\"';
        break;
      case 0x5c:
        out += "\\\\";
        break;
      case 0x0a:
        out += "\\n";
        break;
      case 0x0d:
        out += "\\r";
        break;
      case 0x09:
        out += "\\t";
        break;
      case 0x08:
        out += "\\b";
        break;
      case 0x0c:
        out += "\\f";
        break;
      default:
        if (c < 0x20 || c === 0x3c || c === 0x3e || c === 0x26 || c === 0x2028 || c === 0x2029) out += "\\u" + c.toString(16).padStart(4, "0");
        else out += s[i];
    }
  }
  return out + '"';
}

/** A decoded value as plain JavaScript (numbers become doubles), e.g. for a google.protobuf.Struct. */
export function toPlain(v: JsonValue): unknown {
  if (v === null || typeof v === "boolean" || typeof v === "string") return v;
  if (v instanceof JsonNumber) return v.toNumber();
  if (Array.isArray(v)) return v.map(toPlain);
  const o: Record<string, unknown> = {};
  for (const [k, e] of v) Object.defineProperty(o, k, { value: toPlain(e), enumerable: true, writable: true, configurable: true });
  return o;
}

/** A plain JavaScript value as a JsonValue (for values the sidecar creates itself). */
export function fromPlain(v: unknown): JsonValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "boolean" || typeof v === "string") return v;
  if (typeof v === "number") return new JsonNumber(Number.isFinite(v) ? String(v) : "null");
  if (Array.isArray(v)) return v.map(fromPlain);
  if (v instanceof Map) return new Map([...v].map(([k, e]) => [String(k), fromPlain(e)]));
  if (typeof v === "object") return new Map(Object.entries(v as Record<string, unknown>).map(([k, e]) => [k, fromPlain(e)]));
  return String(v);
}
