package dev.pillion.sdk;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.ToNumberPolicy;
import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Value;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The caller's data as bytes and back, as every pillion SDK does it: raw
 * bytes as they are, a string as text when the caller gave a content type
 * that is not JSON, anything else as JSON.
 */
public final class Data {
  /** Plain JSON, as the Go and Python SDKs write it ("<", "=", "'" as they are, not as \\u escapes). */
  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
  /** Strict JSON (RFC 8259) for decodeValue; whole numbers as Long, others as Double. */
  private static final Gson VALUE_GSON = new GsonBuilder().setStrictness(Strictness.STRICT).setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE).create();

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

  /**
   * Data as a value, as every pillion SDK decodes what the sidecar delivers:
   * null when empty; when the content type is known and is not JSON, a
   * String for text/* and the bytes ({@link ByteString}) otherwise; else
   * parsed JSON (Map, List, String, Long, Double, Boolean, or null for JSON's
   * null), or the text when it is not JSON, or the bytes when they are not UTF-8.
   */
  public static Object decodeValue(ByteString bytes, String contentType) {
    if (bytes == null || bytes.isEmpty()) return null;
    if (!bytes.isValidUtf8()) return bytes;
    String ct = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    String text = bytes.toStringUtf8();
    if (!ct.isEmpty() && !isJson(ct)) return ct.startsWith("text/") ? text : bytes;
    if (text.isBlank()) return text; // Gson reads an empty document as null; it is not JSON
    try {
      return VALUE_GSON.fromJson(text, Object.class);
    } catch (JsonParseException e) {
      return text;
    }
  }

  /** The type URL of the google.protobuf.Value that Dapr's HTTP jobs API stores as a job's data. */
  public static final String VALUE_TYPE_URL = "type.googleapis.com/google.protobuf.Value";

  /**
   * A job's data as a value: an Any holding a google.protobuf.Value (a job
   * scheduled through Dapr's HTTP API) as the JSON value it holds, in the
   * shapes {@link #decodeValue} gives for JSON (whole numbers as Long, others
   * as Double; null when it holds none); anything else decoded by the content
   * type as {@link #decodeValue} does (a client's JSON, sent with an empty
   * type URL, as a value).
   */
  public static Object decodeJobData(Any data, String contentType) {
    if (data == null) return null;
    if (data.getTypeUrl().equals(VALUE_TYPE_URL)) {
      try {
        return fromValue(Value.parseFrom(data.getValue()));
      } catch (InvalidProtocolBufferException e) {
        return data.getValue();
      }
    }
    return decodeValue(data.getValue(), contentType);
  }

  private static Object fromValue(Value v) {
    return switch (v.getKindCase()) {
      case NULL_VALUE, KIND_NOT_SET -> null;
      case BOOL_VALUE -> v.getBoolValue();
      case STRING_VALUE -> v.getStringValue();
      case NUMBER_VALUE -> {
        double d = v.getNumberValue();
        // As Gson's LONG_OR_DOUBLE reads the JSON Dapr writes for it: a whole number that fits is a Long.
        yield d == Math.rint(d) && !Double.isInfinite(d) && d >= -0x1p63 && d < 0x1p63 ? (Object) (long) d : (Object) d;
      }
      case STRUCT_VALUE -> {
        Map<String, Object> map = new LinkedHashMap<>();
        v.getStructValue().getFieldsMap().forEach((k, x) -> map.put(k, fromValue(x)));
        yield map;
      }
      case LIST_VALUE -> {
        List<Object> list = new ArrayList<>();
        for (Value x : v.getListValue().getValuesList()) list.add(fromValue(x));
        yield list;
      }
    };
  }

  /** A decoded value as a value of the given type (through its JSON); null stays null. */
  static <T> T convert(Object value, Type type) {
    if (value == null) return null;
    return GSON.fromJson(GSON.toJsonTree(value), type);
  }

  static boolean isJson(String contentType) {
    String t = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    return t.equals("application/json") || t.endsWith("+json") || t.endsWith("/json");
  }
}
