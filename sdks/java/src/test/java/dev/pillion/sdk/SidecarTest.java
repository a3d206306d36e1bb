package dev.pillion.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pillion.sdk.proto.dapr.proto.common.v1.Etag;
import dev.pillion.sdk.proto.dapr.proto.common.v1.StateItem;
import dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetStateResponse;
import dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnlockResponse;
import io.grpc.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated Java SDK against a live pillion sidecar, started by
 * test/sdks/java.test.ts, which passes its gRPC port and app id as the
 * system properties pillion.grpcPort and pillion.appId (the app behind it
 * answers "greet" and records the events of topic "orders").
 */
class SidecarTest {
  private static PillionClient client;
  private static String appId;

  @BeforeAll
  static void connect() {
    String port = System.getProperty("pillion.grpcPort");
    if (port == null || port.isEmpty()) throw new IllegalStateException("run through test/sdks/java.test.ts: it starts the sidecar and sets -Dpillion.grpcPort");
    appId = System.getProperty("pillion.appId");
    client = PillionClient.builder().grpcPort(Integer.parseInt(port)).timeout(Duration.ofSeconds(20)).build();
  }

  @AfterAll
  static void close() {
    if (client != null) client.close();
  }

  private static StateItem item(String key, Object value, String etag) {
    StateItem.Builder b = StateItem.newBuilder().setKey(key).setValue(Data.bytes(value));
    if (etag != null) b.setEtag(Etag.newBuilder().setValue(etag));
    return b.build();
  }

  @Test
  void stateRoundTripWithEtagConflict() {
    client.state().save("statestore", List.of(item("java-order", Map.of("item", "tea"), null)));
    GetStateResponse got = client.state().get("statestore", "java-order");
    Map<?, ?> value = Data.decode(got.getData(), Map.class);
    assertEquals("tea", value.get("item"));
    assertFalse(got.getEtag().isEmpty());

    client.state().save("statestore", List.of(item("java-order", Map.of("item", "coffee"), got.getEtag())));
    PillionException stale = assertThrows(PillionException.class, () -> client.state().save("statestore", List.of(item("java-order", Map.of("item", "juice"), got.getEtag()))));
    assertEquals(Status.Code.ABORTED, stale.code());
    assertEquals("coffee", Data.<Map<?, ?>>decode(client.state().get("statestore", "java-order").getData(), Map.class).get("item"));

    var bulk = client.state().getBulk("statestore", List.of("java-order", "java-none"));
    assertEquals(2, bulk.size());
    client.state().delete("statestore", "java-order");
    assertTrue(client.state().get("statestore", "java-order").getData().isEmpty());
  }

  @Test
  void errorsCarryTheGrpcCodeAndDaprErrorCode() {
    PillionException e = assertThrows(PillionException.class, () -> client.state().get("no-such-store", "k"));
    assertEquals(Status.Code.INVALID_ARGUMENT, e.code());
    assertEquals("DAPR_STATE_NOT_FOUND", e.errorCode());
    assertTrue(e.getMessage().contains("no-such-store"), e.getMessage());

    ExecutionException async = assertThrows(ExecutionException.class, () -> client.state().getAsync("no-such-store", "k").get());
    PillionException cause = assertInstanceOf(PillionException.class, async.getCause());
    assertEquals("DAPR_STATE_NOT_FOUND", cause.errorCode());
  }

  @Test
  void asyncCallsComplete() throws Exception {
    client.state().saveAsync("statestore", List.of(item("java-async", List.of(1, 2, 3), null))).get();
    GetStateResponse got = client.state().getAsync("statestore", "java-async").get();
    assertEquals("[1,2,3]", got.getData().toStringUtf8());
  }

  @Test
  void invokesTheApp() {
    var answer = client.invoke(appId, "greet", Map.of("name", "java"));
    Map<?, ?> body = Data.decode(answer.getData(), Map.class);
    assertEquals("hello java", body.get("greeting"));
    assertTrue(answer.getContentType().startsWith("application/json"), answer.getContentType());
  }

  @Test
  void publishes() {
    client.pubsub().publish("pubsub", "orders", Map.of("id", 7, "item", "java"));
  }

  @Test
  void readsSecretsAndConfiguration() {
    assertEquals(Map.of("db-password", "s3cret"), client.secrets().get("secretstore", "db-password"));
    var items = client.configuration().get("configstore", List.of("greeting"));
    assertEquals("hello", items.get("greeting").getValue());
  }

  @Test
  void reportsHealthAndMetadata() {
    client.health().check();
    client.health().outbound();
    assertEquals(appId, client.metadata().get().getId());
  }

  @Test
  void schedulesReadsAndDeletesAJob() {
    client.jobs().schedule("java-job", b -> b.getJobBuilder().setDueTime("1h"));
    assertEquals("java-job", client.jobs().get("java-job").getName());
    client.jobs().delete("java-job");
    PillionException gone = assertThrows(PillionException.class, () -> client.jobs().get("java-job"));
    assertEquals("DAPR_SCHEDULER_GET_JOB", gone.errorCode());
  }

  @Test
  void takesAndReleasesALock() {
    assertTrue(client.lock().tryLock("lockstore", "java-resource", "owner-a", 30));
    assertFalse(client.lock().tryLock("lockstore", "java-resource", "owner-b", 30));
    assertEquals(UnlockResponse.Status.LOCK_BELONGS_TO_OTHERS, client.lock().unlock("lockstore", "java-resource", "owner-b"));
    assertEquals(UnlockResponse.Status.SUCCESS, client.lock().unlock("lockstore", "java-resource", "owner-a"));
    assertNotEquals(UnlockResponse.Status.SUCCESS, client.lock().unlock("lockstore", "java-resource", "owner-a"));
  }
}
