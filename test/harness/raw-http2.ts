import type { ClientHttp2Session, IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http2";

export interface RawHttp2Response {
  /** The response headers, without `date`. */
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** The trailers, when the response had any. */
  readonly trailers: IncomingHttpHeaders | undefined;
}

/** One HTTP/2 request with exactly the headers and body given (e.g. a hand-framed gRPC call), its answer as it came. */
export async function rawHttp2(client: ClientHttp2Session, headers: OutgoingHttpHeaders, body: Uint8Array): Promise<RawHttp2Response> {
  const stream = client.request(headers);
  const out = await new Promise<{ headers: IncomingHttpHeaders; body: Buffer; trailers: IncomingHttpHeaders | undefined }>((resolve, reject) => {
    let head: IncomingHttpHeaders = {};
    let trailers: IncomingHttpHeaders | undefined;
    const chunks: Buffer[] = [];
    stream.on("response", (h) => (head = { ...h }));
    stream.on("trailers", (t) => (trailers = { ...t }));
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("end", () => resolve({ headers: head, body: Buffer.concat(chunks), trailers }));
    stream.on("error", reject);
    stream.end(body);
  });
  delete out.headers["date"];
  return out;
}
