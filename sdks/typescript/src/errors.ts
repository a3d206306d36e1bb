/**
 * One error type for every transport: the gRPC status code, Dapr's error
 * code and the message, whether the call went over gRPC, Connect, gRPC-Web
 * or REST.
 */
import { Code, ConnectError } from "@connectrpc/connect";
import { ErrorInfoSchema } from "./gen/proto/google/rpc/error_details_pb.js";

export { Code };

export interface PillionErrorInit {
  readonly message: string;
  readonly code: Code;
  readonly errorCode?: string | undefined;
  readonly reason?: string | undefined;
  readonly metadata?: Readonly<Record<string, string>> | undefined;
  readonly httpStatus?: number | undefined;
  readonly details?: readonly unknown[] | undefined;
  readonly cause?: unknown;
}

export class PillionError extends Error {
  /** The gRPC status code (over REST: the code Dapr's HTTP status stands for, e.g. 409 → Aborted). */
  readonly code: Code;
  /**
   * Dapr's error code: over REST the body's errorCode (e.g.
   * "ERR_STATE_STORE_NOT_FOUND"); over gRPC, Connect and gRPC-Web, where Dapr
   * sends no such code, the google.rpc.ErrorInfo reason when there is one
   * (e.g. "DAPR_STATE_NOT_FOUND").
   */
  readonly errorCode: string | undefined;
  /** The google.rpc.ErrorInfo reason Dapr attaches to its standardized errors, on every transport. */
  readonly reason: string | undefined;
  /** The ErrorInfo metadata (e.g. appID). */
  readonly metadata: Readonly<Record<string, string>>;
  /** The HTTP status, over REST. */
  readonly httpStatus: number | undefined;
  /** The error details as sent (protobuf JSON objects with "@type" over REST, decoded messages over RPC). */
  readonly details: readonly unknown[];

  constructor(init: PillionErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = "PillionError";
    this.code = init.code;
    this.errorCode = init.errorCode ?? init.reason;
    this.reason = init.reason;
    this.metadata = init.metadata ?? {};
    this.httpStatus = init.httpStatus;
    this.details = init.details ?? [];
  }

  /** The name of the gRPC code, e.g. "Aborted". */
  get codeName(): string {
    return Code[this.code] ?? String(this.code);
  }

  /** Any thrown value as a PillionError (a ConnectError keeps its code and details). */
  static from(e: unknown): PillionError {
    if (e instanceof PillionError) return e;
    const ce = ConnectError.from(e);
    const info = ce.findDetails(ErrorInfoSchema)[0];
    return new PillionError({
      message: ce.rawMessage,
      code: ce.code,
      reason: info?.reason || undefined,
      metadata: info?.metadata,
      details: ce.details.map((d) => ("desc" in d ? d.value : d)),
      cause: e,
    });
  }

  /** A REST error answer: Dapr's {"errorCode", "message", "details"} body, or any other body as the message. */
  static fromHttp(status: number, body: unknown): PillionError {
    let parsed: { errorCode?: unknown; message?: unknown; details?: unknown } | undefined;
    let v = body;
    if (typeof body === "string") {
      try {
        v = JSON.parse(body) as unknown;
      } catch {
        v = undefined;
      }
    }
    if (v !== null && typeof v === "object" && !Array.isArray(v)) parsed = v as typeof parsed;
    const text = typeof body === "string" ? body : body === undefined ? "" : JSON.stringify(body);
    const details = Array.isArray(parsed?.details) ? (parsed.details as unknown[]) : [];
    const info = details.find((d): d is { reason?: string; metadata?: Record<string, string> } =>
      typeof d === "object" && d !== null && String((d as Record<string, unknown>)["@type"]).endsWith("/google.rpc.ErrorInfo"),
    );
    const message = typeof parsed?.message === "string" ? parsed.message : text.trim() || `HTTP ${status}`;
    return new PillionError({
      message,
      code: codeFromHttpStatus(status),
      errorCode: typeof parsed?.errorCode === "string" ? parsed.errorCode : undefined,
      reason: info?.reason,
      metadata: info?.metadata,
      httpStatus: status,
      details,
    });
  }
}

/** The gRPC code an HTTP status stands for (as gRPC gateways map them). */
export function codeFromHttpStatus(status: number): Code {
  switch (status) {
    case 400:
      return Code.InvalidArgument;
    case 401:
      return Code.Unauthenticated;
    case 403:
      return Code.PermissionDenied;
    case 404:
      return Code.NotFound;
    case 405:
    case 501:
      return Code.Unimplemented;
    case 408:
    case 504:
      return Code.DeadlineExceeded;
    case 409:
      return Code.Aborted;
    case 412:
      return Code.FailedPrecondition;
    case 413:
    case 429:
      return Code.ResourceExhausted;
    case 499:
      return Code.Canceled;
    case 500:
      return Code.Internal;
    case 502:
    case 503:
      return Code.Unavailable;
    default:
      return status >= 500 ? Code.Internal : Code.Unknown;
  }
}
