import type { DescField, DescMessage, DescMethod, DescService, FileRegistry } from "@bufbuild/protobuf";
import type { PathTemplate } from "../http-rule/path-template.js";
import type { OptionReader } from "./options.js";
import type { SourceLocation } from "./source.js";

/**
 * The one intermediate model every generator reads: services and methods with
 * their HTTP bindings and pillion options resolved and validated. Messages are
 * the protobuf-es descriptors themselves (DescMessage), with helpers in
 * ./rest-json.ts for their REST JSON shape (checked by ./validate-rest-fields.ts).
 */
export interface ApiModel {
  readonly registry: FileRegistry;
  /** Reads pillion and google.api options, e.g. a field's REST JSON shape. */
  readonly options: OptionReader;
  readonly services: readonly ServiceModel[];
}

export interface ServiceModel {
  readonly desc: DescService;
  /** Fully qualified name, e.g. "dapr.proto.runtime.v1.Dapr". */
  readonly typeName: string;
  readonly name: string;
  readonly packageName: string;
  /** Proto file path, e.g. "dapr/proto/runtime/v1/dapr.proto". */
  readonly file: string;
  readonly doc: string;
  readonly deprecated: boolean;
  readonly location: SourceLocation;
  /** Set when the service is a user-defined service routed to an app. */
  readonly appRoute?: AppRouteModel;
  readonly methods: readonly MethodModel[];
}

export interface AppRouteModel {
  readonly appId: string;
  readonly methodPrefix: string;
}

export type MethodKind = "unary" | "server_streaming" | "client_streaming" | "bidi_streaming";

export interface MethodModel {
  readonly desc: DescMethod;
  readonly serviceTypeName: string;
  readonly name: string;
  /** protobuf-es local name, e.g. "getState". */
  readonly localName: string;
  readonly kind: MethodKind;
  readonly input: DescMessage;
  readonly output: DescMessage;
  readonly doc: string;
  readonly deprecated: boolean;
  readonly location: SourceLocation;
  /** google.api.http bindings: the primary one first, then additional_bindings. */
  readonly http: readonly HttpBinding[];
  readonly rest: RestRuleModel;
}

export type HttpVerb = "GET" | "PUT" | "POST" | "DELETE" | "PATCH" | "*" | (string & {});

/** A field reached by a dotted path from a message, resolved to descriptors. */
export interface FieldRef {
  /** Proto field names, e.g. ["message", "method"]. */
  readonly path: readonly string[];
  /** The descriptor of each step of the path. */
  readonly fields: readonly DescField[];
}

export type BodyModel =
  | { readonly kind: "none" }
  | { readonly kind: "all" }
  | { readonly kind: "field"; readonly field: FieldRef };

export interface HttpBinding {
  readonly verb: HttpVerb;
  readonly template: PathTemplate;
  /** One entry per template variable, in template order. */
  readonly pathFields: readonly FieldRef[];
  readonly body: BodyModel;
  readonly responseBody?: FieldRef;
}

export type RestHandler = "transcode" | "invoke-proxy" | "actor-proxy" | "configuration-subscribe" | "pubsub-bulk-publish";

export interface HeaderBindingModel {
  readonly header: string;
  readonly field: FieldRef;
}

export interface RestRuleModel {
  readonly handler: RestHandler;
  /** Why the method has no REST route, when it has none by design. */
  readonly grpcOnly?: string;
  readonly rawBody?: FieldRef;
  readonly contentTypeField?: FieldRef;
  readonly requestHeaders: readonly HeaderBindingModel[];
  readonly metadataQuery?: FieldRef;
  readonly rawResponse?: FieldRef;
  readonly responseContentType?: FieldRef;
  readonly responseHeaders: readonly HeaderBindingModel[];
  readonly responseMetadataHeaders?: FieldRef;
  readonly successStatus: number;
  /** "*" for the whole response, or a response field. */
  readonly noContentWhenEmpty?: FieldRef | "*";
  /** Content-Type of raw_response when no field gives one. */
  readonly defaultContentType?: string;
}
