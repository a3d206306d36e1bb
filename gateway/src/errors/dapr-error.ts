import { Code } from "@connectrpc/connect";

/** google.rpc.ResourceInfo, as Dapr attaches it to component errors. */
export interface ResourceInfo {
  readonly resourceType: string;
  readonly resourceName: string;
  readonly owner?: string;
  readonly description?: string;
}

export interface DaprErrorInit {
  /** Dapr's error code, e.g. "ERR_STATE_STORE_NOT_FOUND". */
  readonly errorCode: string;
  readonly message: string;
  readonly httpStatus: number;
  readonly grpcCode: Code;
  /** google.rpc.ErrorInfo reason, e.g. "DAPR_STATE_NOT_FOUND"; only for Dapr's standardized errors. */
  readonly reason?: string;
  readonly metadata?: Readonly<Record<string, string>>;
  readonly resource?: ResourceInfo;
  /** google.rpc.BadRequest field violations. */
  readonly fieldViolations?: readonly { readonly field: string; readonly description: string }[];
  /** Response headers an HTTP error carries (e.g. metadata.* of a failed binding). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly cause?: unknown;
}

/**
 * Every error a building block answers with. The protocol adapters turn it
 * into Dapr's HTTP body ({"errorCode", "message", "details"}) with its status,
 * or a gRPC status with google.rpc details.
 */
export class DaprError extends Error {
  readonly errorCode: string;
  readonly httpStatus: number;
  readonly grpcCode: Code;
  readonly reason?: string;
  readonly metadata?: Readonly<Record<string, string>>;
  readonly resource?: ResourceInfo;
  readonly fieldViolations?: readonly { readonly field: string; readonly description: string }[];
  readonly headers?: Readonly<Record<string, string>>;

  constructor(init: DaprErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = "DaprError";
    this.errorCode = init.errorCode;
    this.httpStatus = init.httpStatus;
    this.grpcCode = init.grpcCode;
    if (init.reason !== undefined) this.reason = init.reason;
    if (init.metadata !== undefined) this.metadata = init.metadata;
    if (init.resource !== undefined) this.resource = init.resource;
    if (init.fieldViolations !== undefined) this.fieldViolations = init.fieldViolations;
    if (init.headers !== undefined) this.headers = init.headers;
  }

  /** The same error with a different message (keeps code, statuses, details). */
  withMessage(message: string): DaprError {
    return new DaprError({ ...this.init(), message });
  }

  private init(): DaprErrorInit {
    return {
      errorCode: this.errorCode,
      message: this.message,
      httpStatus: this.httpStatus,
      grpcCode: this.grpcCode,
      ...(this.reason !== undefined && { reason: this.reason }),
      ...(this.metadata !== undefined && { metadata: this.metadata }),
      ...(this.resource !== undefined && { resource: this.resource }),
      ...(this.fieldViolations !== undefined && { fieldViolations: this.fieldViolations }),
      ...(this.headers !== undefined && { headers: this.headers }),
    };
  }
}

/** A short text for an unknown thrown value. */
export function causeText(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
