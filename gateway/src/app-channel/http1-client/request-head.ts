/**
 * The request head the lean client writes, byte for byte the one undici's
 * HTTP/1.1 client writes for the same call (so the app sees no difference):
 * request line, `host`, `connection`, the given headers in their order and
 * spelling (a `content-length` among them is taken as the body's declared
 * length and written last, lower-case), then the body's framing header.
 */

/** Methods whose semantics anticipate a body: an empty one is sent as `content-length: 0`. */
export function expectsPayload(method: string): boolean {
  return method === "PUT" || method === "POST" || method === "PATCH" || method === "QUERY" || method === "PROPFIND" || method === "PROPPATCH";
}

export interface HeadParts {
  /** Everything up to and including the last given header line, without framing. */
  readonly lines: string;
  /** A `content-length` value found among the headers, or -1. */
  readonly declaredLength: number;
}

/** Request line, host, connection and the caller's headers (undici's order). */
export function headLines(method: string, path: string, hostLine: string, keepAlive: boolean, headers: readonly string[]): HeadParts {
  let lines = `${method} ${path} HTTP/1.1\r\n${hostLine}${keepAlive ? "connection: keep-alive\r\n" : "connection: close\r\n"}`;
  let declaredLength = -1;
  for (let i = 0; i < headers.length; i += 2) {
    const name = headers[i]!;
    const value = headers[i + 1]!;
    if (name.length === 14 && name.toLowerCase() === "content-length") {
      declaredLength = Number(value);
      continue;
    }
    lines += `${name}: ${value}\r\n`;
  }
  return { lines, declaredLength };
}

/**
 * The whole request, head and body, in one buffer (one write): a body is
 * framed by `content-length`; none at all gets `content-length: 0` only when
 * the method expects a payload.
 */
export function wholeRequest(method: string, lines: string, body: Uint8Array | null): Buffer {
  if (body === null || body.length === 0) {
    return Buffer.from(expectsPayload(method) ? `${lines}content-length: 0\r\n\r\n` : `${lines}\r\n`, "latin1");
  }
  const head = `${lines}content-length: ${body.length}\r\n\r\n`;
  const out = Buffer.allocUnsafe(head.length + body.length);
  out.write(head, 0, "latin1");
  out.set(body, head.length);
  return out;
}
