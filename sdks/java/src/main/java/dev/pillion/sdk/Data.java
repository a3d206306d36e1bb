package dev.pillion.sdk;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * The caller's data as bytes and back, as every pillion SDK does it: raw
 * bytes as they are, a string as text when the caller gave a content type
 * that is not JSON, anything else as JSON.
 */
public final class Data {
  private static final Gson GSON = new Gson();

  private Data() {}

  /** Encoded data and the content type it stands for. */
  public record Encoded(ByteString bytes, String contentType) {}

  /** Encodes a value; {@code contentType} is the one the caller set on the request (may be null or empty). */
  public static Encoded encode(Object value, String contentType) {
    if (value instanceof ByteString b) return new Encoded(b, "application/octet-stream");
    if (value instanceof byte[] b) return new Encoded(ByteString.copyFrom(b), "application/octet-stream");
    if (value instanceof String s && contentType != null && !contentType.isEmpty() && !isJson(contentType)) {
      return new Encoded(ByteString.copyFromUtf8(s), contentType);
    }
    return new Encoded(ByteString.copyFromUtf8(GSON.toJson(value)), "application/json");
  }

  /** A value as JSON bytes (raw bytes as they are), e.g. for a state item's value. */
  public static ByteString bytes(Object value) {
    return encode(value, null).bytes();
  }

  /** Bytes in a google.protobuf.Any without a type URL, as Dapr carries invocation data. */
  public static Any any(ByteString bytes) {
    return Any.newBuilder().setValue(bytes).build();
  }

  /** JSON bytes as a value of the given type; null when there are no bytes. */
  public static <T> T decode(ByteString bytes, Type type) {
    if (bytes == null || bytes.isEmpty()) return null;
    try {
      return GSON.fromJson(bytes.toString(StandardCharsets.UTF_8), type);
    } catch (JsonParseException e) {
      throw new PillionException(io.grpc.Status.Code.INVALID_ARGUMENT, "ERR_SDK_NOT_JSON", java.util.Map.of(), "the data is not JSON of " + type.getTypeName() + ": " + e.getMessage(), e);
    }
  }

  /** The data of an Any (as in an invocation answer) as a value of the given type. */
  public static <T> T decode(Any any, Type type) {
    return decode(any.getValue(), type);
  }

  static boolean isJson(String contentType) {
    String t = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    return t.equals("application/json") || t.endsWith("+json") || t.endsWith("/json");
  }
}
