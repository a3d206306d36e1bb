package dev.pillion.sdk.proto.pillion.runtime.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Health probes of the sidecar, for orchestrators, name resolvers and tests.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler (version 1.68.1)",
    comments = "Source: pillion/runtime/v1/health.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class HealthServiceGrpc {

  private HealthServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "pillion.runtime.v1.HealthService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.HealthzRequest,
      dev.pillion.sdk.proto.pillion.runtime.v1.HealthzResponse> getHealthzMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Healthz",
      requestType = dev.pillion.sdk.proto.pillion.runtime.v1.HealthzRequest.class,
      responseType = dev.pillion.sdk.proto.pillion.runtime.v1.HealthzResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.HealthzRequest,
      dev.pillion.sdk.proto.pillion.runtime.v1.HealthzResponse> getHealthzMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.HealthzRequest, dev.pillion.sdk.proto.pillion.runtime.v1.HealthzResponse> getHealthzMethod;
    if ((getHealthzMethod = HealthServiceGrpc.getHealthzMethod) == null) {
      synchronized (HealthServiceGrpc.class) {
        if ((getHealthzMethod = HealthServiceGrpc.getHealthzMethod) == null) {
          HealthServiceGrpc.getHealthzMethod = getHealthzMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.pillion.runtime.v1.HealthzRequest, dev.pillion.sdk.proto.pillion.runtime.v1.HealthzResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Healthz"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.pillion.runtime.v1.HealthzRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.pillion.runtime.v1.HealthzResponse.getDefaultInstance()))
              .setSchemaDescriptor(new HealthServiceMethodDescriptorSupplier("Healthz"))
              .build();
        }
      }
    }
    return getHealthzMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.HealthzOutboundRequest,
      dev.pillion.sdk.proto.pillion.runtime.v1.HealthzOutboundResponse> getHealthzOutboundMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "HealthzOutbound",
      requestType = dev.pillion.sdk.proto.pillion.runtime.v1.HealthzOutboundRequest.class,
      responseType = dev.pillion.sdk.proto.pillion.runtime.v1.HealthzOutboundResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.HealthzOutboundRequest,
      dev.pillion.sdk.proto.pillion.runtime.v1.HealthzOutboundResponse> getHealthzOutboundMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.HealthzOutboundRequest, dev.pillion.sdk.proto.pillion.runtime.v1.HealthzOutboundResponse> getHealthzOutboundMethod;
    if ((getHealthzOutboundMethod = HealthServiceGrpc.getHealthzOutboundMethod) == null) {
      synchronized (HealthServiceGrpc.class) {
        if ((getHealthzOutboundMethod = HealthServiceGrpc.getHealthzOutboundMethod) == null) {
          HealthServiceGrpc.getHealthzOutboundMethod = getHealthzOutboundMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.pillion.runtime.v1.HealthzOutboundRequest, dev.pillion.sdk.proto.pillion.runtime.v1.HealthzOutboundResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "HealthzOutbound"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.pillion.runtime.v1.HealthzOutboundRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.pillion.runtime.v1.HealthzOutboundResponse.getDefaultInstance()))
              .setSchemaDescriptor(new HealthServiceMethodDescriptorSupplier("HealthzOutbound"))
              .build();
        }
      }
    }
    return getHealthzOutboundMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static HealthServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<HealthServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<HealthServiceStub>() {
        @java.lang.Override
        public HealthServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new HealthServiceStub(channel, callOptions);
        }
      };
    return HealthServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static HealthServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<HealthServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<HealthServiceBlockingStub>() {
        @java.lang.Override
        public HealthServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new HealthServiceBlockingStub(channel, callOptions);
        }
      };
    return HealthServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static HealthServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<HealthServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<HealthServiceFutureStub>() {
        @java.lang.Override
        public HealthServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new HealthServiceFutureStub(channel, callOptions);
        }
      };
    return HealthServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Health probes of the sidecar, for orchestrators, name resolvers and tests.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Report whether the sidecar is ready: 204 when it is, an error otherwise
     * (ERR_HEALTH_NOT_READY, or ERR_HEALTH_APPID_NOT_MATCH when appid names
     * another app).
     * </pre>
     */
    default void healthz(dev.pillion.sdk.proto.pillion.runtime.v1.HealthzRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.HealthzResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHealthzMethod(), responseObserver);
    }

    /**
     * <pre>
     * Report whether the sidecar's outbound side (components, app channel) is
     * ready, so the app may call the sidecar: 204 when it is,
     * ERR_OUTBOUND_HEALTH_NOT_READY otherwise.
     * </pre>
     */
    default void healthzOutbound(dev.pillion.sdk.proto.pillion.runtime.v1.HealthzOutboundRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.HealthzOutboundResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getHealthzOutboundMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service HealthService.
   * <pre>
   * Health probes of the sidecar, for orchestrators, name resolvers and tests.
   * </pre>
   */
  public static abstract class HealthServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return HealthServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service HealthService.
   * <pre>
   * Health probes of the sidecar, for orchestrators, name resolvers and tests.
   * </pre>
   */
  public static final class HealthServiceStub
      extends io.grpc.stub.AbstractAsyncStub<HealthServiceStub> {
    private HealthServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected HealthServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new HealthServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Report whether the sidecar is ready: 204 when it is, an error otherwise
     * (ERR_HEALTH_NOT_READY, or ERR_HEALTH_APPID_NOT_MATCH when appid names
     * another app).
     * </pre>
     */
    public void healthz(dev.pillion.sdk.proto.pillion.runtime.v1.HealthzRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.HealthzResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHealthzMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Report whether the sidecar's outbound side (components, app channel) is
     * ready, so the app may call the sidecar: 204 when it is,
     * ERR_OUTBOUND_HEALTH_NOT_READY otherwise.
     * </pre>
     */
    public void healthzOutbound(dev.pillion.sdk.proto.pillion.runtime.v1.HealthzOutboundRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.HealthzOutboundResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getHealthzOutboundMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service HealthService.
   * <pre>
   * Health probes of the sidecar, for orchestrators, name resolvers and tests.
   * </pre>
   */
  public static final class HealthServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<HealthServiceBlockingStub> {
    private HealthServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected HealthServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new HealthServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Report whether the sidecar is ready: 204 when it is, an error otherwise
     * (ERR_HEALTH_NOT_READY, or ERR_HEALTH_APPID_NOT_MATCH when appid names
     * another app).
     * </pre>
     */
    public dev.pillion.sdk.proto.pillion.runtime.v1.HealthzResponse healthz(dev.pillion.sdk.proto.pillion.runtime.v1.HealthzRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHealthzMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Report whether the sidecar's outbound side (components, app channel) is
     * ready, so the app may call the sidecar: 204 when it is,
     * ERR_OUTBOUND_HEALTH_NOT_READY otherwise.
     * </pre>
     */
    public dev.pillion.sdk.proto.pillion.runtime.v1.HealthzOutboundResponse healthzOutbound(dev.pillion.sdk.proto.pillion.runtime.v1.HealthzOutboundRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getHealthzOutboundMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service HealthService.
   * <pre>
   * Health probes of the sidecar, for orchestrators, name resolvers and tests.
   * </pre>
   */
  public static final class HealthServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<HealthServiceFutureStub> {
    private HealthServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected HealthServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new HealthServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Report whether the sidecar is ready: 204 when it is, an error otherwise
     * (ERR_HEALTH_NOT_READY, or ERR_HEALTH_APPID_NOT_MATCH when appid names
     * another app).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.pillion.runtime.v1.HealthzResponse> healthz(
        dev.pillion.sdk.proto.pillion.runtime.v1.HealthzRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHealthzMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Report whether the sidecar's outbound side (components, app channel) is
     * ready, so the app may call the sidecar: 204 when it is,
     * ERR_OUTBOUND_HEALTH_NOT_READY otherwise.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.pillion.runtime.v1.HealthzOutboundResponse> healthzOutbound(
        dev.pillion.sdk.proto.pillion.runtime.v1.HealthzOutboundRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getHealthzOutboundMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_HEALTHZ = 0;
  private static final int METHODID_HEALTHZ_OUTBOUND = 1;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final AsyncService serviceImpl;
    private final int methodId;

    MethodHandlers(AsyncService serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_HEALTHZ:
          serviceImpl.healthz((dev.pillion.sdk.proto.pillion.runtime.v1.HealthzRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.HealthzResponse>) responseObserver);
          break;
        case METHODID_HEALTHZ_OUTBOUND:
          serviceImpl.healthzOutbound((dev.pillion.sdk.proto.pillion.runtime.v1.HealthzOutboundRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.HealthzOutboundResponse>) responseObserver);
          break;
        default:
          throw new AssertionError();
      }
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public io.grpc.stub.StreamObserver<Req> invoke(
        io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getHealthzMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.pillion.runtime.v1.HealthzRequest,
              dev.pillion.sdk.proto.pillion.runtime.v1.HealthzResponse>(
                service, METHODID_HEALTHZ)))
        .addMethod(
          getHealthzOutboundMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.pillion.runtime.v1.HealthzOutboundRequest,
              dev.pillion.sdk.proto.pillion.runtime.v1.HealthzOutboundResponse>(
                service, METHODID_HEALTHZ_OUTBOUND)))
        .build();
  }

  private static abstract class HealthServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    HealthServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.pillion.sdk.proto.pillion.runtime.v1.HealthProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("HealthService");
    }
  }

  private static final class HealthServiceFileDescriptorSupplier
      extends HealthServiceBaseDescriptorSupplier {
    HealthServiceFileDescriptorSupplier() {}
  }

  private static final class HealthServiceMethodDescriptorSupplier
      extends HealthServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    HealthServiceMethodDescriptorSupplier(java.lang.String methodName) {
      this.methodName = methodName;
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.MethodDescriptor getMethodDescriptor() {
      return getServiceDescriptor().findMethodByName(methodName);
    }
  }

  private static volatile io.grpc.ServiceDescriptor serviceDescriptor;

  public static io.grpc.ServiceDescriptor getServiceDescriptor() {
    io.grpc.ServiceDescriptor result = serviceDescriptor;
    if (result == null) {
      synchronized (HealthServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new HealthServiceFileDescriptorSupplier())
              .addMethod(getHealthzMethod())
              .addMethod(getHealthzOutboundMethod())
              .build();
        }
      }
    }
    return result;
  }
}
