package dev.pillion.sdk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dev.pillion.sdk.proto.dapr.proto.runtime.v1.PubsubSubscription;
import io.grpc.Status;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The app side (PillionApp) as a live sidecar's gRPC app: test/sdks/java.test.ts
 * starts a sidecar with --app-protocol grpc and --app-port pillion.app.port,
 * and passes its gRPC port and app id as pillion.app.grpcPort and
 * pillion.app.id. Its components: "pubsub" (in-memory) and "retrying" (Redis
 * streams, which deliver an event answered RETRY again).
 */
class AppTest {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static PillionClient client;
  private static AppServer server;
  private static String appId;
  private static final BlockingQueue<TopicEvent> orders = new LinkedBlockingQueue<>();
  private static final BlockingQueue<TopicEvent> retried = new LinkedBlockingQueue<>();
  private static final Map<String, Integer> attempts = new ConcurrentHashMap<>();
  private static final BlockingQueue<JobEvent> jobs = new LinkedBlockingQueue<>();

  @BeforeAll
  static void serve() throws InterruptedException {
    String grpcPort = System.getProperty("pillion.app.grpcPort");
    String appPort = System.getProperty("pillion.app.port");
    if (grpcPort == null || grpcPort.isEmpty() || appPort == null || appPort.isEmpty()) {
      throw new IllegalStateException("run through test/sdks/java.test.ts: it starts the sidecar and sets -Dpillion.app.grpcPort and -Dpillion.app.port");
    }
    appId = System.getProperty("pillion.app.id");
    server = new PillionApp()
        .subscribe("pubsub", "orders", e -> {
          orders.add(e);
          return EventStatus.SUCCESS;
        })
        // The first delivery of each event is answered RETRY, the next one SUCCESS (null).
        .subscribe("retrying", "answered-retry", e -> {
          int attempt = attempts.merge(e.id(), 1, Integer::sum);
          retried.add(e);
          return attempt == 1 ? EventStatus.RETRY : null;
        })
        // The first delivery of each event throws, which asks for a retry too.
        .subscribe("retrying", "thrown", e -> {
          int attempt = attempts.merge(e.id(), 1, Integer::sum);
          retried.add(e);
          if (attempt == 1) throw new IllegalStateException("the handler fails on purpose");
          return EventStatus.SUCCESS;
        })
        .onInvoke("greet", r -> Map.of("greeting", "hello " + ((Map<?, ?>) r.data()).get("name"), "verb", r.verb()))
        .onInvoke("echo-bytes", r -> r.rawData().toByteArray())
        .onInvoke("nothing", r -> null)
        .onInvoke("fail", r -> {
          throw new IllegalStateException("the app fails on purpose");
        })
        .onJob("java-due", jobs::add)
        .onJob("java-due-http", jobs::add)
        .listen(Integer.parseInt(appPort));
    client = PillionClient.builder().grpcPort(Integer.parseInt(grpcPort)).timeout(Duration.ofSeconds(20)).build();
    // The sidecar is ready (healthz) once the app listens; it reads the subscriptions (ListTopicSubscriptions) right after.
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    for (;;) {
      try {
        client.health().check();
        if (client.metadata().get().getSubscriptionsCount() == 3) return;
      } catch (PillionException e) {
        if (System.nanoTime() > deadline) throw new IllegalStateException("the sidecar did not become ready: " + e.getMessage(), e);
      }
      if (System.nanoTime() > deadline) throw new IllegalStateException("the sidecar did not read the app's 3 subscriptions");
      Thread.sleep(50);
    }
  }

  @AfterAll
  static void close() {
    if (client != null) client.close();
    if (server != null) server.close();
  }

  /** The first event of the queue that matches, waiting up to WAIT; the others are put back. */
  private static <T> T next(BlockingQueue<T> queue, String what, Predicate<T> match) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    for (;;) {
      long left = deadline - System.nanoTime();
      T item = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
      if (item == null) throw new AssertionError("timed out waiting for " + what);
      if (match.test(item)) return item;
    }
  }

  @Test
  void listsItsSubscriptionsToTheSidecar() {
    List<String> topics = client.metadata().get().getSubscriptionsList().stream().map((PubsubSubscription s) -> s.getPubsubName() + "/" + s.getTopic()).sorted().toList();
    assertEquals(List.of("pubsub/orders", "retrying/answered-retry", "retrying/thrown"), topics);
  }

  @Test
  void aPublishedEventReachesItsHandlerDecoded() throws InterruptedException {
    client.pubsub().publish("pubsub", "orders", Map.of("id", 7, "item", "java-app"));
    TopicEvent json = next(orders, "the JSON event", e -> e.data() instanceof Map<?, ?> m && "java-app".equals(m.get("item")));
    assertEquals(Map.of("id", 7L, "item", "java-app"), json.data());
    assertEquals("pubsub", json.pubsubName());
    assertEquals("orders", json.topic());
    assertEquals("application/json", json.dataContentType());
    assertEquals("1.0", json.specVersion());
    assertFalse(json.id().isEmpty());
    assertEquals("java-app", json.<Map<String, Object>>dataAs(Map.class).get("item"));

    byte[] raw = {0, 1, 2, (byte) 0xff};
    client.pubsub().publish("pubsub", "orders", raw);
    TopicEvent bytes = next(orders, "the binary event", e -> e.data() instanceof ByteString);
    assertEquals(ByteString.copyFrom(raw), bytes.data());
    assertEquals("application/octet-stream", bytes.dataContentType());
  }

  @Test
  void anEventAnsweredRetryIsDeliveredAgain() throws InterruptedException {
    client.pubsub().publish("retrying", "answered-retry", Map.of("item", "again"));
    TopicEvent first = next(retried, "the first delivery", e -> e.topic().equals("answered-retry"));
    TopicEvent second = next(retried, "the redelivery", e -> e.id().equals(first.id()));
    assertEquals(Map.of("item", "again"), second.data());
    assertEquals(2, attempts.get(first.id()));
  }

  @Test
  void anEventWhoseHandlerThrowsIsDeliveredAgain() throws InterruptedException {
    client.pubsub().publish("retrying", "thrown", Map.of("item", "thrown"));
    TopicEvent first = next(retried, "the first delivery", e -> e.topic().equals("thrown"));
    next(retried, "the redelivery", e -> e.id().equals(first.id()));
    assertEquals(2, attempts.get(first.id()));
  }

  @Test
  void anInvocationReachesItsHandlerAndItsAnswerComesBack() {
    var answer = client.invoke(appId, "greet", Map.of("name", "java"));
    Map<?, ?> body = Data.decode(answer.getData(), Map.class);
    assertEquals("hello java", body.get("greeting"));
    assertEquals("POST", body.get("verb")); // the facade's default http_extension
    assertTrue(answer.getContentType().startsWith("application/json"), answer.getContentType());

    byte[] raw = {0, 1, 2, (byte) 0xff};
    var echoed = client.invoke(appId, "echo-bytes", raw);
    assertArrayEquals(raw, echoed.getData().getValue().toByteArray());
    assertEquals("application/octet-stream", echoed.getContentType());

    assertTrue(client.invoke(appId, "nothing", null).getData().getValue().isEmpty());
  }

  @Test
  void aFailingOrUnknownMethodFailsTheCall() {
    PillionException failed = assertThrows(PillionException.class, () -> client.invoke(appId, "fail", null));
    assertEquals(Status.Code.UNKNOWN, failed.code());
    assertTrue(failed.getMessage().contains("fails on purpose"), failed.getMessage());

    PillionException unknown = assertThrows(PillionException.class, () -> client.invoke(appId, "no-such-method", null));
    assertEquals(Status.Code.UNIMPLEMENTED, unknown.code());
    assertTrue(unknown.getMessage().contains("no-such-method"), unknown.getMessage());
  }

  @Test
  void aDueJobReachesItsHandler() throws InterruptedException {
    client.jobs().schedule("java-due", b -> b.getJobBuilder().setDueTime("1s").setData(Data.any(Data.bytes(Map.of("report", "now")))));
    JobEvent job = next(jobs, "the job", j -> j.name().equals("java-due"));
    assertNotNull(job.data());
    assertEquals(Map.of("report", "now"), job.data());
  }

  record Report(String report, int n, List<String> tags) {}

  @Test
  void aJobScheduledThroughTheHttpApiArrivesDecoded() throws Exception {
    String httpPort = System.getProperty("pillion.app.httpPort");
    if (httpPort == null || httpPort.isEmpty()) throw new IllegalStateException("run through test/sdks/java.test.ts: it sets -Dpillion.app.httpPort");
    // Dapr's HTTP API stores the data as a google.protobuf.Value; the app gets it in an Any.
    String body = "{\"dueTime\":\"0s\",\"data\":{\"report\":\"now\",\"n\":2,\"ratio\":0.5,\"ok\":true,\"tags\":[\"a\",\"b\"],\"none\":null}}";
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/v1.0-alpha1/jobs/java-due-http"))
        .header("content-type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    HttpResponse<String> res = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
    assertEquals(204, res.statusCode(), res.body());
    JobEvent job = next(jobs, "the HTTP-scheduled job", j -> j.name().equals("java-due-http"));
    assertEquals(Data.VALUE_TYPE_URL, job.contentType());
    Map<String, Object> want = new HashMap<>(Map.of("report", "now", "n", 2L, "ratio", 0.5, "ok", true, "tags", List.of("a", "b")));
    want.put("none", null);
    assertEquals(want, job.data());
    assertEquals(new Report("now", 2, List.of("a", "b")), job.dataAs(Report.class));
    // rawData is the Any's value: the serialized google.protobuf.Value.
    assertEquals("now", com.google.protobuf.Value.parseFrom(job.rawData()).getStructValue().getFieldsOrThrow("report").getStringValue());
  }
}
