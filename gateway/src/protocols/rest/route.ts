import type { DescService } from "@bufbuild/protobuf";

/**
 * One entry of the generated REST route table (gen/rest-routes.ts). Field
 * references are proto field paths ("etag.value") of the request message for
 * request-side options and of the response message for response-side ones.
 */
export interface RestRoute {
  readonly service: DescService;
  /** protobuf-es local name of the method, e.g. "getState". */
  readonly method: string;
  /** Upper-case HTTP method, or "*" for any. */
  readonly verb: string;
  /** The path template as written in the proto. */
  readonly path: string;
  /** A literal segment, 0 for one segment of any value, 1 for the rest of the path. */
  readonly segments: readonly (string | 0 | 1)[];
  /** Path variables: request field and the range of segments they capture. */
  readonly vars: readonly { readonly field: string; readonly start: number; readonly end: number }[];
  readonly customVerb?: string;
  /** "*" for the whole request message, or a top-level request field. */
  readonly body?: string;
  /** A top-level response field that is the whole response body. */
  readonly responseBody?: string;
  readonly handler?: RestProxyHandler;
  readonly rawBody?: string;
  readonly contentTypeField?: string;
  /** Header names are lower case. */
  readonly requestHeaders?: readonly { readonly header: string; readonly field: string }[];
  readonly metadataQuery?: string;
  readonly rawResponse?: string;
  readonly responseContentType?: string;
  readonly responseHeaders?: readonly { readonly header: string; readonly field: string }[];
  readonly responseMetadataHeaders?: string;
  readonly successStatus: number;
  readonly noContentWhenEmpty?: string;
  /** Content-Type of rawResponse when no field gives one; application/json otherwise. */
  readonly defaultContentType?: string;
}

/** Routes served by a hand-written handler rather than generic transcoding. */
export type RestProxyHandler = "invoke-proxy" | "actor-proxy" | "configuration-subscribe" | "pubsub-bulk-publish";
