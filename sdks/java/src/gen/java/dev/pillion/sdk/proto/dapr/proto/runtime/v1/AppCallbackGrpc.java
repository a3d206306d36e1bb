package dev.pillion.sdk.proto.dapr.proto.runtime.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The service a gRPC app implements to receive calls, events, binding input
 * and job triggers from its sidecar.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler (version 1.68.1)",
    comments = "Source: dapr/proto/runtime/v1/appcallback.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class AppCallbackGrpc {

  private AppCallbackGrpc() {}

  public static final java.lang.String SERVICE_NAME = "dapr.proto.runtime.v1.AppCallback";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeRequest,
      dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse> getOnInvokeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "OnInvoke",
      requestType = dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeRequest,
      dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse> getOnInvokeMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeRequest, dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse> getOnInvokeMethod;
    if ((getOnInvokeMethod = AppCallbackGrpc.getOnInvokeMethod) == null) {
      synchronized (AppCallbackGrpc.class) {
        if ((getOnInvokeMethod = AppCallbackGrpc.getOnInvokeMethod) == null) {
          AppCallbackGrpc.getOnInvokeMethod = getOnInvokeMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeRequest, dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "OnInvoke"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppCallbackMethodDescriptorSupplier("OnInvoke"))
              .build();
        }
      }
    }
    return getOnInvokeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.google.protobuf.Empty,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListTopicSubscriptionsResponse> getListTopicSubscriptionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListTopicSubscriptions",
      requestType = com.google.protobuf.Empty.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListTopicSubscriptionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.google.protobuf.Empty,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListTopicSubscriptionsResponse> getListTopicSubscriptionsMethod() {
    io.grpc.MethodDescriptor<com.google.protobuf.Empty, dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListTopicSubscriptionsResponse> getListTopicSubscriptionsMethod;
    if ((getListTopicSubscriptionsMethod = AppCallbackGrpc.getListTopicSubscriptionsMethod) == null) {
      synchronized (AppCallbackGrpc.class) {
        if ((getListTopicSubscriptionsMethod = AppCallbackGrpc.getListTopicSubscriptionsMethod) == null) {
          AppCallbackGrpc.getListTopicSubscriptionsMethod = getListTopicSubscriptionsMethod =
              io.grpc.MethodDescriptor.<com.google.protobuf.Empty, dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListTopicSubscriptionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListTopicSubscriptions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListTopicSubscriptionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppCallbackMethodDescriptorSupplier("ListTopicSubscriptions"))
              .build();
        }
      }
    }
    return getListTopicSubscriptionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventResponse> getOnTopicEventMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "OnTopicEvent",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventResponse> getOnTopicEventMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventResponse> getOnTopicEventMethod;
    if ((getOnTopicEventMethod = AppCallbackGrpc.getOnTopicEventMethod) == null) {
      synchronized (AppCallbackGrpc.class) {
        if ((getOnTopicEventMethod = AppCallbackGrpc.getOnTopicEventMethod) == null) {
          AppCallbackGrpc.getOnTopicEventMethod = getOnTopicEventMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "OnTopicEvent"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppCallbackMethodDescriptorSupplier("OnTopicEvent"))
              .build();
        }
      }
    }
    return getOnTopicEventMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.google.protobuf.Empty,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListInputBindingsResponse> getListInputBindingsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListInputBindings",
      requestType = com.google.protobuf.Empty.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListInputBindingsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.google.protobuf.Empty,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListInputBindingsResponse> getListInputBindingsMethod() {
    io.grpc.MethodDescriptor<com.google.protobuf.Empty, dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListInputBindingsResponse> getListInputBindingsMethod;
    if ((getListInputBindingsMethod = AppCallbackGrpc.getListInputBindingsMethod) == null) {
      synchronized (AppCallbackGrpc.class) {
        if ((getListInputBindingsMethod = AppCallbackGrpc.getListInputBindingsMethod) == null) {
          AppCallbackGrpc.getListInputBindingsMethod = getListInputBindingsMethod =
              io.grpc.MethodDescriptor.<com.google.protobuf.Empty, dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListInputBindingsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListInputBindings"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListInputBindingsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppCallbackMethodDescriptorSupplier("ListInputBindings"))
              .build();
        }
      }
    }
    return getListInputBindingsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.BindingEventRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.BindingEventResponse> getOnBindingEventMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "OnBindingEvent",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.BindingEventRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.BindingEventResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.BindingEventRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.BindingEventResponse> getOnBindingEventMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.BindingEventRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.BindingEventResponse> getOnBindingEventMethod;
    if ((getOnBindingEventMethod = AppCallbackGrpc.getOnBindingEventMethod) == null) {
      synchronized (AppCallbackGrpc.class) {
        if ((getOnBindingEventMethod = AppCallbackGrpc.getOnBindingEventMethod) == null) {
          AppCallbackGrpc.getOnBindingEventMethod = getOnBindingEventMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.BindingEventRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.BindingEventResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "OnBindingEvent"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.BindingEventRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.BindingEventResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppCallbackMethodDescriptorSupplier("OnBindingEvent"))
              .build();
        }
      }
    }
    return getOnBindingEventMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventBulkRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventBulkResponse> getOnBulkTopicEventMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "OnBulkTopicEvent",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventBulkRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventBulkResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventBulkRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventBulkResponse> getOnBulkTopicEventMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventBulkRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventBulkResponse> getOnBulkTopicEventMethod;
    if ((getOnBulkTopicEventMethod = AppCallbackGrpc.getOnBulkTopicEventMethod) == null) {
      synchronized (AppCallbackGrpc.class) {
        if ((getOnBulkTopicEventMethod = AppCallbackGrpc.getOnBulkTopicEventMethod) == null) {
          AppCallbackGrpc.getOnBulkTopicEventMethod = getOnBulkTopicEventMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventBulkRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventBulkResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "OnBulkTopicEvent"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventBulkRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventBulkResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppCallbackMethodDescriptorSupplier("OnBulkTopicEvent"))
              .build();
        }
      }
    }
    return getOnBulkTopicEventMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventResponse> getOnJobEventMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "OnJobEvent",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventResponse> getOnJobEventMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventResponse> getOnJobEventMethod;
    if ((getOnJobEventMethod = AppCallbackGrpc.getOnJobEventMethod) == null) {
      synchronized (AppCallbackGrpc.class) {
        if ((getOnJobEventMethod = AppCallbackGrpc.getOnJobEventMethod) == null) {
          AppCallbackGrpc.getOnJobEventMethod = getOnJobEventMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "OnJobEvent"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AppCallbackMethodDescriptorSupplier("OnJobEvent"))
              .build();
        }
      }
    }
    return getOnJobEventMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static AppCallbackStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AppCallbackStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AppCallbackStub>() {
        @java.lang.Override
        public AppCallbackStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AppCallbackStub(channel, callOptions);
        }
      };
    return AppCallbackStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static AppCallbackBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AppCallbackBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AppCallbackBlockingStub>() {
        @java.lang.Override
        public AppCallbackBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AppCallbackBlockingStub(channel, callOptions);
        }
      };
    return AppCallbackBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static AppCallbackFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AppCallbackFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AppCallbackFutureStub>() {
        @java.lang.Override
        public AppCallbackFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AppCallbackFutureStub(channel, callOptions);
        }
      };
    return AppCallbackFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The service a gRPC app implements to receive calls, events, binding input
   * and job triggers from its sidecar.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Run a method of the app called through service invocation.
     * </pre>
     */
    default void onInvoke(dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getOnInvokeMethod(), responseObserver);
    }

    /**
     * <pre>
     * Ask the app which topics it subscribes to.
     * </pre>
     */
    default void listTopicSubscriptions(com.google.protobuf.Empty request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListTopicSubscriptionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListTopicSubscriptionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deliver one pub/sub event to the app.
     * </pre>
     */
    default void onTopicEvent(dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getOnTopicEventMethod(), responseObserver);
    }

    /**
     * <pre>
     * Ask the app which input bindings it listens to.
     * </pre>
     */
    default void listInputBindings(com.google.protobuf.Empty request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListInputBindingsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListInputBindingsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deliver one input binding event; the app may answer with state to save
     * and output bindings to call.
     * </pre>
     */
    default void onBindingEvent(dev.pillion.sdk.proto.dapr.proto.runtime.v1.BindingEventRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.BindingEventResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getOnBindingEventMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deliver a batch of pub/sub events to the app.
     * </pre>
     */
    default void onBulkTopicEvent(dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventBulkRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventBulkResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getOnBulkTopicEventMethod(), responseObserver);
    }

    /**
     * <pre>
     * Tell the app that one of its jobs fired.
     * </pre>
     */
    default void onJobEvent(dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getOnJobEventMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service AppCallback.
   * <pre>
   * The service a gRPC app implements to receive calls, events, binding input
   * and job triggers from its sidecar.
   * </pre>
   */
  public static abstract class AppCallbackImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return AppCallbackGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service AppCallback.
   * <pre>
   * The service a gRPC app implements to receive calls, events, binding input
   * and job triggers from its sidecar.
   * </pre>
   */
  public static final class AppCallbackStub
      extends io.grpc.stub.AbstractAsyncStub<AppCallbackStub> {
    private AppCallbackStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AppCallbackStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AppCallbackStub(channel, callOptions);
    }

    /**
     * <pre>
     * Run a method of the app called through service invocation.
     * </pre>
     */
    public void onInvoke(dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getOnInvokeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Ask the app which topics it subscribes to.
     * </pre>
     */
    public void listTopicSubscriptions(com.google.protobuf.Empty request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListTopicSubscriptionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListTopicSubscriptionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deliver one pub/sub event to the app.
     * </pre>
     */
    public void onTopicEvent(dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getOnTopicEventMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Ask the app which input bindings it listens to.
     * </pre>
     */
    public void listInputBindings(com.google.protobuf.Empty request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListInputBindingsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListInputBindingsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deliver one input binding event; the app may answer with state to save
     * and output bindings to call.
     * </pre>
     */
    public void onBindingEvent(dev.pillion.sdk.proto.dapr.proto.runtime.v1.BindingEventRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.BindingEventResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getOnBindingEventMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deliver a batch of pub/sub events to the app.
     * </pre>
     */
    public void onBulkTopicEvent(dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventBulkRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventBulkResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getOnBulkTopicEventMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Tell the app that one of its jobs fired.
     * </pre>
     */
    public void onJobEvent(dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getOnJobEventMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service AppCallback.
   * <pre>
   * The service a gRPC app implements to receive calls, events, binding input
   * and job triggers from its sidecar.
   * </pre>
   */
  public static final class AppCallbackBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<AppCallbackBlockingStub> {
    private AppCallbackBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AppCallbackBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AppCallbackBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Run a method of the app called through service invocation.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse onInvoke(dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getOnInvokeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Ask the app which topics it subscribes to.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListTopicSubscriptionsResponse listTopicSubscriptions(com.google.protobuf.Empty request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListTopicSubscriptionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deliver one pub/sub event to the app.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventResponse onTopicEvent(dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getOnTopicEventMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Ask the app which input bindings it listens to.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListInputBindingsResponse listInputBindings(com.google.protobuf.Empty request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListInputBindingsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deliver one input binding event; the app may answer with state to save
     * and output bindings to call.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.BindingEventResponse onBindingEvent(dev.pillion.sdk.proto.dapr.proto.runtime.v1.BindingEventRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getOnBindingEventMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deliver a batch of pub/sub events to the app.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventBulkResponse onBulkTopicEvent(dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventBulkRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getOnBulkTopicEventMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Tell the app that one of its jobs fired.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventResponse onJobEvent(dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getOnJobEventMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service AppCallback.
   * <pre>
   * The service a gRPC app implements to receive calls, events, binding input
   * and job triggers from its sidecar.
   * </pre>
   */
  public static final class AppCallbackFutureStub
      extends io.grpc.stub.AbstractFutureStub<AppCallbackFutureStub> {
    private AppCallbackFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AppCallbackFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AppCallbackFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Run a method of the app called through service invocation.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse> onInvoke(
        dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getOnInvokeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Ask the app which topics it subscribes to.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListTopicSubscriptionsResponse> listTopicSubscriptions(
        com.google.protobuf.Empty request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListTopicSubscriptionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deliver one pub/sub event to the app.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventResponse> onTopicEvent(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getOnTopicEventMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Ask the app which input bindings it listens to.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListInputBindingsResponse> listInputBindings(
        com.google.protobuf.Empty request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListInputBindingsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deliver one input binding event; the app may answer with state to save
     * and output bindings to call.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.BindingEventResponse> onBindingEvent(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.BindingEventRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getOnBindingEventMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deliver a batch of pub/sub events to the app.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventBulkResponse> onBulkTopicEvent(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventBulkRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getOnBulkTopicEventMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Tell the app that one of its jobs fired.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventResponse> onJobEvent(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getOnJobEventMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_ON_INVOKE = 0;
  private static final int METHODID_LIST_TOPIC_SUBSCRIPTIONS = 1;
  private static final int METHODID_ON_TOPIC_EVENT = 2;
  private static final int METHODID_LIST_INPUT_BINDINGS = 3;
  private static final int METHODID_ON_BINDING_EVENT = 4;
  private static final int METHODID_ON_BULK_TOPIC_EVENT = 5;
  private static final int METHODID_ON_JOB_EVENT = 6;

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
        case METHODID_ON_INVOKE:
          serviceImpl.onInvoke((dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse>) responseObserver);
          break;
        case METHODID_LIST_TOPIC_SUBSCRIPTIONS:
          serviceImpl.listTopicSubscriptions((com.google.protobuf.Empty) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListTopicSubscriptionsResponse>) responseObserver);
          break;
        case METHODID_ON_TOPIC_EVENT:
          serviceImpl.onTopicEvent((dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventResponse>) responseObserver);
          break;
        case METHODID_LIST_INPUT_BINDINGS:
          serviceImpl.listInputBindings((com.google.protobuf.Empty) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListInputBindingsResponse>) responseObserver);
          break;
        case METHODID_ON_BINDING_EVENT:
          serviceImpl.onBindingEvent((dev.pillion.sdk.proto.dapr.proto.runtime.v1.BindingEventRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.BindingEventResponse>) responseObserver);
          break;
        case METHODID_ON_BULK_TOPIC_EVENT:
          serviceImpl.onBulkTopicEvent((dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventBulkRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventBulkResponse>) responseObserver);
          break;
        case METHODID_ON_JOB_EVENT:
          serviceImpl.onJobEvent((dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventResponse>) responseObserver);
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
          getOnInvokeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeRequest,
              dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse>(
                service, METHODID_ON_INVOKE)))
        .addMethod(
          getListTopicSubscriptionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.google.protobuf.Empty,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListTopicSubscriptionsResponse>(
                service, METHODID_LIST_TOPIC_SUBSCRIPTIONS)))
        .addMethod(
          getOnTopicEventMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventResponse>(
                service, METHODID_ON_TOPIC_EVENT)))
        .addMethod(
          getListInputBindingsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              com.google.protobuf.Empty,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListInputBindingsResponse>(
                service, METHODID_LIST_INPUT_BINDINGS)))
        .addMethod(
          getOnBindingEventMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.BindingEventRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.BindingEventResponse>(
                service, METHODID_ON_BINDING_EVENT)))
        .addMethod(
          getOnBulkTopicEventMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventBulkRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.TopicEventBulkResponse>(
                service, METHODID_ON_BULK_TOPIC_EVENT)))
        .addMethod(
          getOnJobEventMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.JobEventResponse>(
                service, METHODID_ON_JOB_EVENT)))
        .build();
  }

  private static abstract class AppCallbackBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    AppCallbackBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.pillion.sdk.proto.dapr.proto.runtime.v1.AppcallbackProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("AppCallback");
    }
  }

  private static final class AppCallbackFileDescriptorSupplier
      extends AppCallbackBaseDescriptorSupplier {
    AppCallbackFileDescriptorSupplier() {}
  }

  private static final class AppCallbackMethodDescriptorSupplier
      extends AppCallbackBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    AppCallbackMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (AppCallbackGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new AppCallbackFileDescriptorSupplier())
              .addMethod(getOnInvokeMethod())
              .addMethod(getListTopicSubscriptionsMethod())
              .addMethod(getOnTopicEventMethod())
              .addMethod(getListInputBindingsMethod())
              .addMethod(getOnBindingEventMethod())
              .addMethod(getOnBulkTopicEventMethod())
              .addMethod(getOnJobEventMethod())
              .build();
        }
      }
    }
    return result;
  }
}
