package dev.pillion.sdk.proto.pillion.examples.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Stock of an inventory app: a call on the sidecar becomes a call of the app
 * with id "inventory" (a gRPC app implements this service; an HTTP app gets
 * POST /inventory/&lt;Method&gt; with the request in protobuf JSON).
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler (version 1.68.1)",
    comments = "Source: pillion/examples/v1/inventory.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class InventoryServiceGrpc {

  private InventoryServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "pillion.examples.v1.InventoryService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.examples.v1.GetItemRequest,
      dev.pillion.sdk.proto.pillion.examples.v1.GetItemResponse> getGetItemMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetItem",
      requestType = dev.pillion.sdk.proto.pillion.examples.v1.GetItemRequest.class,
      responseType = dev.pillion.sdk.proto.pillion.examples.v1.GetItemResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.examples.v1.GetItemRequest,
      dev.pillion.sdk.proto.pillion.examples.v1.GetItemResponse> getGetItemMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.examples.v1.GetItemRequest, dev.pillion.sdk.proto.pillion.examples.v1.GetItemResponse> getGetItemMethod;
    if ((getGetItemMethod = InventoryServiceGrpc.getGetItemMethod) == null) {
      synchronized (InventoryServiceGrpc.class) {
        if ((getGetItemMethod = InventoryServiceGrpc.getGetItemMethod) == null) {
          InventoryServiceGrpc.getGetItemMethod = getGetItemMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.pillion.examples.v1.GetItemRequest, dev.pillion.sdk.proto.pillion.examples.v1.GetItemResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetItem"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.pillion.examples.v1.GetItemRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.pillion.examples.v1.GetItemResponse.getDefaultInstance()))
              .setSchemaDescriptor(new InventoryServiceMethodDescriptorSupplier("GetItem"))
              .build();
        }
      }
    }
    return getGetItemMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.examples.v1.ReserveItemRequest,
      dev.pillion.sdk.proto.pillion.examples.v1.ReserveItemResponse> getReserveItemMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ReserveItem",
      requestType = dev.pillion.sdk.proto.pillion.examples.v1.ReserveItemRequest.class,
      responseType = dev.pillion.sdk.proto.pillion.examples.v1.ReserveItemResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.examples.v1.ReserveItemRequest,
      dev.pillion.sdk.proto.pillion.examples.v1.ReserveItemResponse> getReserveItemMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.examples.v1.ReserveItemRequest, dev.pillion.sdk.proto.pillion.examples.v1.ReserveItemResponse> getReserveItemMethod;
    if ((getReserveItemMethod = InventoryServiceGrpc.getReserveItemMethod) == null) {
      synchronized (InventoryServiceGrpc.class) {
        if ((getReserveItemMethod = InventoryServiceGrpc.getReserveItemMethod) == null) {
          InventoryServiceGrpc.getReserveItemMethod = getReserveItemMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.pillion.examples.v1.ReserveItemRequest, dev.pillion.sdk.proto.pillion.examples.v1.ReserveItemResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ReserveItem"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.pillion.examples.v1.ReserveItemRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.pillion.examples.v1.ReserveItemResponse.getDefaultInstance()))
              .setSchemaDescriptor(new InventoryServiceMethodDescriptorSupplier("ReserveItem"))
              .build();
        }
      }
    }
    return getReserveItemMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static InventoryServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<InventoryServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<InventoryServiceStub>() {
        @java.lang.Override
        public InventoryServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new InventoryServiceStub(channel, callOptions);
        }
      };
    return InventoryServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static InventoryServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<InventoryServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<InventoryServiceBlockingStub>() {
        @java.lang.Override
        public InventoryServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new InventoryServiceBlockingStub(channel, callOptions);
        }
      };
    return InventoryServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static InventoryServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<InventoryServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<InventoryServiceFutureStub>() {
        @java.lang.Override
        public InventoryServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new InventoryServiceFutureStub(channel, callOptions);
        }
      };
    return InventoryServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Stock of an inventory app: a call on the sidecar becomes a call of the app
   * with id "inventory" (a gRPC app implements this service; an HTTP app gets
   * POST /inventory/&lt;Method&gt; with the request in protobuf JSON).
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * One item by its SKU; NOT_FOUND when the app has no such item.
     * </pre>
     */
    default void getItem(dev.pillion.sdk.proto.pillion.examples.v1.GetItemRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.examples.v1.GetItemResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetItemMethod(), responseObserver);
    }

    /**
     * <pre>
     * Reserves a quantity of an item; FAILED_PRECONDITION when there is not
     * enough in stock.
     * </pre>
     */
    default void reserveItem(dev.pillion.sdk.proto.pillion.examples.v1.ReserveItemRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.examples.v1.ReserveItemResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getReserveItemMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service InventoryService.
   * <pre>
   * Stock of an inventory app: a call on the sidecar becomes a call of the app
   * with id "inventory" (a gRPC app implements this service; an HTTP app gets
   * POST /inventory/&lt;Method&gt; with the request in protobuf JSON).
   * </pre>
   */
  public static abstract class InventoryServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return InventoryServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service InventoryService.
   * <pre>
   * Stock of an inventory app: a call on the sidecar becomes a call of the app
   * with id "inventory" (a gRPC app implements this service; an HTTP app gets
   * POST /inventory/&lt;Method&gt; with the request in protobuf JSON).
   * </pre>
   */
  public static final class InventoryServiceStub
      extends io.grpc.stub.AbstractAsyncStub<InventoryServiceStub> {
    private InventoryServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected InventoryServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new InventoryServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * One item by its SKU; NOT_FOUND when the app has no such item.
     * </pre>
     */
    public void getItem(dev.pillion.sdk.proto.pillion.examples.v1.GetItemRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.examples.v1.GetItemResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetItemMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Reserves a quantity of an item; FAILED_PRECONDITION when there is not
     * enough in stock.
     * </pre>
     */
    public void reserveItem(dev.pillion.sdk.proto.pillion.examples.v1.ReserveItemRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.examples.v1.ReserveItemResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getReserveItemMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service InventoryService.
   * <pre>
   * Stock of an inventory app: a call on the sidecar becomes a call of the app
   * with id "inventory" (a gRPC app implements this service; an HTTP app gets
   * POST /inventory/&lt;Method&gt; with the request in protobuf JSON).
   * </pre>
   */
  public static final class InventoryServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<InventoryServiceBlockingStub> {
    private InventoryServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected InventoryServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new InventoryServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * One item by its SKU; NOT_FOUND when the app has no such item.
     * </pre>
     */
    public dev.pillion.sdk.proto.pillion.examples.v1.GetItemResponse getItem(dev.pillion.sdk.proto.pillion.examples.v1.GetItemRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetItemMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Reserves a quantity of an item; FAILED_PRECONDITION when there is not
     * enough in stock.
     * </pre>
     */
    public dev.pillion.sdk.proto.pillion.examples.v1.ReserveItemResponse reserveItem(dev.pillion.sdk.proto.pillion.examples.v1.ReserveItemRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getReserveItemMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service InventoryService.
   * <pre>
   * Stock of an inventory app: a call on the sidecar becomes a call of the app
   * with id "inventory" (a gRPC app implements this service; an HTTP app gets
   * POST /inventory/&lt;Method&gt; with the request in protobuf JSON).
   * </pre>
   */
  public static final class InventoryServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<InventoryServiceFutureStub> {
    private InventoryServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected InventoryServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new InventoryServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * One item by its SKU; NOT_FOUND when the app has no such item.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.pillion.examples.v1.GetItemResponse> getItem(
        dev.pillion.sdk.proto.pillion.examples.v1.GetItemRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetItemMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Reserves a quantity of an item; FAILED_PRECONDITION when there is not
     * enough in stock.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.pillion.examples.v1.ReserveItemResponse> reserveItem(
        dev.pillion.sdk.proto.pillion.examples.v1.ReserveItemRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getReserveItemMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_ITEM = 0;
  private static final int METHODID_RESERVE_ITEM = 1;

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
        case METHODID_GET_ITEM:
          serviceImpl.getItem((dev.pillion.sdk.proto.pillion.examples.v1.GetItemRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.examples.v1.GetItemResponse>) responseObserver);
          break;
        case METHODID_RESERVE_ITEM:
          serviceImpl.reserveItem((dev.pillion.sdk.proto.pillion.examples.v1.ReserveItemRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.examples.v1.ReserveItemResponse>) responseObserver);
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
          getGetItemMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.pillion.examples.v1.GetItemRequest,
              dev.pillion.sdk.proto.pillion.examples.v1.GetItemResponse>(
                service, METHODID_GET_ITEM)))
        .addMethod(
          getReserveItemMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.pillion.examples.v1.ReserveItemRequest,
              dev.pillion.sdk.proto.pillion.examples.v1.ReserveItemResponse>(
                service, METHODID_RESERVE_ITEM)))
        .build();
  }

  private static abstract class InventoryServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    InventoryServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.pillion.sdk.proto.pillion.examples.v1.InventoryProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("InventoryService");
    }
  }

  private static final class InventoryServiceFileDescriptorSupplier
      extends InventoryServiceBaseDescriptorSupplier {
    InventoryServiceFileDescriptorSupplier() {}
  }

  private static final class InventoryServiceMethodDescriptorSupplier
      extends InventoryServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    InventoryServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (InventoryServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new InventoryServiceFileDescriptorSupplier())
              .addMethod(getGetItemMethod())
              .addMethod(getReserveItemMethod())
              .build();
        }
      }
    }
    return result;
  }
}
