package dev.pillion.sdk;

import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A client of the sidecar over gRPC: the generated facade
 * (client.state(), client.pubsub(), ..., client.invoke(...)) on one
 * channel. {@link #create()} reads the address and API token from the
 * environment as Dapr's SDKs do.
 */
public final class PillionClient extends PillionFacade implements AutoCloseable {
  private final ManagedChannel managed;

  private PillionClient(ManagedChannel managed, Transport transport) {
    super(transport);
    this.managed = managed;
  }

  /** A client of the sidecar named by DAPR_GRPC_ENDPOINT or DAPR_GRPC_PORT (default 50001), with DAPR_API_TOKEN. */
  public static PillionClient create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Closes the channel. */
  @Override
  public void close() {
    managed.shutdown();
    try {
      if (!managed.awaitTermination(5, TimeUnit.SECONDS)) managed.shutdownNow();
    } catch (InterruptedException e) {
      managed.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  public static final class Builder {
    private String target;
    private String apiToken = env("DAPR_API_TOKEN");
    private Duration timeout;

    private Builder() {
      String endpoint = env("DAPR_GRPC_ENDPOINT");
      String port = env("DAPR_GRPC_PORT");
      target = endpoint != null ? endpoint.replaceFirst("^https?://", "") : "127.0.0.1:" + (port != null ? port : "50001");
    }

    /** host:port of the sidecar's gRPC API. */
    public Builder target(String target) {
      this.target = target;
      return this;
    }

    /** The sidecar's gRPC port on 127.0.0.1. */
    public Builder grpcPort(int port) {
      this.target = "127.0.0.1:" + port;
      return this;
    }

    /** Sent as dapr-api-token with every call. */
    public Builder apiToken(String token) {
      this.apiToken = token;
      return this;
    }

    /** A deadline for every call. */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    public PillionClient build() {
      ManagedChannel channel = ManagedChannelBuilder.forTarget(target).usePlaintext().build();
      io.grpc.Channel intercepted = channel;
      if (apiToken != null && !apiToken.isEmpty()) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("dapr-api-token", Metadata.ASCII_STRING_MARSHALLER), apiToken);
        intercepted = ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(headers));
      }
      return new PillionClient(channel, new Transport(intercepted, timeout));
    }
  }

  private static String env(String name) {
    String v = System.getenv(name);
    return v == null || v.isEmpty() ? null : v;
  }
}
