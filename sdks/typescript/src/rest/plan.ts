/**
 * The shape of the generated REST plan (gen/rest-plan.ts): how each RPC of
 * the facade maps onto Dapr's HTTP API, and how REST JSON differs from
 * protobuf JSON. Field paths are protobuf JSON names unless said otherwise.
 */

export interface RestFieldRef {
  readonly header: string;
  readonly field: readonly string[];
}

export interface RestCallPlan {
  /** "transcode": the generic mapping below; "invoke-proxy": Dapr's service invocation route. */
  readonly handler: "transcode" | "invoke-proxy";
  readonly verb: string;
  /** The google.api.http path template, e.g. "/v1.0/state/{store_name}/{key}". */
  readonly path: string;
  /** The request field of each template variable, in order; deep ones may hold slashes. */
  readonly vars: readonly { readonly field: readonly string[]; readonly deep: boolean }[];
  readonly query?: readonly { readonly name: string; readonly field: readonly string[]; readonly repeated?: boolean }[];
  /** A map field sent as "metadata.<key>" query parameters. */
  readonly metadataQuery?: readonly string[];
  readonly requestHeaders?: readonly RestFieldRef[];
  /** "*" for the whole request as the JSON body, or the JSON name of the field that is the body. */
  readonly body?: string;
  /** protobuf-es local names: the field sent as the raw body. */
  readonly rawBody?: readonly string[];
  /** protobuf-es local names: the string field sent as Content-Type. */
  readonly contentTypeField?: readonly string[];
  /** The JSON name of the response field that the body holds. */
  readonly responseBody?: string;
  /** protobuf-es local names from here on. */
  readonly rawResponse?: readonly string[];
  readonly responseContentType?: readonly string[];
  readonly responseHeaders?: readonly RestFieldRef[];
  readonly responseMetadataHeaders?: readonly string[];
}

/** A field whose REST JSON differs from its protobuf JSON, or holds messages that do. */
export interface RestFieldPlan {
  /** The protobuf JSON name. */
  readonly json: string;
  /** The REST name, when it differs. */
  readonly rest?: string;
  readonly omit?: boolean;
  /** Bytes carried as an embedded JSON value instead of base64. */
  readonly rawJson?: boolean;
  /** A single-field message carried as that field's value (its JSON name). */
  readonly unwrap?: string;
  /** A message whose fields (these REST names) sit in the parent object. */
  readonly inline?: readonly string[];
  readonly enumNumber?: boolean;
  /** Enum values with a REST spelling: protobuf name → REST name. */
  readonly enumValues?: Readonly<Record<string, string>>;
  /** The type name of the held message, when it has a plan of its own. */
  readonly message?: string;
  readonly container?: "list" | "map";
}

export type RestShapePlan = readonly RestFieldPlan[];
