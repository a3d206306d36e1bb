package dev.pillion.sdk;

import com.google.protobuf.Empty;
import dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse;
import dev.pillion.sdk.proto.dapr.proto.runtime.v1.AppCallbackGrpc;
import dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventRequest;
import dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventResponse;
import dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListInputBindingsResponse;
import dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListTopicSubscriptionsResponse;
import dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventRequest;
import dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventResponse;
import dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicSubscription;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;

/**
 * Dapr's AppCallback service over a {@link PillionApp}'s handlers, as the Go
 * and Python SDKs serve it: an event of a topic without a handler is
 * dropped, an unknown method is UNIMPLEMENTED, an unknown job NOT_FOUND (the
 * sidecar counts that as done); no input bindings; the other callbacks
 * (bindings, bulk events) are UNIMPLEMENTED.
 */
final class AppCallbackService extends AppCallbackGrpc.AppCallbackImplBase {
  private static final System.Logger LOG = System.getLogger(PillionApp.class.getName());
  private final PillionApp app;

  AppCallbackService(PillionApp app) {
    this.app = app;
  }

  @Override
  public void listTopicSubscriptions(Empty request, StreamObserver<ListTopicSubscriptionsResponse> out) {
    ListTopicSubscriptionsResponse.Builder res = ListTopicSubscriptionsResponse.newBuilder();
    for (PillionApp.Topic t : app.subscriptions()) {
      res.addSubscriptions(TopicSubscription.newBuilder().setPubsubName(t.pubsubName()).setTopic(t.topic()));
    }
    reply(out, res.build());
  }

  @Override
  public void onTopicEvent(TopicEventRequest req, StreamObserver<TopicEventResponse> out) {
    PillionApp.TopicHandler handler = app.topicHandler(req.getPubsubName(), req.getTopic());
    EventStatus status;
    if (handler == null) {
      status = EventStatus.DROP;
    } else {
      TopicEvent event = new TopicEvent(
          req.getPubsubName(),
          req.getTopic(),
          req.getId(),
          req.getSource(),
          req.getType(),
          req.getSpecVersion(),
          req.getDataContentType(),
          Data.decodeValue(req.getData(), req.getDataContentType()),
          req.getData(),
          req.getPath());
      try {
        EventStatus answer = handler.handle(event);
        status = answer == null ? EventStatus.SUCCESS : answer;
      } catch (Exception e) {
        LOG.log(System.Logger.Level.WARNING, "the handler of " + req.getPubsubName() + "/" + req.getTopic() + " failed; the sidecar retries the event", e);
        status = EventStatus.RETRY;
      }
    }
    reply(out, TopicEventResponse.newBuilder().setStatus(status.proto()).build());
  }

  @Override
  public void onInvoke(dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeRequest req, StreamObserver<InvokeResponse> out) {
    PillionApp.InvokeHandler handler = app.invokeHandler(req.getMethod());
    if (handler == null) {
      out.onError(Status.UNIMPLEMENTED.withDescription("the app has no handler for method \"" + req.getMethod() + "\"").asRuntimeException());
      return;
    }
    String contentType = req.getContentType();
    InvokeRequest request = new InvokeRequest(
        req.getMethod(),
        contentType,
        Data.decodeValue(req.getData().getValue(), contentType),
        req.getData().getValue(),
        req.getHttpExtension().getVerb().name(),
        req.getHttpExtension().getQuerystring());
    Object answer;
    try {
      answer = handler.handle(request);
    } catch (Exception e) {
      out.onError(statusOf(e));
      return;
    }
    if (answer == null) {
      reply(out, InvokeResponse.getDefaultInstance());
      return;
    }
    Data.Encoded encoded;
    try {
      encoded = Data.encode(answer, null);
    } catch (RuntimeException e) {
      out.onError(Status.INTERNAL.withDescription("cannot encode the answer as JSON: " + e.getMessage()).asRuntimeException());
      return;
    }
    reply(out, InvokeResponse.newBuilder().setData(Data.any(encoded.bytes())).setContentType(encoded.contentType()).build());
  }

  @Override
  public void onJobEvent(JobEventRequest req, StreamObserver<JobEventResponse> out) {
    PillionApp.JobHandler handler = app.jobHandler(req.getName());
    if (handler == null) {
      out.onError(Status.NOT_FOUND.withDescription("the app has no handler for job \"" + req.getName() + "\"").asRuntimeException());
      return;
    }
    try {
      handler.handle(new JobEvent(req.getName(), req.getContentType(), Data.decodeJobData(req.getData(), req.getContentType()), req.getData().getValue()));
    } catch (Exception e) {
      out.onError(statusOf(e));
      return;
    }
    reply(out, JobEventResponse.getDefaultInstance());
  }

  @Override
  public void listInputBindings(Empty request, StreamObserver<ListInputBindingsResponse> out) {
    reply(out, ListInputBindingsResponse.getDefaultInstance());
  }

  private static <T> void reply(StreamObserver<T> out, T value) {
    out.onNext(value);
    out.onCompleted();
  }

  /** A handler's exception as the call's status: a gRPC status or a PillionException keeps its code, anything else is UNKNOWN. */
  static StatusRuntimeException statusOf(Exception e) {
    if (e instanceof StatusRuntimeException s) return s;
    if (e instanceof StatusException s) return s.getStatus().asRuntimeException(s.getTrailers());
    String message = e.getMessage() != null ? e.getMessage() : e.toString();
    Status.Code code = e instanceof PillionException p ? p.code() : Status.Code.UNKNOWN;
    return Status.fromCode(code).withDescription(message).asRuntimeException();
  }
}
