import type { IncomingMessage } from "node:http";
import { bodyRead, bodyTooLarge } from "../../errors/catalog.js";

const empty = new Uint8Array(0);

/**
 * Reads a request body up to `limit` bytes. A Content-Length over the limit
 * is refused before reading; a chunked body is cut off when it passes it.
 * Either way the rest of the body is drained, not the connection torn down,
 * so the error response reaches the client and the connection stays usable
 * (ending a for-await over the request would destroy its socket).
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > limit) {
    req.resume();
    return Promise.reject(bodyTooLarge(limit));
  }
  if (declared === "0") return Promise.resolve(empty);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
      req.off("aborted", onAborted);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        done();
        req.resume();
        reject(bodyTooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      done();
      if (chunks.length === 0) resolve(empty);
      else resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    };
    const onError = (e: Error) => {
      done();
      reject(bodyRead(e));
    };
    const onAborted = () => onError(new Error("the client closed the connection before sending the whole body"));
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
    req.on("aborted", onAborted);
  });
}
