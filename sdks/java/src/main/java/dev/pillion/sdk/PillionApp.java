package dev.pillion.sdk;

import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The app side: subscriptions, invocation handlers and job handlers, served
 * to the sidecar as its gRPC app (Dapr's AppCallback service; run the
 * sidecar with {@code --app-protocol grpc --app-port <port>}).
 *
 * <pre>{@code
 * AppServer server = new PillionApp()
 *     .subscribe("pubsub", "orders", e -> { System.out.println(e.data()); return EventStatus.SUCCESS; })
 *     .onInvoke("greet", r -> Map.of("greeting", "hello"))
 *     .listen(50051);
 * }</pre>
 */
public final class PillionApp {
  /** Handles an event: SUCCESS (or null), RETRY or DROP; an exception asks the sidecar to retry. */
  @FunctionalInterface
  public interface TopicHandler {
    EventStatus handle(TopicEvent event) throws Exception;
  }

  /**
   * Answers an invocation: {@code byte[]}/{@code ByteString} as they are, anything
   * else as JSON, null for no body. An exception fails the call: a gRPC status
   * ({@code StatusRuntimeException}, {@code StatusException}) or a
   * {@link PillionException} keeps its code, anything else is UNKNOWN with its message.
   */
  @FunctionalInterface
  public interface InvokeHandler {
    Object handle(InvokeRequest request) throws Exception;
  }

  /** Handles a due job; an exception tells the sidecar the job failed (its failure policy applies). */
  @FunctionalInterface
  public interface JobHandler {
    void handle(JobEvent job) throws Exception;
  }

  /** A subscription: pub/sub component and topic. */
  record Topic(String pubsubName, String topic) {}

  private final Map<Topic, TopicHandler> topics = new ConcurrentHashMap<>();
  private final List<Topic> order = new ArrayList<>();
  private final Map<String, InvokeHandler> methods = new ConcurrentHashMap<>();
  private final Map<String, JobHandler> jobs = new ConcurrentHashMap<>();

  /** Registers the handler of a topic (before the sidecar asks for the subscriptions, i.e. before listen). */
  public PillionApp subscribe(String pubsubName, String topic, TopicHandler handler) {
    Topic key = new Topic(pubsubName, topic);
    synchronized (order) {
      if (topics.put(key, handler) == null) order.add(key);
    }
    return this;
  }

  /** Registers the handler of an invoked method. */
  public PillionApp onInvoke(String method, InvokeHandler handler) {
    methods.put(method, handler);
    return this;
  }

  /** Registers the handler of a scheduled job ({@code client.jobs().schedule}) by its name. */
  public PillionApp onJob(String name, JobHandler handler) {
    jobs.put(name, handler);
    return this;
  }

  /** The AppCallback and AppCallbackHealthCheck services, to add to a gRPC server of your own. */
  public List<BindableService> services() {
    return List.of(new AppCallbackService(this), new AppHealthService());
  }

  /** Serves the app on 127.0.0.1:port (0 picks a free port); close the returned server to stop it. */
  public AppServer listen(int port) {
    return listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
  }

  /** Serves the app on the given address; close the returned server to stop it. */
  public AppServer listen(InetSocketAddress address) {
    NettyServerBuilder builder = NettyServerBuilder.forAddress(address);
    services().forEach(builder::addService);
    Server server = builder.build();
    try {
      server.start();
    } catch (IOException e) {
      throw new PillionException(io.grpc.Status.Code.UNAVAILABLE, "ERR_SDK_APP_LISTEN", Map.of(), "pillion: cannot listen on " + address + ": " + e.getMessage(), e);
    }
    return new AppServer(server);
  }

  List<Topic> subscriptions() {
    synchronized (order) {
      return List.copyOf(order);
    }
  }

  TopicHandler topicHandler(String pubsubName, String topic) {
    return topics.get(new Topic(pubsubName, topic));
  }

  InvokeHandler invokeHandler(String method) {
    return methods.get(method);
  }

  JobHandler jobHandler(String name) {
    return jobs.get(name);
  }
}
