/**
 * What the generated facade (gen/facade.ts) uses to shape requests and
 * answers: request and response types of an RPC, the caller's data encoded
 * into bytes fields, defaults, and bytes decoded into values.
 */
import type { DescMessage, Message, MessageInitShape, MessageShape } from "@bufbuild/protobuf";

/** The init shape (plain object) of an RPC's request. */
export type RequestInit<M> = M extends { readonly input: infer I extends DescMessage } ? Exclude<MessageInitShape<I>, Message> : never;

/** The message an RPC answers with. */
export type ResponseOf<M> = M extends { readonly output: infer O extends DescMessage } ? MessageShape<O> : never;

/** The type of the field at a path of local names (unset removed). */
export type At<T, P extends readonly string[]> = P extends readonly [infer K extends string, ...infer R extends string[]]
  ? At<NonNullable<Exclude<T, Message>[K & keyof Exclude<T, Message>]>, R>
  : T;

/** T with the field at path P (through arrays) taking any value: the caller's data, encoded by the SDK. */
export type WithData<T, P extends readonly string[]> = T extends readonly (infer E)[]
  ? WithData<E, P>[]
  : P extends readonly [infer K extends string]
    ? Omit<Exclude<T, Message>, K> & { [Q in K]?: unknown }
    : P extends readonly [infer K extends string, ...infer R extends string[]]
      ? Omit<Exclude<T, Message>, K> & { [Q in K]?: WithData<NonNullable<Exclude<T, Message>[K & keyof Exclude<T, Message>]>, R> }
      : T;

/** T with a decoded value named As beside the bytes field at path P (through arrays). */
export type WithDecoded<T, P extends readonly string[], As extends string, V> = T extends readonly (infer E)[]
  ? WithDecoded<E, P, As, V>[]
  : P extends readonly [string]
    ? T & { readonly [Q in As]: V | undefined }
    : P extends readonly [infer K extends string, ...infer R extends string[]]
      ? Omit<T, K> & { [Q in K]: WithDecoded<T[K & keyof T], R, As, V> }
      : T;

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

const isJsonType = (ct: string) => {
  const t = ct.split(";")[0]!.trim().toLowerCase();
  return t === "application/json" || t.endsWith("+json") || t.endsWith("/json");
};

/**
 * The caller's data as bytes: raw bytes as they are, a string as UTF-8 text
 * when the caller gave a content type that is not JSON, anything else as JSON.
 */
export function encodeValue(value: unknown, contentType?: string): { bytes: Uint8Array; contentType: string } {
  if (value instanceof Uint8Array) return { bytes: value, contentType: "application/octet-stream" };
  if (typeof value === "string" && contentType && !isJsonType(contentType)) return { bytes: utf8.encode(value), contentType };
  if (value instanceof ArrayBuffer) return { bytes: new Uint8Array(value), contentType: "application/octet-stream" };
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError(`cannot encode ${typeof value} as JSON`);
  return { bytes: utf8.encode(text), contentType: "application/json" };
}

/**
 * Bytes as a value: undefined when empty; when the content type is known and
 * is not JSON, text for text/* and the bytes otherwise; else parsed JSON,
 * or the text when it is not JSON, or the bytes when they are not UTF-8.
 */
export function decodeValue(bytes: Uint8Array, contentType?: string): unknown {
  if (bytes.length === 0) return undefined;
  const ct = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  const json = ct === "" || isJsonType(ct);
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return bytes;
  }
  if (!json) return ct.startsWith("text/") ? text : bytes;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

type Obj = Record<string, unknown>;

/** Calls `f` with each object that holds the last step of the path (through arrays and unset steps skipped). */
function eachHolder(root: unknown, path: readonly string[], f: (holder: Obj, key: string) => void): void {
  if (Array.isArray(root)) {
    for (const e of root) eachHolder(e, path, f);
    return;
  }
  if (root === null || typeof root !== "object") return;
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) f(root as Obj, head);
  else eachHolder((root as Obj)[head], rest, f);
}

/**
 * Encodes the caller's data at `path` into bytes (or a google.protobuf.Any
 * holding them), and sets the content type field beside it when the caller
 * left it empty.
 */
export function encodeData(request: object, path: readonly string[], kind: "bytes" | "any", contentTypeField?: string): void {
  eachHolder(request, path, (holder, key) => {
    const value = holder[key];
    if (value === undefined) return;
    const given = contentTypeField ? (holder[contentTypeField] as string | undefined) : undefined;
    const { bytes, contentType } = encodeValue(value, given || undefined);
    holder[key] = kind === "any" ? { typeUrl: "", value: bytes } : bytes;
    if (contentTypeField && !holder[contentTypeField]) holder[contentTypeField] = contentType;
  });
}

/** Sets the field at `path` (creating the messages on the way) when it is unset or zero. */
export function setDefault(request: object, path: readonly string[], value: unknown): void {
  let holder = request as Obj;
  for (const step of path.slice(0, -1)) {
    const next = holder[step];
    if (next === undefined || next === null) holder[step] = {};
    holder = holder[step] as Obj;
  }
  const key = path.at(-1)!;
  const current = holder[key];
  if (current === undefined || current === null || current === 0 || current === "" || current === false || current === 0n) holder[key] = value;
}

/** Adds the decoded value of the bytes (or Any) at `path` as `as` beside them. */
export function decodeData(response: object, path: readonly string[], kind: "bytes" | "any", as: string, contentTypeField?: string): void {
  eachHolder(response, path, (holder, key) => {
    const raw = holder[key];
    const bytes = kind === "any" ? (raw as { value?: Uint8Array } | undefined)?.value : (raw as Uint8Array | undefined);
    const ct = contentTypeField ? (holder[contentTypeField] as string | undefined) : undefined;
    holder[as] = bytes ? decodeValue(bytes, ct) : undefined;
  });
}
