package dev.pillion.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import com.google.protobuf.Empty;
import dev.pillion.sdk.proto.dapr.proto.common.v1.HTTPExtension;
import dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse;
import dev.pillion.sdk.proto.dapr.proto.runtime.v1.AppCallbackGrpc;
import dev.pillion.sdk.proto.dapr.proto.runtime.v1.AppCallbackHealthCheckGrpc;
import dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventRequest;
import dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventRequest;
import dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventResponse.TopicEventResponseStatus;
import dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicSubscription;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PillionApp's AppCallback as the sidecar calls it, by a gRPC client in
 * this JVM (no sidecar needed): the answers of each callback, and a close
 * that lets a running call finish.
 */
class PillionAppTest {
  private static AppServer server;
  private static ManagedChannel channel;
  private static AppCallbackGrpc.AppCallbackBlockingStub app;

  @BeforeAll
  static void serve() {
    server = new PillionApp()
        .subscribe("p", "retried", e -> EventStatus.SUCCESS)
        .subscribe("p", "dropped", e -> EventStatus.DROP)
        .subscribe("p", "nothing", e -> null)
        // Registering a topic again replaces its handler and keeps its place.
        .subscribe("p", "retried", e -> EventStatus.RETRY)
        .onInvoke("echo", r -> String.join(" ", r.method(), r.verb(), r.query(), r.contentType(), String.valueOf(r.data())))
        .onInvoke("status", r -> {
          throw Status.FAILED_PRECONDITION.withDescription("not now").asRuntimeException();
        })
        .onInvoke("pillion", r -> {
          throw new PillionException(Status.Code.NOT_FOUND, "ERR_X", Map.of(), "no such order", null);
        })
        .onInvoke("checked", r -> {
          throw new java.io.IOException("disk on fire");
        })
        .onJob("failing", j -> {
          throw new IllegalStateException("the job fails");
        })
        .onJob("fine", j -> {})
        .listen(0);
    channel = ManagedChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext().build();
    app = AppCallbackGrpc.newBlockingStub(channel);
  }

  @AfterAll
  static void close() {
    if (channel != null) channel.shutdownNow();
    if (server != null) server.close();
  }

  private static TopicEventResponseStatus deliver(String topic) {
    return app.onTopicEvent(TopicEventRequest.newBuilder().setPubsubName("p").setTopic(topic).setId("e1").setData(ByteString.copyFromUtf8("{}")).build()).getStatus();
  }

  private static dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeRequest.Builder invocation(String method) {
    return dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeRequest.newBuilder().setMethod(method);
  }

  private static Status.Code codeOf(Runnable call) {
    return assertThrows(StatusRuntimeException.class, call::run).getStatus().getCode();
  }

  @Test
  void listsTheSubscriptionsInTheOrderTheyWereFirstRegistered() {
    List<String> topics = app.listTopicSubscriptions(Empty.getDefaultInstance()).getSubscriptionsList().stream().map(TopicSubscription::getTopic).toList();
    assertEquals(List.of("retried", "dropped", "nothing"), topics);
    assertEquals(0, app.listInputBindings(Empty.getDefaultInstance()).getBindingsCount());
  }

  @Test
  void answersEachEventWithTheHandlersStatus() {
    assertEquals(TopicEventResponseStatus.RETRY, deliver("retried"));
    assertEquals(TopicEventResponseStatus.DROP, deliver("dropped"));
    assertEquals(TopicEventResponseStatus.SUCCESS, deliver("nothing"));
    assertEquals(TopicEventResponseStatus.DROP, deliver("not-subscribed"));
  }

  @Test
  void passesTheInvocationAndEncodesTheAnswer() {
    InvokeResponse res = app.onInvoke(invocation("echo")
        .setContentType("text/plain")
        .setData(Data.any(ByteString.copyFromUtf8("tea")))
        .setHttpExtension(HTTPExtension.newBuilder().setVerb(HTTPExtension.Verb.GET).setQuerystring("a=1"))
        .build());
    // A String answer is JSON, as every answer that is not bytes.
    assertEquals("echo GET a=1 text/plain tea", Data.decode(res.getData(), String.class));
    assertEquals("application/json", res.getContentType());
  }

  @Test
  void failsTheCallWithTheHandlersStatus() {
    StatusRuntimeException status = assertThrows(StatusRuntimeException.class, () -> app.onInvoke(invocation("status").build()));
    assertEquals(Status.Code.FAILED_PRECONDITION, status.getStatus().getCode());
    assertEquals("not now", status.getStatus().getDescription());
    StatusRuntimeException pillion = assertThrows(StatusRuntimeException.class, () -> app.onInvoke(invocation("pillion").build()));
    assertEquals(Status.Code.NOT_FOUND, pillion.getStatus().getCode());
    assertEquals("no such order", pillion.getStatus().getDescription());
    StatusRuntimeException checked = assertThrows(StatusRuntimeException.class, () -> app.onInvoke(invocation("checked").build()));
    assertEquals(Status.Code.UNKNOWN, checked.getStatus().getCode());
    assertEquals("disk on fire", checked.getStatus().getDescription());
    assertEquals(Status.Code.UNIMPLEMENTED, codeOf(() -> app.onInvoke(invocation("no-such-method").build())));
  }

  @Test
  void answersJobs() {
    app.onJobEvent(JobEventRequest.newBuilder().setName("fine").build());
    assertEquals(Status.Code.UNKNOWN, codeOf(() -> app.onJobEvent(JobEventRequest.newBuilder().setName("failing").build())));
    assertEquals(Status.Code.NOT_FOUND, codeOf(() -> app.onJobEvent(JobEventRequest.newBuilder().setName("no-such-job").build())));
  }

  @Test
  void answersTheHealthCheck() {
    AppCallbackHealthCheckGrpc.newBlockingStub(channel).healthCheck(Empty.getDefaultInstance());
  }

  @Test
  void closeLetsARunningCallFinishAndTakesNoNewOnes() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AppServer slow = new PillionApp()
        .onInvoke("slow", r -> {
          entered.countDown();
          release.await();
          return "done";
        })
        .listen(0);
    ManagedChannel ch = ManagedChannelBuilder.forAddress("127.0.0.1", slow.port()).usePlaintext().build();
    try {
      var running = AppCallbackGrpc.newFutureStub(ch).onInvoke(invocation("slow").build());
      assertTrue(entered.await(30, TimeUnit.SECONDS), "the call did not reach the handler");
      Thread closer = new Thread(slow::close);
      closer.start();
      // Once closing, the server takes no new calls (a new channel cannot connect) while the running one goes on.
      ManagedChannel late = ManagedChannelBuilder.forAddress("127.0.0.1", slow.port()).usePlaintext().build();
      try {
        for (;;) {
          try {
            AppCallbackHealthCheckGrpc.newBlockingStub(late).withDeadlineAfter(5, TimeUnit.SECONDS).healthCheck(Empty.getDefaultInstance());
          } catch (StatusRuntimeException e) {
            assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode());
            break;
          }
          Thread.sleep(20);
        }
      } finally {
        late.shutdownNow();
      }
      assertTrue(closer.isAlive(), "close returned while a call was running");
      release.countDown();
      assertEquals("\"done\"", running.get(30, TimeUnit.SECONDS).getData().getValue().toStringUtf8());
      closer.join();
    } finally {
      release.countDown();
      ch.shutdownNow();
      slow.close();
    }
  }
}
