/**
 * A job's data as the app side hands it to a job handler. The sidecar
 * delivers the job's google.protobuf.Any: jobs scheduled through Dapr's HTTP
 * API hold a google.protobuf.Value (type URL
 * type.googleapis.com/google.protobuf.Value), which is decoded to the JSON
 * value it stands for; any other data is decoded by its content type as the
 * rest of the SDK decodes bytes (decodeValue: a client's JSON, with an empty
 * type URL, as a value).
 */
import { anyUnpack, ValueSchema, type Any } from "@bufbuild/protobuf/wkt";
import { toJson } from "@bufbuild/protobuf";
import { decodeValue } from "../shaping.js";

export const valueTypeUrl = "type.googleapis.com/google.protobuf.Value";

/** The decoded data of a job delivered over gRPC (an Any whose type URL is also the content type). */
export function decodeJobData(data: Any | undefined, contentType: string): unknown {
  if (!data) return undefined;
  if (data.typeUrl === valueTypeUrl) {
    const value = anyUnpack(data, ValueSchema);
    // A Value with no kind set stands for no data, as the sidecar's HTTP channel sends it (no body).
    return value === undefined || value.kind.case === undefined ? undefined : toJson(ValueSchema, value);
  }
  return decodeValue(data.value, contentType);
}
