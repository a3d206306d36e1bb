package dev.pillion.sdk;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.Map;

/**
 * The one error of the SDK: the gRPC status code, Dapr's error code (the
 * google.rpc.ErrorInfo reason Dapr attaches, e.g. "DAPR_STATE_NOT_FOUND")
 * and the message.
 */
public final class PillionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Status.Code code;
  private final String errorCode;
  private final Map<String, String> metadata;

  public PillionException(Status.Code code, String errorCode, Map<String, String> metadata, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
    this.errorCode = errorCode;
    this.metadata = Map.copyOf(metadata);
  }

  /** The gRPC status code, e.g. {@code ABORTED} for a stale ETag. */
  public Status.Code code() {
    return code;
  }

  /** Dapr's error code (the ErrorInfo reason), or null when the sidecar sent none. */
  public String errorCode() {
    return errorCode;
  }

  /** The ErrorInfo metadata (empty when there is none). */
  public Map<String, String> metadata() {
    return metadata;
  }

  /** Any throwable as a PillionException (a gRPC status keeps its code and ErrorInfo). */
  public static PillionException from(Throwable t) {
    if (t instanceof PillionException p) return p;
    Throwable cause = t;
    while (cause != null && !(cause instanceof StatusRuntimeException) && !(cause instanceof StatusException)) cause = cause.getCause();
    if (cause == null) return new PillionException(Status.Code.UNKNOWN, null, Map.of(), String.valueOf(t.getMessage()), t);
    Status status = Status.fromThrowable(cause);
    String reason = null;
    Map<String, String> metadata = Map.of();
    com.google.rpc.Status details = StatusProto.fromThrowable(cause);
    if (details != null) {
      for (Any any : details.getDetailsList()) {
        if (any.is(ErrorInfo.class)) {
          try {
            ErrorInfo info = any.unpack(ErrorInfo.class);
            reason = info.getReason().isEmpty() ? null : info.getReason();
            metadata = info.getMetadataMap();
          } catch (InvalidProtocolBufferException e) {
            // not an ErrorInfo after all: keep the status alone
          }
          break;
        }
      }
    }
    String message = status.getDescription() != null ? status.getDescription() : status.getCode().name();
    return new PillionException(status.getCode(), reason, metadata, message, t);
  }
}
