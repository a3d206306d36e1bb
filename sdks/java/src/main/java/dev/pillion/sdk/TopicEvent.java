package dev.pillion.sdk;

import com.google.protobuf.ByteString;
import java.lang.reflect.Type;

/**
 * A pub/sub event as the sidecar delivers it to the app (a CloudEvent).
 *
 * @param data {@code rawData} decoded by its content type ({@link Data#decodeValue})
 * @param path the route of the subscription the event matched
 */
public record TopicEvent(
    String pubsubName,
    String topic,
    String id,
    String source,
    String type,
    String specVersion,
    String dataContentType,
    Object data,
    ByteString rawData,
    String path) {

  /** The data as JSON of the given type (e.g. {@code event.dataAs(Order.class)}); null without data. */
  public <T> T dataAs(Type type) {
    return Data.decode(rawData, type);
  }
}
