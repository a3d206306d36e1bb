package dev.pillion.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.protobuf.ByteString;
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
  void emptyDataIsNull() {
    assertNull(Data.decodeValue(ByteString.EMPTY, "application/json"));
    assertNull(Data.decodeValue(null, null));
  }
}
