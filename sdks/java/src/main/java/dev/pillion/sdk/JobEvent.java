package dev.pillion.sdk;

import com.google.protobuf.ByteString;
import java.lang.reflect.Type;

/**
 * A job that is due, as the sidecar's scheduler calls the app back.
 *
 * @param data {@code rawData} decoded by its content type ({@link Data#decodeValue})
 */
public record JobEvent(String name, String contentType, Object data, ByteString rawData) {

  /** The data as JSON of the given type; null without data. */
  public <T> T dataAs(Type type) {
    return Data.decode(rawData, type);
  }
}
