import type { DescField, DescMessage } from "@bufbuild/protobuf";
import type { SourceLocation } from "./source.js";
import type { HttpBinding, MethodModel, ServiceModel } from "./types.js";

/**
 * The SDK facade, language-neutral: every RPC carrying a pillion.api.v1.sdk
 * option, grouped by building block and shaped (positional parameters, an
 * options object, what comes back, which bytes are the caller's data). Every
 * SDK generator (TypeScript, Python, Go, Java) renders this one model with
 * its own templates and casing; names here are lower_snake_case.
 */
export interface SdkFacade {
  /** Groups in name order; the client's own methods (group "") first. */
  readonly groups: readonly SdkGroupModel[];
  /** Services whose RPCs the facade calls, in type name order. */
  readonly services: readonly ServiceModel[];
}

export interface SdkGroupModel {
  /** lower_snake_case; "" for the methods on the client itself. */
  readonly name: string;
  readonly doc: string;
  /** In the order of their RPCs in the protos. */
  readonly methods: readonly SdkMethodModel[];
}

/**
 * A field reached from a message by proto field names. Unlike FieldRef in
 * the REST model, a step may go through a repeated or map field of messages
 * (then the path continues in each element), e.g. states.value.
 */
export interface SdkFieldPath {
  readonly path: readonly string[];
  readonly fields: readonly DescField[];
}

export interface SdkMethodModel {
  readonly rpc: MethodModel;
  readonly service: ServiceModel;
  readonly group: string;
  /** lower_snake_case, e.g. "get_bulk". */
  readonly name: string;
  /** The facade's own doc, or the RPC's comment. */
  readonly doc: string;
  readonly deprecated: boolean;
  /** A server-streaming RPC: the method yields its responses. */
  readonly streaming: boolean;
  /** Positional parameters, in order. */
  readonly params: readonly SdkParam[];
  /** Every other settable request field, by its own name, in field order (fields of opened messages in place). */
  readonly options: readonly SdkOption[];
  /** How the request message is put together from params and options. */
  readonly request: SdkRequestShape;
  readonly payloads: readonly SdkPayload[];
  readonly defaults: readonly SdkDefault[];
  readonly returns: SdkReturns;
  readonly decodes: readonly SdkDecode[];
  /** The route the REST flavour calls, when the RPC has one it can call (transcoded or the invoke proxy). */
  readonly restBinding?: HttpBinding;
  readonly location: SourceLocation;
}

export interface SdkParam {
  /** The field's proto name (the last step of the path). */
  readonly name: string;
  readonly field: SdkFieldPath;
  /** Set when the parameter carries the caller's data. */
  readonly payload?: SdkPayload;
}

export interface SdkOption {
  /** The field's proto name. */
  readonly name: string;
  readonly field: SdkFieldPath;
}

/** A request message: each of its fields set from a parameter, an option, or opened (its own fields set one by one). */
export interface SdkRequestShape {
  readonly message: DescMessage;
  readonly fields: readonly SdkRequestField[];
}

export type SdkRequestField =
  | { readonly kind: "param"; readonly field: DescField; readonly param: SdkParam }
  | { readonly kind: "option"; readonly field: DescField; readonly option: SdkOption }
  | { readonly kind: "open"; readonly field: DescField; readonly shape: SdkRequestShape };

export type DataKind = "bytes" | "any";

/** A request field that takes the caller's data, encoded by the SDK. */
export interface SdkPayload {
  readonly field: SdkFieldPath;
  readonly kind: DataKind;
  /** A string field beside it that receives the content type of the encoded data. */
  readonly contentType?: SdkFieldPath;
}

/** A response field whose bytes the SDK decodes into a value named `as` beside it. */
export interface SdkDecode {
  readonly field: SdkFieldPath;
  readonly kind: DataKind;
  /** lower_snake_case name of the decoded value. */
  readonly as: string;
  readonly contentType?: SdkFieldPath;
}

/** A request field filled in when the caller leaves it at its zero value. */
export interface SdkDefault {
  readonly field: SdkFieldPath;
  /** The typed value: an enum value's number, a number, a bigint for 64-bit integers, a boolean or a string. */
  readonly value: number | bigint | boolean | string;
  /** The value as written in the proto (an enum value name, a number, ...). */
  readonly text: string;
}

export type SdkReturns =
  | { readonly kind: "none" }
  | { readonly kind: "message" }
  | { readonly kind: "field"; readonly field: SdkFieldPath };
