// One unary gRPC call per iteration on one plaintext HTTP/2 connection per VU:
// GRPC_METHOD at ADDR with the request GRPC_REQUEST (protojson) and GRPC_METADATA,
// types from PROTO_FILES under the import paths PROTO_PATHS (JSON arrays).
import grpc from "k6/net/grpc";
import { Rate } from "k6/metrics";
import { loadOptions, writeSummary } from "./lib/options.js";

const failed = new Rate("grpc_req_failed");
export const options = loadOptions("grpc_req_duration", "grpc_req_failed");

const client = new grpc.Client();
client.load(JSON.parse(__ENV.PROTO_PATHS), ...JSON.parse(__ENV.PROTO_FILES));

const method = __ENV.GRPC_METHOD;
const request = JSON.parse(__ENV.GRPC_REQUEST);
const params = { metadata: JSON.parse(__ENV.GRPC_METADATA || "{}"), discardResponseMessage: true };
let connected = false;
let loggedError = false;

export default function () {
  if (!connected) {
    client.connect(__ENV.ADDR, { plaintext: true });
    connected = true;
  }
  let ok = false;
  try {
    const res = client.invoke(method, request, params);
    ok = !!res && res.status === grpc.StatusOK;
  } catch (e) {
    // A request k6 cannot even send counts as a failure (the error is logged once per VU).
    if (!loggedError) console.error(String(e));
    loggedError = true;
  }
  failed.add(!ok);
}

export const handleSummary = writeSummary;
