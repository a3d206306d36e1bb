/**
 * Request behaviours of Dapr's hand-written HTTP handlers that the REST
 * options cannot express (docs/reference/dapr-http-api.md, section 4),
 * applied to the decoded request message before the service sees it.
 */
import type { Message } from "@bufbuild/protobuf";
import type { SaveStateRequest } from "../../gen/dapr/proto/runtime/v1/state_pb.js";

type Adjust = (msg: Message, query: URLSearchParams) => void;

const metadataPrefix = "metadata.";

/** The metadata.<key> query parameters (first value of a repeated one), as Dapr reads them. */
export function queryMetadata(query: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of query) {
    if (!k.startsWith(metadataPrefix)) continue;
    const key = k.slice(metadataPrefix.length);
    if (!Object.hasOwn(out, key)) out[key] = v;
  }
  return out;
}

const adjusters: ReadonlyMap<string, Adjust> = new Map<string, Adjust>([
  [
    // Section 4.1: SaveStateRequest has no top-level metadata; Dapr copies the
    // query metadata into every item's metadata, the query winning.
    "dapr.proto.runtime.v1.Dapr/SaveState",
    (msg, query) => {
      const meta = queryMetadata(query);
      if (Object.keys(meta).length === 0) return;
      for (const item of (msg as SaveStateRequest).states) item.metadata = { ...item.metadata, ...meta };
    },
  ],
]);

/** Applies the hand-coded behaviour of a route's RPC, if it has one. */
export function adjustRequest(service: string, method: string, msg: Message, query: URLSearchParams): void {
  adjusters.get(`${service}/${method}`)?.(msg, query);
}
