/**
 * One gRPC message on the wire, for the code that reads and writes gRPC
 * frames itself (the unary fast path, the unary transport to the app).
 */
import { Code, ConnectError } from "@connectrpc/connect";

/** A message with its gRPC length prefix (uncompressed). */
export function grpcFrame(payload: Uint8Array): Buffer {
  const framed = Buffer.allocUnsafe(5 + payload.length);
  framed[0] = 0;
  framed.writeUInt32BE(payload.length, 1);
  framed.set(payload, 5);
  return framed;
}

/** A message that protobuf refused to decode, as connect reports it: Internal "parse binary: ...". */
export function parseBinaryError(e: unknown): ConnectError {
  return new ConnectError(`parse binary: ${e instanceof Error ? e.message : String(e)}`, Code.Internal);
}
