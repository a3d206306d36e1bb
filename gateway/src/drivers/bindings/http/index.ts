import { defineBindingDriver } from "../../../components/bindings/binding.js";
import { defineMetadata, MetadataError } from "../../../components/metadata-schema.js";
import { parseSize } from "../../../cli/size.js";
import { HttpBinding, httpOperations, pemOrFile } from "./http-binding.js";

export const httpBinding = defineBindingDriver({
  type: "http",
  versions: ["v1"],
  description:
    "Outbound HTTP calls: each operation (get, post, put, patch, delete, head, options, trace; create is POST) calls `url` plus the request's `path` metadata, with request metadata keys that start with a capital letter as headers; the answer's status comes back as `statusCode` metadata.",
  metadata: defineMetadata({
    url: { type: "string", required: true, description: "Base URL of the calls, e.g. https://api.example.com/v1." },
    errorIfNot2XX: {
      type: "boolean",
      default: true,
      description: "Whether an answer outside 2xx fails the call (ERR_INVOKE_OUTPUT_BINDING); a request's own errorIfNot2XX metadata overrides it.",
    },
    responseTimeout: { type: "duration", description: "How long a call may take before it fails, e.g. 10s; unset for no limit." },
    maxResponseBodySize: {
      type: "string",
      default: "100Mi",
      description: "Largest response body kept, e.g. 10Mi or a number of bytes (the rest is dropped, as in Dapr); 0 for no limit.",
    },
    securityToken: { type: "string", sensitive: true, description: "A token sent with every call in the securityTokenHeader header." },
    securityTokenHeader: { type: "string", description: "The header that carries securityToken." },
    mtlsRootCA: { type: "string", description: "CA certificate (PEM, or a file path) that the server's certificate must chain to." },
    mtlsClientCert: { type: "string", description: "Client certificate (PEM, or a file path) for mutual TLS; needs mtlsClientKey." },
    mtlsClientKey: { type: "string", sensitive: true, description: "Client private key (PEM, or a file path) for mutual TLS." },
    mtlsRenegotiation: {
      type: "string",
      oneOf: ["RenegotiateNever", "RenegotiateOnceAsClient", "RenegotiateFreelyAsClient"],
      description: "Accepted for compatibility with Dapr component files; Node's TLS client decides renegotiation itself.",
    },
  }),
  operations: httpOperations,
  input: false,
  create: (c) => {
    try {
      new URL(c.url);
    } catch {
      throw new MetadataError("url", `"${c.url}" is not an absolute URL`);
    }
    const max = c.maxResponseBodySize.trim() === "" ? 0 : parseSize(c.maxResponseBodySize);
    if (max === undefined) throw new MetadataError("maxResponseBodySize", `"${c.maxResponseBodySize}" is not a size such as 10Mi`);
    if ((c.mtlsClientCert === undefined) !== (c.mtlsClientKey === undefined)) {
      throw new MetadataError(c.mtlsClientCert === undefined ? "mtlsClientCert" : "mtlsClientKey", "mtlsClientCert and mtlsClientKey go together");
    }
    const tls = {
      ...(c.mtlsRootCA && { ca: pemOrFile("MTLSRootCA", c.mtlsRootCA) }),
      ...(c.mtlsClientCert && { cert: pemOrFile("MTLSClientCert", c.mtlsClientCert) }),
      ...(c.mtlsClientKey && { key: pemOrFile("MTLSClientKey", c.mtlsClientKey) }),
    };
    return new HttpBinding({
      url: c.url,
      errorIfNot2XX: c.errorIfNot2XX,
      ...(c.responseTimeout !== undefined && { responseTimeoutMs: c.responseTimeout }),
      maxResponseBodyBytes: max,
      ...(c.securityToken !== undefined && { securityToken: c.securityToken }),
      ...(c.securityTokenHeader !== undefined && { securityTokenHeader: c.securityTokenHeader }),
      ...(Object.keys(tls).length > 0 && { tls }),
    });
  },
});
