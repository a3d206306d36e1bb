package dev.pillion.sdk;

import com.google.protobuf.ByteString;
import java.lang.reflect.Type;

/**
 * A job that is due, as the sidecar's scheduler calls the app back.
 *
 * @param contentType the data's type URL, which Dapr sends as the content type ({@link
 *     Data#VALUE_TYPE_URL} for jobs scheduled through Dapr's HTTP API, empty for a client's JSON)
 * @param data the job's data decoded ({@link Data#decodeJobData}): a google.protobuf.Value as the
 *     JSON value it holds, other data by its content type ({@link Data#decodeValue})
 * @param rawData the bytes of the job's Any (for a job scheduled through Dapr's HTTP API the
 *     serialized google.protobuf.Value, not JSON text)
 */
public record JobEvent(String name, String contentType, Object data, ByteString rawData) {

  /** The data as JSON of the given type; null without data. */
  public <T> T dataAs(Type type) {
    if (Data.VALUE_TYPE_URL.equals(contentType)) return Data.convert(data, type);
    return Data.decode(rawData, type);
  }
}
