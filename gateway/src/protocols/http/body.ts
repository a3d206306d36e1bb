import type { IncomingMessage } from "node:http";
import { bodyRead, bodyTooLarge } from "../../errors/catalog.js";

const empty = new Uint8Array(0);

/**
 * Reads a request body up to `limit` bytes. A Content-Length over the limit
 * is refused before reading; a chunked body is cut off when it passes it.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > limit) {
    req.resume();
    throw bodyTooLarge(limit);
  }
  if (declared === "0") return empty;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) {
        req.resume();
        throw bodyTooLarge(limit);
      }
      chunks.push(chunk);
    }
  } catch (e) {
    if (e instanceof Error && e.name === "DaprError") throw e;
    throw bodyRead(e);
  }
  if (chunks.length === 0) return empty;
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
}
