/**
 * The method of a service call as Dapr reads and cleans it: the target app and
 * method from an HTTP request (header, basic auth or /v1.0/invoke path), the
 * method normalized against path traversal, and the method written back as a
 * URL path for an HTTP app.
 */
import { cleanPath } from "../../util/clean-path.js";

/** The header naming the target app (HTTP header and gRPC metadata key). */
export const daprAppIdHeader = "dapr-app-id";

export class InvalidMethodError extends Error {
  constructor(detail: string) {
    super(`invalid method: ${detail}`);
    this.name = "InvalidMethodError";
  }
}

export interface InvocationAddress {
  /** The target app id as given (may carry ".namespace"). */
  readonly appId: string;
  /** The method, cleaned like a path but not yet normalized. */
  readonly method: string;
  /** How the target was named: the dapr-app-id header, basic auth, or the /v1.0/invoke path. */
  readonly via: "header" | "basic-auth" | "path";
}

/**
 * Finds the target app and the method of an HTTP request, in Dapr's order:
 * the `dapr-app-id` header (the whole path is the method), HTTP basic auth
 * with user `dapr-app-id`, then `/v1.0/invoke/<id>/method/<method>`.
 * `rawPath` is the request path without the query, still percent-encoded.
 */
export function findInvocationAddress(
  rawPath: string,
  headers: { readonly [name: string]: string | string[] | undefined },
): InvocationAddress | undefined {
  const byHeader = headers[daprAppIdHeader];
  const headerId = Array.isArray(byHeader) ? byHeader[0] : byHeader;
  if (headerId) return { appId: headerId, method: trimLeadingSlash(cleanPath(decodePath(rawPath))), via: "header" };

  const auth = headers["authorization"];
  if (typeof auth === "string" && auth.startsWith("Basic ")) {
    const pair = Buffer.from(auth.slice(6), "base64").toString("utf8").split(":");
    if (pair.length === 2 && pair[0]!.toLowerCase() === daprAppIdHeader) {
      return { appId: pair[1]!, method: trimLeadingSlash(cleanPath(decodePath(rawPath))), via: "basic-auth" };
    }
  }

  const path = decodePath(rawPath);
  const start = afterPrefix(path, "v1.0", "invoke");
  if (start > 0) {
    const rest = path.slice(start);
    const idx = rest.indexOf("/method/");
    if (idx > 0) {
      let method = cleanPath(rest.slice(idx + 8));
      if (method === ".") method = "";
      return { appId: queryUnescape(rest.slice(0, idx)), method, via: "path" };
    }
  }
  return undefined;
}

/**
 * Dapr's NormalizeMethod: refuses `#`, `?`, NUL and control characters,
 * cleans the path and drops leading `../` so the call cannot climb out of
 * the app's root.
 */
export function normalizeMethod(method: string): string {
  for (let i = 0; i < method.length; i++) {
    const c = method.charCodeAt(i);
    if (c === 0x23 || c === 0x3f || c === 0) throw new InvalidMethodError(`method contains forbidden character: ${JSON.stringify(method)}`);
    if (c < 0x20 || c === 0x7f) throw new InvalidMethodError(`method contains control character at position ${i}: ${JSON.stringify(method)}`);
  }
  let cleaned = cleanPath(method);
  while (cleaned.startsWith("../")) cleaned = cleaned.slice(3);
  if (cleaned === ".." || cleaned === ".") cleaned = "";
  return cleaned;
}

/**
 * A normalized method as the path of an HTTP request: "/" + the method with
 * every character outside RFC 3986 path characters percent-encoded. Returns
 * the method unchanged (but for the leading slash) when nothing needs it.
 */
export function methodToPath(method: string): string {
  let i = 0;
  while (i < method.length && pathSafe(method.charCodeAt(i))) i++;
  const lead = method.charCodeAt(0) === 0x2f ? "" : "/";
  if (i === method.length) return lead + method;
  let out = lead + method.slice(0, i);
  for (; i < method.length; i++) {
    const c = method.charCodeAt(i);
    if (pathSafe(c)) out += method[i];
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < method.length) {
      out += encodeURIComponent(method.slice(i, i + 2));
      i++;
    } else out += c >= 0xd800 && c <= 0xdfff ? "%EF%BF%BD" : encodeURIComponent(method[i]!);
  }
  return out;
}

/** Unreserved, sub-delims, ":", "@" and "/" (RFC 3986 pchar plus the separator). */
function pathSafe(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || // a-z
    (c >= 0x41 && c <= 0x5a) || // A-Z
    (c >= 0x30 && c <= 0x3b) || // 0-9 : ;
    (c >= 0x26 && c <= 0x2f) || // & ' ( ) * + , - . /
    c === 0x5f || // _
    c === 0x7e || // ~
    c === 0x21 || // !
    c === 0x24 || // $
    c === 0x3d || // =
    c === 0x40 // @
  );
}

function trimLeadingSlash(s: string): string {
  return s.charCodeAt(0) === 0x2f ? s.slice(1) : s;
}

/** Percent-decodes a path as Go's URL parser does; an undecodable path is kept as it is. */
function decodePath(raw: string): string {
  if (!raw.includes("%")) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Go's url.QueryUnescape ("+" is a space); the input is kept when it does not decode. */
function queryUnescape(s: string): string {
  if (!s.includes("%") && !s.includes("+")) return s;
  try {
    return decodeURIComponent(s.replaceAll("+", " "));
  } catch {
    return s;
  }
}

/**
 * Dapr's pathHasPrefix: the index just after the leading segments `parts`
 * and the slashes that follow them, or -1 when the path does not start so.
 */
function afterPrefix(path: string, ...parts: string[]): number {
  let found = 0;
  let start = 0;
  let i = 0;
  for (; i < path.length; i++) {
    if (path.charCodeAt(i) !== 0x2f) {
      if (found >= parts.length) return i;
      continue;
    }
    if (i - start > 0) {
      if (path.slice(start, i) === parts[found]) found++;
      else return -1;
    }
    start = i + 1;
  }
  return found >= parts.length ? i : -1;
}
