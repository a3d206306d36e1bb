package dev.pillion.sdk.proto.pillion.runtime.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Writes configuration items, for development, tests and demos.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler (version 1.68.1)",
    comments = "Source: pillion/runtime/v1/configuration_admin.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class ConfigurationAdminServiceGrpc {

  private ConfigurationAdminServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "pillion.runtime.v1.ConfigurationAdminService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.SetConfigurationRequest,
      dev.pillion.sdk.proto.pillion.runtime.v1.SetConfigurationResponse> getSetConfigurationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetConfiguration",
      requestType = dev.pillion.sdk.proto.pillion.runtime.v1.SetConfigurationRequest.class,
      responseType = dev.pillion.sdk.proto.pillion.runtime.v1.SetConfigurationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.SetConfigurationRequest,
      dev.pillion.sdk.proto.pillion.runtime.v1.SetConfigurationResponse> getSetConfigurationMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.SetConfigurationRequest, dev.pillion.sdk.proto.pillion.runtime.v1.SetConfigurationResponse> getSetConfigurationMethod;
    if ((getSetConfigurationMethod = ConfigurationAdminServiceGrpc.getSetConfigurationMethod) == null) {
      synchronized (ConfigurationAdminServiceGrpc.class) {
        if ((getSetConfigurationMethod = ConfigurationAdminServiceGrpc.getSetConfigurationMethod) == null) {
          ConfigurationAdminServiceGrpc.getSetConfigurationMethod = getSetConfigurationMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.pillion.runtime.v1.SetConfigurationRequest, dev.pillion.sdk.proto.pillion.runtime.v1.SetConfigurationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetConfiguration"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.pillion.runtime.v1.SetConfigurationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.pillion.runtime.v1.SetConfigurationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConfigurationAdminServiceMethodDescriptorSupplier("SetConfiguration"))
              .build();
        }
      }
    }
    return getSetConfigurationMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ConfigurationAdminServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ConfigurationAdminServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ConfigurationAdminServiceStub>() {
        @java.lang.Override
        public ConfigurationAdminServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ConfigurationAdminServiceStub(channel, callOptions);
        }
      };
    return ConfigurationAdminServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ConfigurationAdminServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ConfigurationAdminServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ConfigurationAdminServiceBlockingStub>() {
        @java.lang.Override
        public ConfigurationAdminServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ConfigurationAdminServiceBlockingStub(channel, callOptions);
        }
      };
    return ConfigurationAdminServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ConfigurationAdminServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ConfigurationAdminServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ConfigurationAdminServiceFutureStub>() {
        @java.lang.Override
        public ConfigurationAdminServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ConfigurationAdminServiceFutureStub(channel, callOptions);
        }
      };
    return ConfigurationAdminServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Writes configuration items, for development, tests and demos.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Create or replace items and delete keys of a configuration store, as one
     * change. Answers the changed items as stored. Errors:
     * ERR_CONFIGURATION_STORE_NOT_CONFIGURED, ERR_CONFIGURATION_STORE_NOT_FOUND,
     * ERR_CONFIGURATION_STORE_NOT_SUPPORTED (the store cannot be written through
     * pillion), ERR_BAD_REQUEST (an empty key, or a key both set and
     * deleted), ERR_MALFORMED_REQUEST (a body that is not the request's JSON),
     * ERR_CONFIGURATION_SET (the store failed).
     * </pre>
     */
    default void setConfiguration(dev.pillion.sdk.proto.pillion.runtime.v1.SetConfigurationRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.SetConfigurationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetConfigurationMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ConfigurationAdminService.
   * <pre>
   * Writes configuration items, for development, tests and demos.
   * </pre>
   */
  public static abstract class ConfigurationAdminServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ConfigurationAdminServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ConfigurationAdminService.
   * <pre>
   * Writes configuration items, for development, tests and demos.
   * </pre>
   */
  public static final class ConfigurationAdminServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ConfigurationAdminServiceStub> {
    private ConfigurationAdminServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ConfigurationAdminServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ConfigurationAdminServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Create or replace items and delete keys of a configuration store, as one
     * change. Answers the changed items as stored. Errors:
     * ERR_CONFIGURATION_STORE_NOT_CONFIGURED, ERR_CONFIGURATION_STORE_NOT_FOUND,
     * ERR_CONFIGURATION_STORE_NOT_SUPPORTED (the store cannot be written through
     * pillion), ERR_BAD_REQUEST (an empty key, or a key both set and
     * deleted), ERR_MALFORMED_REQUEST (a body that is not the request's JSON),
     * ERR_CONFIGURATION_SET (the store failed).
     * </pre>
     */
    public void setConfiguration(dev.pillion.sdk.proto.pillion.runtime.v1.SetConfigurationRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.SetConfigurationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetConfigurationMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ConfigurationAdminService.
   * <pre>
   * Writes configuration items, for development, tests and demos.
   * </pre>
   */
  public static final class ConfigurationAdminServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ConfigurationAdminServiceBlockingStub> {
    private ConfigurationAdminServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ConfigurationAdminServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ConfigurationAdminServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Create or replace items and delete keys of a configuration store, as one
     * change. Answers the changed items as stored. Errors:
     * ERR_CONFIGURATION_STORE_NOT_CONFIGURED, ERR_CONFIGURATION_STORE_NOT_FOUND,
     * ERR_CONFIGURATION_STORE_NOT_SUPPORTED (the store cannot be written through
     * pillion), ERR_BAD_REQUEST (an empty key, or a key both set and
     * deleted), ERR_MALFORMED_REQUEST (a body that is not the request's JSON),
     * ERR_CONFIGURATION_SET (the store failed).
     * </pre>
     */
    public dev.pillion.sdk.proto.pillion.runtime.v1.SetConfigurationResponse setConfiguration(dev.pillion.sdk.proto.pillion.runtime.v1.SetConfigurationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetConfigurationMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ConfigurationAdminService.
   * <pre>
   * Writes configuration items, for development, tests and demos.
   * </pre>
   */
  public static final class ConfigurationAdminServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ConfigurationAdminServiceFutureStub> {
    private ConfigurationAdminServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ConfigurationAdminServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ConfigurationAdminServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Create or replace items and delete keys of a configuration store, as one
     * change. Answers the changed items as stored. Errors:
     * ERR_CONFIGURATION_STORE_NOT_CONFIGURED, ERR_CONFIGURATION_STORE_NOT_FOUND,
     * ERR_CONFIGURATION_STORE_NOT_SUPPORTED (the store cannot be written through
     * pillion), ERR_BAD_REQUEST (an empty key, or a key both set and
     * deleted), ERR_MALFORMED_REQUEST (a body that is not the request's JSON),
     * ERR_CONFIGURATION_SET (the store failed).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.pillion.runtime.v1.SetConfigurationResponse> setConfiguration(
        dev.pillion.sdk.proto.pillion.runtime.v1.SetConfigurationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetConfigurationMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_SET_CONFIGURATION = 0;

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
        case METHODID_SET_CONFIGURATION:
          serviceImpl.setConfiguration((dev.pillion.sdk.proto.pillion.runtime.v1.SetConfigurationRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.SetConfigurationResponse>) responseObserver);
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
          getSetConfigurationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.pillion.runtime.v1.SetConfigurationRequest,
              dev.pillion.sdk.proto.pillion.runtime.v1.SetConfigurationResponse>(
                service, METHODID_SET_CONFIGURATION)))
        .build();
  }

  private static abstract class ConfigurationAdminServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ConfigurationAdminServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.pillion.sdk.proto.pillion.runtime.v1.ConfigurationAdminProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ConfigurationAdminService");
    }
  }

  private static final class ConfigurationAdminServiceFileDescriptorSupplier
      extends ConfigurationAdminServiceBaseDescriptorSupplier {
    ConfigurationAdminServiceFileDescriptorSupplier() {}
  }

  private static final class ConfigurationAdminServiceMethodDescriptorSupplier
      extends ConfigurationAdminServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ConfigurationAdminServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (ConfigurationAdminServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ConfigurationAdminServiceFileDescriptorSupplier())
              .addMethod(getSetConfigurationMethod())
              .build();
        }
      }
    }
    return result;
  }
}
