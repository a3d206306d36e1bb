package dev.pillion.sdk;

import com.google.protobuf.ByteString;
import java.lang.reflect.Type;

/**
 * A service invocation the sidecar passes to the app.
 *
 * @param data {@code rawData} decoded by its content type ({@link Data#decodeValue})
 * @param verb the HTTP verb of the caller ("POST", ...; "NONE" from gRPC callers)
 * @param query the caller's query string (HTTP callers)
 */
public record InvokeRequest(String method, String contentType, Object data, ByteString rawData, String verb, String query) {

  /** The data as JSON of the given type; null without data. */
  public <T> T dataAs(Type type) {
    return Data.decode(rawData, type);
  }
}
