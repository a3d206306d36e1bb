package dev.pillion.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Data.decodeValue: how the app side decodes what the sidecar delivers (no sidecar needed). */
class DataTest {
  private static ByteString utf8(String s) {
    return ByteString.copyFromUtf8(s);
  }

  @Test
  void decodesJsonWhenTheContentTypeIsJsonOrUnknown() {
    assertEquals(Map.of("id", 7L, "price", 2.5, "tags", List.of("a")), Data.decodeValue(utf8("{\"id\":7,\"price\":2.5,\"tags\":[\"a\"]}"), "application/json"));
    assertEquals(List.of(1L, true), Data.decodeValue(utf8("[1,true]"), ""));
    assertEquals("quoted", Data.decodeValue(utf8("\"quoted\""), "application/cloudevents+json; charset=utf-8"));
  }

  @Test
  void encodesJsonWithoutHtmlEscapes() {
    assertEquals("{\"q\":\"a=1 <b> 'c' & d\"}", Data.encode(Map.of("q", "a=1 <b> 'c' & d"), null).bytes().toStringUtf8());
  }

  @Test
  void keepsTextThatIsNotJsonAsText() {
    assertEquals("hello world", Data.decodeValue(utf8("hello world"), null));
    assertEquals("{not json", Data.decodeValue(utf8("{not json"), "application/json"));
    assertEquals("{a:1}", Data.decodeValue(utf8("{a:1}"), "")); // strict JSON: lenient Gson would read an object
    assertEquals("[1,]", Data.decodeValue(utf8("[1,]"), ""));
    assertEquals("  ", Data.decodeValue(utf8("  "), ""));
  }

  @Test
  void decodesByTheContentType() {
    assertEquals("{\"a\":1}", Data.decodeValue(utf8("{\"a\":1}"), "text/plain; charset=utf-8"));
    assertEquals(utf8("{\"a\":1}"), Data.decodeValue(utf8("{\"a\":1}"), "application/octet-stream"));
  }

  @Test
  void keepsBytesThatAreNotUtf8AsBytes() {
    ByteString raw = ByteString.copyFrom(new byte[] {0, (byte) 0xff, (byte) 0xfe});
    assertEquals(raw, Data.decodeValue(raw, "application/json"));
    assertEquals(raw, Data.decodeValue(raw, "text/plain"));
  }

  @Test
  void decodesJobDataThatIsAGoogleProtobufValueToItsJsonValue() {
    Value tags = Value.newBuilder().setListValue(ListValue.newBuilder().addValues(Value.newBuilder().setStringValue("a")).addValues(Value.newBuilder().setNumberValue(1))).build();
    Struct struct = Struct.newBuilder()
        .putFields("report", Value.newBuilder().setStringValue("now").build())
        .putFields("n", Value.newBuilder().setNumberValue(2).build())
        .putFields("ratio", Value.newBuilder().setNumberValue(0.5).build())
        .putFields("big", Value.newBuilder().setNumberValue(1e20).build())
        .putFields("ok", Value.newBuilder().setBoolValue(true).build())
        .putFields("none", Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build())
        .putFields("tags", tags)
        .build();
    Any any = Any.pack(Value.newBuilder().setStructValue(struct).build());
    assertEquals(Data.VALUE_TYPE_URL, any.getTypeUrl());
    Map<String, Object> want = new HashMap<>(Map.of("report", "now", "n", 2L, "ratio", 0.5, "big", 1e20, "ok", true, "tags", List.of("a", 1L)));
    want.put("none", null);
    // The same shapes decodeValue gives for the JSON of it.
    assertEquals(want, Data.decodeJobData(any, any.getTypeUrl()));
    assertEquals(Data.decodeValue(utf8("{\"report\":\"now\",\"n\":2,\"ratio\":0.5,\"big\":1e20,\"ok\":true,\"none\":null,\"tags\":[\"a\",1]}"), ""), Data.decodeJobData(any, any.getTypeUrl()));
    assertEquals("x", Data.decodeJobData(Any.pack(Value.newBuilder().setStringValue("x").build()), Data.VALUE_TYPE_URL));
    assertNull(Data.decodeJobData(Any.pack(Value.getDefaultInstance()), Data.VALUE_TYPE_URL));
  }

  @Test
  void decodesOtherJobDataByItsContentType() {
    assertEquals(Map.of("report", "daily"), Data.decodeJobData(Data.any(utf8("{\"report\":\"daily\"}")), ""));
    assertNull(Data.decodeJobData(Any.getDefaultInstance(), ""));
    Any text = Any.newBuilder().setTypeUrl("type.googleapis.com/google.protobuf.StringValue").setValue(utf8("\n\u0002hi")).build();
    assertEquals(text.getValue(), Data.decodeJobData(text, text.getTypeUrl()));
  }

  @Test
  void emptyDataIsNull() {
    assertNull(Data.decodeValue(ByteString.EMPTY, "application/json"));
    assertNull(Data.decodeValue(null, null));
  }
}
