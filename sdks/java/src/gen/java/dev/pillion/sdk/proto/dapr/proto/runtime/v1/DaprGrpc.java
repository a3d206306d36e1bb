package dev.pillion.sdk.proto.dapr.proto.runtime.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The sidecar API: the building blocks an app uses through its sidecar
 * (service invocation, state, pub/sub, bindings, secrets, actors,
 * configuration, locks, cryptography, workflows, jobs, conversation) plus
 * sidecar metadata and shutdown.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler (version 1.68.1)",
    comments = "Source: dapr/proto/runtime/v1/dapr.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class DaprGrpc {

  private DaprGrpc() {}

  public static final java.lang.String SERVICE_NAME = "dapr.proto.runtime.v1.Dapr";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeServiceRequest,
      dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse> getInvokeServiceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "InvokeService",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeServiceRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeServiceRequest,
      dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse> getInvokeServiceMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeServiceRequest, dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse> getInvokeServiceMethod;
    if ((getInvokeServiceMethod = DaprGrpc.getInvokeServiceMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getInvokeServiceMethod = DaprGrpc.getInvokeServiceMethod) == null) {
          DaprGrpc.getInvokeServiceMethod = getInvokeServiceMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeServiceRequest, dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "InvokeService"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeServiceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("InvokeService"))
              .build();
        }
      }
    }
    return getInvokeServiceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetStateRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetStateResponse> getGetStateMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetState",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetStateRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetStateResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetStateRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetStateResponse> getGetStateMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetStateRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetStateResponse> getGetStateMethod;
    if ((getGetStateMethod = DaprGrpc.getGetStateMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getGetStateMethod = DaprGrpc.getGetStateMethod) == null) {
          DaprGrpc.getGetStateMethod = getGetStateMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetStateRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetStateResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetState"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetStateRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetStateResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("GetState"))
              .build();
        }
      }
    }
    return getGetStateMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkStateRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkStateResponse> getGetBulkStateMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetBulkState",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkStateRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkStateResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkStateRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkStateResponse> getGetBulkStateMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkStateRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkStateResponse> getGetBulkStateMethod;
    if ((getGetBulkStateMethod = DaprGrpc.getGetBulkStateMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getGetBulkStateMethod = DaprGrpc.getGetBulkStateMethod) == null) {
          DaprGrpc.getGetBulkStateMethod = getGetBulkStateMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkStateRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkStateResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetBulkState"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkStateRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkStateResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("GetBulkState"))
              .build();
        }
      }
    }
    return getGetBulkStateMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SaveStateRequest,
      com.google.protobuf.Empty> getSaveStateMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SaveState",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.SaveStateRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SaveStateRequest,
      com.google.protobuf.Empty> getSaveStateMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SaveStateRequest, com.google.protobuf.Empty> getSaveStateMethod;
    if ((getSaveStateMethod = DaprGrpc.getSaveStateMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getSaveStateMethod = DaprGrpc.getSaveStateMethod) == null) {
          DaprGrpc.getSaveStateMethod = getSaveStateMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SaveStateRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SaveState"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.SaveStateRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("SaveState"))
              .build();
        }
      }
    }
    return getSaveStateMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.QueryStateRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.QueryStateResponse> getQueryStateAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "QueryStateAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.QueryStateRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.QueryStateResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.QueryStateRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.QueryStateResponse> getQueryStateAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.QueryStateRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.QueryStateResponse> getQueryStateAlpha1Method;
    if ((getQueryStateAlpha1Method = DaprGrpc.getQueryStateAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getQueryStateAlpha1Method = DaprGrpc.getQueryStateAlpha1Method) == null) {
          DaprGrpc.getQueryStateAlpha1Method = getQueryStateAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.QueryStateRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.QueryStateResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "QueryStateAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.QueryStateRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.QueryStateResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("QueryStateAlpha1"))
              .build();
        }
      }
    }
    return getQueryStateAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteStateRequest,
      com.google.protobuf.Empty> getDeleteStateMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteState",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteStateRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteStateRequest,
      com.google.protobuf.Empty> getDeleteStateMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteStateRequest, com.google.protobuf.Empty> getDeleteStateMethod;
    if ((getDeleteStateMethod = DaprGrpc.getDeleteStateMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getDeleteStateMethod = DaprGrpc.getDeleteStateMethod) == null) {
          DaprGrpc.getDeleteStateMethod = getDeleteStateMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteStateRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteState"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteStateRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("DeleteState"))
              .build();
        }
      }
    }
    return getDeleteStateMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteBulkStateRequest,
      com.google.protobuf.Empty> getDeleteBulkStateMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteBulkState",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteBulkStateRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteBulkStateRequest,
      com.google.protobuf.Empty> getDeleteBulkStateMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteBulkStateRequest, com.google.protobuf.Empty> getDeleteBulkStateMethod;
    if ((getDeleteBulkStateMethod = DaprGrpc.getDeleteBulkStateMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getDeleteBulkStateMethod = DaprGrpc.getDeleteBulkStateMethod) == null) {
          DaprGrpc.getDeleteBulkStateMethod = getDeleteBulkStateMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteBulkStateRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteBulkState"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteBulkStateRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("DeleteBulkState"))
              .build();
        }
      }
    }
    return getDeleteBulkStateMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ExecuteStateTransactionRequest,
      com.google.protobuf.Empty> getExecuteStateTransactionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ExecuteStateTransaction",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.ExecuteStateTransactionRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ExecuteStateTransactionRequest,
      com.google.protobuf.Empty> getExecuteStateTransactionMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ExecuteStateTransactionRequest, com.google.protobuf.Empty> getExecuteStateTransactionMethod;
    if ((getExecuteStateTransactionMethod = DaprGrpc.getExecuteStateTransactionMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getExecuteStateTransactionMethod = DaprGrpc.getExecuteStateTransactionMethod) == null) {
          DaprGrpc.getExecuteStateTransactionMethod = getExecuteStateTransactionMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ExecuteStateTransactionRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ExecuteStateTransaction"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.ExecuteStateTransactionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("ExecuteStateTransaction"))
              .build();
        }
      }
    }
    return getExecuteStateTransactionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.PublishEventRequest,
      com.google.protobuf.Empty> getPublishEventMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PublishEvent",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.PublishEventRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.PublishEventRequest,
      com.google.protobuf.Empty> getPublishEventMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.PublishEventRequest, com.google.protobuf.Empty> getPublishEventMethod;
    if ((getPublishEventMethod = DaprGrpc.getPublishEventMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getPublishEventMethod = DaprGrpc.getPublishEventMethod) == null) {
          DaprGrpc.getPublishEventMethod = getPublishEventMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.PublishEventRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PublishEvent"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.PublishEventRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("PublishEvent"))
              .build();
        }
      }
    }
    return getPublishEventMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishResponse> getBulkPublishEventAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BulkPublishEventAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishResponse> getBulkPublishEventAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishResponse> getBulkPublishEventAlpha1Method;
    if ((getBulkPublishEventAlpha1Method = DaprGrpc.getBulkPublishEventAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getBulkPublishEventAlpha1Method = DaprGrpc.getBulkPublishEventAlpha1Method) == null) {
          DaprGrpc.getBulkPublishEventAlpha1Method = getBulkPublishEventAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BulkPublishEventAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("BulkPublishEventAlpha1"))
              .build();
        }
      }
    }
    return getBulkPublishEventAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishResponse> getBulkPublishEventMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BulkPublishEvent",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishResponse> getBulkPublishEventMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishResponse> getBulkPublishEventMethod;
    if ((getBulkPublishEventMethod = DaprGrpc.getBulkPublishEventMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getBulkPublishEventMethod = DaprGrpc.getBulkPublishEventMethod) == null) {
          DaprGrpc.getBulkPublishEventMethod = getBulkPublishEventMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BulkPublishEvent"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("BulkPublishEvent"))
              .build();
        }
      }
    }
    return getBulkPublishEventMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeTopicEventsRequestAlpha1,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeTopicEventsResponseAlpha1> getSubscribeTopicEventsAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SubscribeTopicEventsAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeTopicEventsRequestAlpha1.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeTopicEventsResponseAlpha1.class,
      methodType = io.grpc.MethodDescriptor.MethodType.BIDI_STREAMING)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeTopicEventsRequestAlpha1,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeTopicEventsResponseAlpha1> getSubscribeTopicEventsAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeTopicEventsRequestAlpha1, dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeTopicEventsResponseAlpha1> getSubscribeTopicEventsAlpha1Method;
    if ((getSubscribeTopicEventsAlpha1Method = DaprGrpc.getSubscribeTopicEventsAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getSubscribeTopicEventsAlpha1Method = DaprGrpc.getSubscribeTopicEventsAlpha1Method) == null) {
          DaprGrpc.getSubscribeTopicEventsAlpha1Method = getSubscribeTopicEventsAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeTopicEventsRequestAlpha1, dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeTopicEventsResponseAlpha1>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.BIDI_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SubscribeTopicEventsAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeTopicEventsRequestAlpha1.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeTopicEventsResponseAlpha1.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("SubscribeTopicEventsAlpha1"))
              .build();
        }
      }
    }
    return getSubscribeTopicEventsAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeBindingRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeBindingResponse> getInvokeBindingMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "InvokeBinding",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeBindingRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeBindingResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeBindingRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeBindingResponse> getInvokeBindingMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeBindingRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeBindingResponse> getInvokeBindingMethod;
    if ((getInvokeBindingMethod = DaprGrpc.getInvokeBindingMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getInvokeBindingMethod = DaprGrpc.getInvokeBindingMethod) == null) {
          DaprGrpc.getInvokeBindingMethod = getInvokeBindingMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeBindingRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeBindingResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "InvokeBinding"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeBindingRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeBindingResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("InvokeBinding"))
              .build();
        }
      }
    }
    return getInvokeBindingMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetSecretRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetSecretResponse> getGetSecretMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSecret",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetSecretRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetSecretResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetSecretRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetSecretResponse> getGetSecretMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetSecretRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetSecretResponse> getGetSecretMethod;
    if ((getGetSecretMethod = DaprGrpc.getGetSecretMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getGetSecretMethod = DaprGrpc.getGetSecretMethod) == null) {
          DaprGrpc.getGetSecretMethod = getGetSecretMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetSecretRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetSecretResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSecret"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetSecretRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetSecretResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("GetSecret"))
              .build();
        }
      }
    }
    return getGetSecretMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkSecretRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkSecretResponse> getGetBulkSecretMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetBulkSecret",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkSecretRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkSecretResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkSecretRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkSecretResponse> getGetBulkSecretMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkSecretRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkSecretResponse> getGetBulkSecretMethod;
    if ((getGetBulkSecretMethod = DaprGrpc.getGetBulkSecretMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getGetBulkSecretMethod = DaprGrpc.getGetBulkSecretMethod) == null) {
          DaprGrpc.getGetBulkSecretMethod = getGetBulkSecretMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkSecretRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkSecretResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetBulkSecret"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkSecretRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkSecretResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("GetBulkSecret"))
              .build();
        }
      }
    }
    return getGetBulkSecretMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.RegisterActorTimerRequest,
      com.google.protobuf.Empty> getRegisterActorTimerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RegisterActorTimer",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.RegisterActorTimerRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.RegisterActorTimerRequest,
      com.google.protobuf.Empty> getRegisterActorTimerMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.RegisterActorTimerRequest, com.google.protobuf.Empty> getRegisterActorTimerMethod;
    if ((getRegisterActorTimerMethod = DaprGrpc.getRegisterActorTimerMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getRegisterActorTimerMethod = DaprGrpc.getRegisterActorTimerMethod) == null) {
          DaprGrpc.getRegisterActorTimerMethod = getRegisterActorTimerMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.RegisterActorTimerRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RegisterActorTimer"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.RegisterActorTimerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("RegisterActorTimer"))
              .build();
        }
      }
    }
    return getRegisterActorTimerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorTimerRequest,
      com.google.protobuf.Empty> getUnregisterActorTimerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UnregisterActorTimer",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorTimerRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorTimerRequest,
      com.google.protobuf.Empty> getUnregisterActorTimerMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorTimerRequest, com.google.protobuf.Empty> getUnregisterActorTimerMethod;
    if ((getUnregisterActorTimerMethod = DaprGrpc.getUnregisterActorTimerMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getUnregisterActorTimerMethod = DaprGrpc.getUnregisterActorTimerMethod) == null) {
          DaprGrpc.getUnregisterActorTimerMethod = getUnregisterActorTimerMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorTimerRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UnregisterActorTimer"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorTimerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("UnregisterActorTimer"))
              .build();
        }
      }
    }
    return getUnregisterActorTimerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.RegisterActorReminderRequest,
      com.google.protobuf.Empty> getRegisterActorReminderMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RegisterActorReminder",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.RegisterActorReminderRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.RegisterActorReminderRequest,
      com.google.protobuf.Empty> getRegisterActorReminderMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.RegisterActorReminderRequest, com.google.protobuf.Empty> getRegisterActorReminderMethod;
    if ((getRegisterActorReminderMethod = DaprGrpc.getRegisterActorReminderMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getRegisterActorReminderMethod = DaprGrpc.getRegisterActorReminderMethod) == null) {
          DaprGrpc.getRegisterActorReminderMethod = getRegisterActorReminderMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.RegisterActorReminderRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RegisterActorReminder"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.RegisterActorReminderRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("RegisterActorReminder"))
              .build();
        }
      }
    }
    return getRegisterActorReminderMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorReminderRequest,
      com.google.protobuf.Empty> getUnregisterActorReminderMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UnregisterActorReminder",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorReminderRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorReminderRequest,
      com.google.protobuf.Empty> getUnregisterActorReminderMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorReminderRequest, com.google.protobuf.Empty> getUnregisterActorReminderMethod;
    if ((getUnregisterActorReminderMethod = DaprGrpc.getUnregisterActorReminderMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getUnregisterActorReminderMethod = DaprGrpc.getUnregisterActorReminderMethod) == null) {
          DaprGrpc.getUnregisterActorReminderMethod = getUnregisterActorReminderMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorReminderRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UnregisterActorReminder"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorReminderRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("UnregisterActorReminder"))
              .build();
        }
      }
    }
    return getUnregisterActorReminderMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorRemindersByTypeRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorRemindersByTypeResponse> getUnregisterActorRemindersByTypeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UnregisterActorRemindersByType",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorRemindersByTypeRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorRemindersByTypeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorRemindersByTypeRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorRemindersByTypeResponse> getUnregisterActorRemindersByTypeMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorRemindersByTypeRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorRemindersByTypeResponse> getUnregisterActorRemindersByTypeMethod;
    if ((getUnregisterActorRemindersByTypeMethod = DaprGrpc.getUnregisterActorRemindersByTypeMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getUnregisterActorRemindersByTypeMethod = DaprGrpc.getUnregisterActorRemindersByTypeMethod) == null) {
          DaprGrpc.getUnregisterActorRemindersByTypeMethod = getUnregisterActorRemindersByTypeMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorRemindersByTypeRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorRemindersByTypeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UnregisterActorRemindersByType"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorRemindersByTypeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorRemindersByTypeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("UnregisterActorRemindersByType"))
              .build();
        }
      }
    }
    return getUnregisterActorRemindersByTypeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListActorRemindersRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListActorRemindersResponse> getListActorRemindersMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListActorReminders",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListActorRemindersRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListActorRemindersResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListActorRemindersRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListActorRemindersResponse> getListActorRemindersMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListActorRemindersRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListActorRemindersResponse> getListActorRemindersMethod;
    if ((getListActorRemindersMethod = DaprGrpc.getListActorRemindersMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getListActorRemindersMethod = DaprGrpc.getListActorRemindersMethod) == null) {
          DaprGrpc.getListActorRemindersMethod = getListActorRemindersMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListActorRemindersRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListActorRemindersResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListActorReminders"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListActorRemindersRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListActorRemindersResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("ListActorReminders"))
              .build();
        }
      }
    }
    return getListActorRemindersMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorStateRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorStateResponse> getGetActorStateMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetActorState",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorStateRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorStateResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorStateRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorStateResponse> getGetActorStateMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorStateRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorStateResponse> getGetActorStateMethod;
    if ((getGetActorStateMethod = DaprGrpc.getGetActorStateMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getGetActorStateMethod = DaprGrpc.getGetActorStateMethod) == null) {
          DaprGrpc.getGetActorStateMethod = getGetActorStateMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorStateRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorStateResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetActorState"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorStateRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorStateResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("GetActorState"))
              .build();
        }
      }
    }
    return getGetActorStateMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorReminderRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorReminderResponse> getGetActorReminderMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetActorReminder",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorReminderRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorReminderResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorReminderRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorReminderResponse> getGetActorReminderMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorReminderRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorReminderResponse> getGetActorReminderMethod;
    if ((getGetActorReminderMethod = DaprGrpc.getGetActorReminderMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getGetActorReminderMethod = DaprGrpc.getGetActorReminderMethod) == null) {
          DaprGrpc.getGetActorReminderMethod = getGetActorReminderMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorReminderRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorReminderResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetActorReminder"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorReminderRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorReminderResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("GetActorReminder"))
              .build();
        }
      }
    }
    return getGetActorReminderMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ExecuteActorStateTransactionRequest,
      com.google.protobuf.Empty> getExecuteActorStateTransactionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ExecuteActorStateTransaction",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.ExecuteActorStateTransactionRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ExecuteActorStateTransactionRequest,
      com.google.protobuf.Empty> getExecuteActorStateTransactionMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ExecuteActorStateTransactionRequest, com.google.protobuf.Empty> getExecuteActorStateTransactionMethod;
    if ((getExecuteActorStateTransactionMethod = DaprGrpc.getExecuteActorStateTransactionMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getExecuteActorStateTransactionMethod = DaprGrpc.getExecuteActorStateTransactionMethod) == null) {
          DaprGrpc.getExecuteActorStateTransactionMethod = getExecuteActorStateTransactionMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ExecuteActorStateTransactionRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ExecuteActorStateTransaction"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.ExecuteActorStateTransactionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("ExecuteActorStateTransaction"))
              .build();
        }
      }
    }
    return getExecuteActorStateTransactionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeActorRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeActorResponse> getInvokeActorMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "InvokeActor",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeActorRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeActorResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeActorRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeActorResponse> getInvokeActorMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeActorRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeActorResponse> getInvokeActorMethod;
    if ((getInvokeActorMethod = DaprGrpc.getInvokeActorMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getInvokeActorMethod = DaprGrpc.getInvokeActorMethod) == null) {
          DaprGrpc.getInvokeActorMethod = getInvokeActorMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeActorRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeActorResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "InvokeActor"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeActorRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeActorResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("InvokeActor"))
              .build();
        }
      }
    }
    return getInvokeActorMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeActorEventsRequestAlpha1,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeActorEventsResponseAlpha1> getSubscribeActorEventsAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SubscribeActorEventsAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeActorEventsRequestAlpha1.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeActorEventsResponseAlpha1.class,
      methodType = io.grpc.MethodDescriptor.MethodType.BIDI_STREAMING)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeActorEventsRequestAlpha1,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeActorEventsResponseAlpha1> getSubscribeActorEventsAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeActorEventsRequestAlpha1, dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeActorEventsResponseAlpha1> getSubscribeActorEventsAlpha1Method;
    if ((getSubscribeActorEventsAlpha1Method = DaprGrpc.getSubscribeActorEventsAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getSubscribeActorEventsAlpha1Method = DaprGrpc.getSubscribeActorEventsAlpha1Method) == null) {
          DaprGrpc.getSubscribeActorEventsAlpha1Method = getSubscribeActorEventsAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeActorEventsRequestAlpha1, dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeActorEventsResponseAlpha1>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.BIDI_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SubscribeActorEventsAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeActorEventsRequestAlpha1.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeActorEventsResponseAlpha1.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("SubscribeActorEventsAlpha1"))
              .build();
        }
      }
    }
    return getSubscribeActorEventsAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationResponse> getGetConfigurationAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetConfigurationAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationResponse> getGetConfigurationAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationResponse> getGetConfigurationAlpha1Method;
    if ((getGetConfigurationAlpha1Method = DaprGrpc.getGetConfigurationAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getGetConfigurationAlpha1Method = DaprGrpc.getGetConfigurationAlpha1Method) == null) {
          DaprGrpc.getGetConfigurationAlpha1Method = getGetConfigurationAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetConfigurationAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("GetConfigurationAlpha1"))
              .build();
        }
      }
    }
    return getGetConfigurationAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationResponse> getGetConfigurationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetConfiguration",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationResponse> getGetConfigurationMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationResponse> getGetConfigurationMethod;
    if ((getGetConfigurationMethod = DaprGrpc.getGetConfigurationMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getGetConfigurationMethod = DaprGrpc.getGetConfigurationMethod) == null) {
          DaprGrpc.getGetConfigurationMethod = getGetConfigurationMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetConfiguration"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("GetConfiguration"))
              .build();
        }
      }
    }
    return getGetConfigurationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationResponse> getSubscribeConfigurationAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SubscribeConfigurationAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationResponse> getSubscribeConfigurationAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationResponse> getSubscribeConfigurationAlpha1Method;
    if ((getSubscribeConfigurationAlpha1Method = DaprGrpc.getSubscribeConfigurationAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getSubscribeConfigurationAlpha1Method = DaprGrpc.getSubscribeConfigurationAlpha1Method) == null) {
          DaprGrpc.getSubscribeConfigurationAlpha1Method = getSubscribeConfigurationAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SubscribeConfigurationAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("SubscribeConfigurationAlpha1"))
              .build();
        }
      }
    }
    return getSubscribeConfigurationAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationResponse> getSubscribeConfigurationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SubscribeConfiguration",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationResponse> getSubscribeConfigurationMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationResponse> getSubscribeConfigurationMethod;
    if ((getSubscribeConfigurationMethod = DaprGrpc.getSubscribeConfigurationMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getSubscribeConfigurationMethod = DaprGrpc.getSubscribeConfigurationMethod) == null) {
          DaprGrpc.getSubscribeConfigurationMethod = getSubscribeConfigurationMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SubscribeConfiguration"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("SubscribeConfiguration"))
              .build();
        }
      }
    }
    return getSubscribeConfigurationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationResponse> getUnsubscribeConfigurationAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UnsubscribeConfigurationAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationResponse> getUnsubscribeConfigurationAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationResponse> getUnsubscribeConfigurationAlpha1Method;
    if ((getUnsubscribeConfigurationAlpha1Method = DaprGrpc.getUnsubscribeConfigurationAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getUnsubscribeConfigurationAlpha1Method = DaprGrpc.getUnsubscribeConfigurationAlpha1Method) == null) {
          DaprGrpc.getUnsubscribeConfigurationAlpha1Method = getUnsubscribeConfigurationAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UnsubscribeConfigurationAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("UnsubscribeConfigurationAlpha1"))
              .build();
        }
      }
    }
    return getUnsubscribeConfigurationAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationResponse> getUnsubscribeConfigurationMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UnsubscribeConfiguration",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationResponse> getUnsubscribeConfigurationMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationResponse> getUnsubscribeConfigurationMethod;
    if ((getUnsubscribeConfigurationMethod = DaprGrpc.getUnsubscribeConfigurationMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getUnsubscribeConfigurationMethod = DaprGrpc.getUnsubscribeConfigurationMethod) == null) {
          DaprGrpc.getUnsubscribeConfigurationMethod = getUnsubscribeConfigurationMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UnsubscribeConfiguration"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("UnsubscribeConfiguration"))
              .build();
        }
      }
    }
    return getUnsubscribeConfigurationMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TryLockRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.TryLockResponse> getTryLockAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "TryLockAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.TryLockRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.TryLockResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TryLockRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.TryLockResponse> getTryLockAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TryLockRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.TryLockResponse> getTryLockAlpha1Method;
    if ((getTryLockAlpha1Method = DaprGrpc.getTryLockAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getTryLockAlpha1Method = DaprGrpc.getTryLockAlpha1Method) == null) {
          DaprGrpc.getTryLockAlpha1Method = getTryLockAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TryLockRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.TryLockResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "TryLockAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.TryLockRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.TryLockResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("TryLockAlpha1"))
              .build();
        }
      }
    }
    return getTryLockAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnlockRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnlockResponse> getUnlockAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UnlockAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnlockRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnlockResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnlockRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnlockResponse> getUnlockAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnlockRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnlockResponse> getUnlockAlpha1Method;
    if ((getUnlockAlpha1Method = DaprGrpc.getUnlockAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getUnlockAlpha1Method = DaprGrpc.getUnlockAlpha1Method) == null) {
          DaprGrpc.getUnlockAlpha1Method = getUnlockAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnlockRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnlockResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UnlockAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnlockRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnlockResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("UnlockAlpha1"))
              .build();
        }
      }
    }
    return getUnlockAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.EncryptRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.EncryptResponse> getEncryptAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "EncryptAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.EncryptRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.EncryptResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.BIDI_STREAMING)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.EncryptRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.EncryptResponse> getEncryptAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.EncryptRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.EncryptResponse> getEncryptAlpha1Method;
    if ((getEncryptAlpha1Method = DaprGrpc.getEncryptAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getEncryptAlpha1Method = DaprGrpc.getEncryptAlpha1Method) == null) {
          DaprGrpc.getEncryptAlpha1Method = getEncryptAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.EncryptRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.EncryptResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.BIDI_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "EncryptAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.EncryptRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.EncryptResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("EncryptAlpha1"))
              .build();
        }
      }
    }
    return getEncryptAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DecryptRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.DecryptResponse> getDecryptAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DecryptAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.DecryptRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.DecryptResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.BIDI_STREAMING)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DecryptRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.DecryptResponse> getDecryptAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DecryptRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.DecryptResponse> getDecryptAlpha1Method;
    if ((getDecryptAlpha1Method = DaprGrpc.getDecryptAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getDecryptAlpha1Method = DaprGrpc.getDecryptAlpha1Method) == null) {
          DaprGrpc.getDecryptAlpha1Method = getDecryptAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DecryptRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.DecryptResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.BIDI_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DecryptAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.DecryptRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.DecryptResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("DecryptAlpha1"))
              .build();
        }
      }
    }
    return getDecryptAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetMetadataRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetMetadataResponse> getGetMetadataMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetMetadata",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetMetadataRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetMetadataResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetMetadataRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetMetadataResponse> getGetMetadataMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetMetadataRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetMetadataResponse> getGetMetadataMethod;
    if ((getGetMetadataMethod = DaprGrpc.getGetMetadataMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getGetMetadataMethod = DaprGrpc.getGetMetadataMethod) == null) {
          DaprGrpc.getGetMetadataMethod = getGetMetadataMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetMetadataRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetMetadataResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetMetadata"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetMetadataRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetMetadataResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("GetMetadata"))
              .build();
        }
      }
    }
    return getGetMetadataMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SetMetadataRequest,
      com.google.protobuf.Empty> getSetMetadataMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetMetadata",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.SetMetadataRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SetMetadataRequest,
      com.google.protobuf.Empty> getSetMetadataMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SetMetadataRequest, com.google.protobuf.Empty> getSetMetadataMethod;
    if ((getSetMetadataMethod = DaprGrpc.getSetMetadataMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getSetMetadataMethod = DaprGrpc.getSetMetadataMethod) == null) {
          DaprGrpc.getSetMetadataMethod = getSetMetadataMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SetMetadataRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetMetadata"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.SetMetadataRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("SetMetadata"))
              .build();
        }
      }
    }
    return getSetMetadataMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleGetKeyRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleGetKeyResponse> getSubtleGetKeyAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SubtleGetKeyAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleGetKeyRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleGetKeyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleGetKeyRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleGetKeyResponse> getSubtleGetKeyAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleGetKeyRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleGetKeyResponse> getSubtleGetKeyAlpha1Method;
    if ((getSubtleGetKeyAlpha1Method = DaprGrpc.getSubtleGetKeyAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getSubtleGetKeyAlpha1Method = DaprGrpc.getSubtleGetKeyAlpha1Method) == null) {
          DaprGrpc.getSubtleGetKeyAlpha1Method = getSubtleGetKeyAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleGetKeyRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleGetKeyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SubtleGetKeyAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleGetKeyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleGetKeyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("SubtleGetKeyAlpha1"))
              .build();
        }
      }
    }
    return getSubtleGetKeyAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleEncryptRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleEncryptResponse> getSubtleEncryptAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SubtleEncryptAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleEncryptRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleEncryptResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleEncryptRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleEncryptResponse> getSubtleEncryptAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleEncryptRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleEncryptResponse> getSubtleEncryptAlpha1Method;
    if ((getSubtleEncryptAlpha1Method = DaprGrpc.getSubtleEncryptAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getSubtleEncryptAlpha1Method = DaprGrpc.getSubtleEncryptAlpha1Method) == null) {
          DaprGrpc.getSubtleEncryptAlpha1Method = getSubtleEncryptAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleEncryptRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleEncryptResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SubtleEncryptAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleEncryptRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleEncryptResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("SubtleEncryptAlpha1"))
              .build();
        }
      }
    }
    return getSubtleEncryptAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleDecryptRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleDecryptResponse> getSubtleDecryptAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SubtleDecryptAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleDecryptRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleDecryptResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleDecryptRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleDecryptResponse> getSubtleDecryptAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleDecryptRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleDecryptResponse> getSubtleDecryptAlpha1Method;
    if ((getSubtleDecryptAlpha1Method = DaprGrpc.getSubtleDecryptAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getSubtleDecryptAlpha1Method = DaprGrpc.getSubtleDecryptAlpha1Method) == null) {
          DaprGrpc.getSubtleDecryptAlpha1Method = getSubtleDecryptAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleDecryptRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleDecryptResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SubtleDecryptAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleDecryptRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleDecryptResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("SubtleDecryptAlpha1"))
              .build();
        }
      }
    }
    return getSubtleDecryptAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleWrapKeyRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleWrapKeyResponse> getSubtleWrapKeyAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SubtleWrapKeyAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleWrapKeyRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleWrapKeyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleWrapKeyRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleWrapKeyResponse> getSubtleWrapKeyAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleWrapKeyRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleWrapKeyResponse> getSubtleWrapKeyAlpha1Method;
    if ((getSubtleWrapKeyAlpha1Method = DaprGrpc.getSubtleWrapKeyAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getSubtleWrapKeyAlpha1Method = DaprGrpc.getSubtleWrapKeyAlpha1Method) == null) {
          DaprGrpc.getSubtleWrapKeyAlpha1Method = getSubtleWrapKeyAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleWrapKeyRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleWrapKeyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SubtleWrapKeyAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleWrapKeyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleWrapKeyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("SubtleWrapKeyAlpha1"))
              .build();
        }
      }
    }
    return getSubtleWrapKeyAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleUnwrapKeyRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleUnwrapKeyResponse> getSubtleUnwrapKeyAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SubtleUnwrapKeyAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleUnwrapKeyRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleUnwrapKeyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleUnwrapKeyRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleUnwrapKeyResponse> getSubtleUnwrapKeyAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleUnwrapKeyRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleUnwrapKeyResponse> getSubtleUnwrapKeyAlpha1Method;
    if ((getSubtleUnwrapKeyAlpha1Method = DaprGrpc.getSubtleUnwrapKeyAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getSubtleUnwrapKeyAlpha1Method = DaprGrpc.getSubtleUnwrapKeyAlpha1Method) == null) {
          DaprGrpc.getSubtleUnwrapKeyAlpha1Method = getSubtleUnwrapKeyAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleUnwrapKeyRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleUnwrapKeyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SubtleUnwrapKeyAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleUnwrapKeyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleUnwrapKeyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("SubtleUnwrapKeyAlpha1"))
              .build();
        }
      }
    }
    return getSubtleUnwrapKeyAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleSignRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleSignResponse> getSubtleSignAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SubtleSignAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleSignRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleSignResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleSignRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleSignResponse> getSubtleSignAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleSignRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleSignResponse> getSubtleSignAlpha1Method;
    if ((getSubtleSignAlpha1Method = DaprGrpc.getSubtleSignAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getSubtleSignAlpha1Method = DaprGrpc.getSubtleSignAlpha1Method) == null) {
          DaprGrpc.getSubtleSignAlpha1Method = getSubtleSignAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleSignRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleSignResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SubtleSignAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleSignRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleSignResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("SubtleSignAlpha1"))
              .build();
        }
      }
    }
    return getSubtleSignAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleVerifyRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleVerifyResponse> getSubtleVerifyAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SubtleVerifyAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleVerifyRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleVerifyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleVerifyRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleVerifyResponse> getSubtleVerifyAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleVerifyRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleVerifyResponse> getSubtleVerifyAlpha1Method;
    if ((getSubtleVerifyAlpha1Method = DaprGrpc.getSubtleVerifyAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getSubtleVerifyAlpha1Method = DaprGrpc.getSubtleVerifyAlpha1Method) == null) {
          DaprGrpc.getSubtleVerifyAlpha1Method = getSubtleVerifyAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleVerifyRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleVerifyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SubtleVerifyAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleVerifyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleVerifyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("SubtleVerifyAlpha1"))
              .build();
        }
      }
    }
    return getSubtleVerifyAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowResponse> getStartWorkflowAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "StartWorkflowAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowResponse> getStartWorkflowAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowResponse> getStartWorkflowAlpha1Method;
    if ((getStartWorkflowAlpha1Method = DaprGrpc.getStartWorkflowAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getStartWorkflowAlpha1Method = DaprGrpc.getStartWorkflowAlpha1Method) == null) {
          DaprGrpc.getStartWorkflowAlpha1Method = getStartWorkflowAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "StartWorkflowAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("StartWorkflowAlpha1"))
              .build();
        }
      }
    }
    return getStartWorkflowAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowResponse> getGetWorkflowAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetWorkflowAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowResponse> getGetWorkflowAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowResponse> getGetWorkflowAlpha1Method;
    if ((getGetWorkflowAlpha1Method = DaprGrpc.getGetWorkflowAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getGetWorkflowAlpha1Method = DaprGrpc.getGetWorkflowAlpha1Method) == null) {
          DaprGrpc.getGetWorkflowAlpha1Method = getGetWorkflowAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetWorkflowAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("GetWorkflowAlpha1"))
              .build();
        }
      }
    }
    return getGetWorkflowAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.PurgeWorkflowRequest,
      com.google.protobuf.Empty> getPurgeWorkflowAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgeWorkflowAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.PurgeWorkflowRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.PurgeWorkflowRequest,
      com.google.protobuf.Empty> getPurgeWorkflowAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.PurgeWorkflowRequest, com.google.protobuf.Empty> getPurgeWorkflowAlpha1Method;
    if ((getPurgeWorkflowAlpha1Method = DaprGrpc.getPurgeWorkflowAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getPurgeWorkflowAlpha1Method = DaprGrpc.getPurgeWorkflowAlpha1Method) == null) {
          DaprGrpc.getPurgeWorkflowAlpha1Method = getPurgeWorkflowAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.PurgeWorkflowRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgeWorkflowAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.PurgeWorkflowRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("PurgeWorkflowAlpha1"))
              .build();
        }
      }
    }
    return getPurgeWorkflowAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TerminateWorkflowRequest,
      com.google.protobuf.Empty> getTerminateWorkflowAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "TerminateWorkflowAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.TerminateWorkflowRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TerminateWorkflowRequest,
      com.google.protobuf.Empty> getTerminateWorkflowAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TerminateWorkflowRequest, com.google.protobuf.Empty> getTerminateWorkflowAlpha1Method;
    if ((getTerminateWorkflowAlpha1Method = DaprGrpc.getTerminateWorkflowAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getTerminateWorkflowAlpha1Method = DaprGrpc.getTerminateWorkflowAlpha1Method) == null) {
          DaprGrpc.getTerminateWorkflowAlpha1Method = getTerminateWorkflowAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TerminateWorkflowRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "TerminateWorkflowAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.TerminateWorkflowRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("TerminateWorkflowAlpha1"))
              .build();
        }
      }
    }
    return getTerminateWorkflowAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.PauseWorkflowRequest,
      com.google.protobuf.Empty> getPauseWorkflowAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PauseWorkflowAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.PauseWorkflowRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.PauseWorkflowRequest,
      com.google.protobuf.Empty> getPauseWorkflowAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.PauseWorkflowRequest, com.google.protobuf.Empty> getPauseWorkflowAlpha1Method;
    if ((getPauseWorkflowAlpha1Method = DaprGrpc.getPauseWorkflowAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getPauseWorkflowAlpha1Method = DaprGrpc.getPauseWorkflowAlpha1Method) == null) {
          DaprGrpc.getPauseWorkflowAlpha1Method = getPauseWorkflowAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.PauseWorkflowRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PauseWorkflowAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.PauseWorkflowRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("PauseWorkflowAlpha1"))
              .build();
        }
      }
    }
    return getPauseWorkflowAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ResumeWorkflowRequest,
      com.google.protobuf.Empty> getResumeWorkflowAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ResumeWorkflowAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.ResumeWorkflowRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ResumeWorkflowRequest,
      com.google.protobuf.Empty> getResumeWorkflowAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ResumeWorkflowRequest, com.google.protobuf.Empty> getResumeWorkflowAlpha1Method;
    if ((getResumeWorkflowAlpha1Method = DaprGrpc.getResumeWorkflowAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getResumeWorkflowAlpha1Method = DaprGrpc.getResumeWorkflowAlpha1Method) == null) {
          DaprGrpc.getResumeWorkflowAlpha1Method = getResumeWorkflowAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ResumeWorkflowRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ResumeWorkflowAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.ResumeWorkflowRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("ResumeWorkflowAlpha1"))
              .build();
        }
      }
    }
    return getResumeWorkflowAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.RaiseEventWorkflowRequest,
      com.google.protobuf.Empty> getRaiseEventWorkflowAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RaiseEventWorkflowAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.RaiseEventWorkflowRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.RaiseEventWorkflowRequest,
      com.google.protobuf.Empty> getRaiseEventWorkflowAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.RaiseEventWorkflowRequest, com.google.protobuf.Empty> getRaiseEventWorkflowAlpha1Method;
    if ((getRaiseEventWorkflowAlpha1Method = DaprGrpc.getRaiseEventWorkflowAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getRaiseEventWorkflowAlpha1Method = DaprGrpc.getRaiseEventWorkflowAlpha1Method) == null) {
          DaprGrpc.getRaiseEventWorkflowAlpha1Method = getRaiseEventWorkflowAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.RaiseEventWorkflowRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RaiseEventWorkflowAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.RaiseEventWorkflowRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("RaiseEventWorkflowAlpha1"))
              .build();
        }
      }
    }
    return getRaiseEventWorkflowAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowResponse> getStartWorkflowBeta1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "StartWorkflowBeta1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowResponse> getStartWorkflowBeta1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowResponse> getStartWorkflowBeta1Method;
    if ((getStartWorkflowBeta1Method = DaprGrpc.getStartWorkflowBeta1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getStartWorkflowBeta1Method = DaprGrpc.getStartWorkflowBeta1Method) == null) {
          DaprGrpc.getStartWorkflowBeta1Method = getStartWorkflowBeta1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "StartWorkflowBeta1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("StartWorkflowBeta1"))
              .build();
        }
      }
    }
    return getStartWorkflowBeta1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowResponse> getGetWorkflowBeta1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetWorkflowBeta1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowResponse> getGetWorkflowBeta1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowResponse> getGetWorkflowBeta1Method;
    if ((getGetWorkflowBeta1Method = DaprGrpc.getGetWorkflowBeta1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getGetWorkflowBeta1Method = DaprGrpc.getGetWorkflowBeta1Method) == null) {
          DaprGrpc.getGetWorkflowBeta1Method = getGetWorkflowBeta1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetWorkflowBeta1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("GetWorkflowBeta1"))
              .build();
        }
      }
    }
    return getGetWorkflowBeta1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.PurgeWorkflowRequest,
      com.google.protobuf.Empty> getPurgeWorkflowBeta1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PurgeWorkflowBeta1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.PurgeWorkflowRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.PurgeWorkflowRequest,
      com.google.protobuf.Empty> getPurgeWorkflowBeta1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.PurgeWorkflowRequest, com.google.protobuf.Empty> getPurgeWorkflowBeta1Method;
    if ((getPurgeWorkflowBeta1Method = DaprGrpc.getPurgeWorkflowBeta1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getPurgeWorkflowBeta1Method = DaprGrpc.getPurgeWorkflowBeta1Method) == null) {
          DaprGrpc.getPurgeWorkflowBeta1Method = getPurgeWorkflowBeta1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.PurgeWorkflowRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PurgeWorkflowBeta1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.PurgeWorkflowRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("PurgeWorkflowBeta1"))
              .build();
        }
      }
    }
    return getPurgeWorkflowBeta1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TerminateWorkflowRequest,
      com.google.protobuf.Empty> getTerminateWorkflowBeta1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "TerminateWorkflowBeta1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.TerminateWorkflowRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TerminateWorkflowRequest,
      com.google.protobuf.Empty> getTerminateWorkflowBeta1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TerminateWorkflowRequest, com.google.protobuf.Empty> getTerminateWorkflowBeta1Method;
    if ((getTerminateWorkflowBeta1Method = DaprGrpc.getTerminateWorkflowBeta1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getTerminateWorkflowBeta1Method = DaprGrpc.getTerminateWorkflowBeta1Method) == null) {
          DaprGrpc.getTerminateWorkflowBeta1Method = getTerminateWorkflowBeta1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TerminateWorkflowRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "TerminateWorkflowBeta1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.TerminateWorkflowRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("TerminateWorkflowBeta1"))
              .build();
        }
      }
    }
    return getTerminateWorkflowBeta1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.PauseWorkflowRequest,
      com.google.protobuf.Empty> getPauseWorkflowBeta1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PauseWorkflowBeta1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.PauseWorkflowRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.PauseWorkflowRequest,
      com.google.protobuf.Empty> getPauseWorkflowBeta1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.PauseWorkflowRequest, com.google.protobuf.Empty> getPauseWorkflowBeta1Method;
    if ((getPauseWorkflowBeta1Method = DaprGrpc.getPauseWorkflowBeta1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getPauseWorkflowBeta1Method = DaprGrpc.getPauseWorkflowBeta1Method) == null) {
          DaprGrpc.getPauseWorkflowBeta1Method = getPauseWorkflowBeta1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.PauseWorkflowRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PauseWorkflowBeta1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.PauseWorkflowRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("PauseWorkflowBeta1"))
              .build();
        }
      }
    }
    return getPauseWorkflowBeta1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ResumeWorkflowRequest,
      com.google.protobuf.Empty> getResumeWorkflowBeta1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ResumeWorkflowBeta1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.ResumeWorkflowRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ResumeWorkflowRequest,
      com.google.protobuf.Empty> getResumeWorkflowBeta1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ResumeWorkflowRequest, com.google.protobuf.Empty> getResumeWorkflowBeta1Method;
    if ((getResumeWorkflowBeta1Method = DaprGrpc.getResumeWorkflowBeta1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getResumeWorkflowBeta1Method = DaprGrpc.getResumeWorkflowBeta1Method) == null) {
          DaprGrpc.getResumeWorkflowBeta1Method = getResumeWorkflowBeta1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ResumeWorkflowRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ResumeWorkflowBeta1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.ResumeWorkflowRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("ResumeWorkflowBeta1"))
              .build();
        }
      }
    }
    return getResumeWorkflowBeta1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.RaiseEventWorkflowRequest,
      com.google.protobuf.Empty> getRaiseEventWorkflowBeta1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RaiseEventWorkflowBeta1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.RaiseEventWorkflowRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.RaiseEventWorkflowRequest,
      com.google.protobuf.Empty> getRaiseEventWorkflowBeta1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.RaiseEventWorkflowRequest, com.google.protobuf.Empty> getRaiseEventWorkflowBeta1Method;
    if ((getRaiseEventWorkflowBeta1Method = DaprGrpc.getRaiseEventWorkflowBeta1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getRaiseEventWorkflowBeta1Method = DaprGrpc.getRaiseEventWorkflowBeta1Method) == null) {
          DaprGrpc.getRaiseEventWorkflowBeta1Method = getRaiseEventWorkflowBeta1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.RaiseEventWorkflowRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RaiseEventWorkflowBeta1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.RaiseEventWorkflowRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("RaiseEventWorkflowBeta1"))
              .build();
        }
      }
    }
    return getRaiseEventWorkflowBeta1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ShutdownRequest,
      com.google.protobuf.Empty> getShutdownMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Shutdown",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.ShutdownRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ShutdownRequest,
      com.google.protobuf.Empty> getShutdownMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ShutdownRequest, com.google.protobuf.Empty> getShutdownMethod;
    if ((getShutdownMethod = DaprGrpc.getShutdownMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getShutdownMethod = DaprGrpc.getShutdownMethod) == null) {
          DaprGrpc.getShutdownMethod = getShutdownMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ShutdownRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Shutdown"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.ShutdownRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("Shutdown"))
              .build();
        }
      }
    }
    return getShutdownMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobResponse> getScheduleJobAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ScheduleJobAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobResponse> getScheduleJobAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobResponse> getScheduleJobAlpha1Method;
    if ((getScheduleJobAlpha1Method = DaprGrpc.getScheduleJobAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getScheduleJobAlpha1Method = DaprGrpc.getScheduleJobAlpha1Method) == null) {
          DaprGrpc.getScheduleJobAlpha1Method = getScheduleJobAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ScheduleJobAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("ScheduleJobAlpha1"))
              .build();
        }
      }
    }
    return getScheduleJobAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobResponse> getScheduleJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ScheduleJob",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobResponse> getScheduleJobMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobResponse> getScheduleJobMethod;
    if ((getScheduleJobMethod = DaprGrpc.getScheduleJobMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getScheduleJobMethod = DaprGrpc.getScheduleJobMethod) == null) {
          DaprGrpc.getScheduleJobMethod = getScheduleJobMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ScheduleJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("ScheduleJob"))
              .build();
        }
      }
    }
    return getScheduleJobMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobResponse> getGetJobAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetJobAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobResponse> getGetJobAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobResponse> getGetJobAlpha1Method;
    if ((getGetJobAlpha1Method = DaprGrpc.getGetJobAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getGetJobAlpha1Method = DaprGrpc.getGetJobAlpha1Method) == null) {
          DaprGrpc.getGetJobAlpha1Method = getGetJobAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetJobAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("GetJobAlpha1"))
              .build();
        }
      }
    }
    return getGetJobAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobResponse> getGetJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetJob",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobResponse> getGetJobMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobResponse> getGetJobMethod;
    if ((getGetJobMethod = DaprGrpc.getGetJobMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getGetJobMethod = DaprGrpc.getGetJobMethod) == null) {
          DaprGrpc.getGetJobMethod = getGetJobMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("GetJob"))
              .build();
        }
      }
    }
    return getGetJobMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobResponse> getDeleteJobAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteJobAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobResponse> getDeleteJobAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobResponse> getDeleteJobAlpha1Method;
    if ((getDeleteJobAlpha1Method = DaprGrpc.getDeleteJobAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getDeleteJobAlpha1Method = DaprGrpc.getDeleteJobAlpha1Method) == null) {
          DaprGrpc.getDeleteJobAlpha1Method = getDeleteJobAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteJobAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("DeleteJobAlpha1"))
              .build();
        }
      }
    }
    return getDeleteJobAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobResponse> getDeleteJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteJob",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobResponse> getDeleteJobMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobResponse> getDeleteJobMethod;
    if ((getDeleteJobMethod = DaprGrpc.getDeleteJobMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getDeleteJobMethod = DaprGrpc.getDeleteJobMethod) == null) {
          DaprGrpc.getDeleteJobMethod = getDeleteJobMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("DeleteJob"))
              .build();
        }
      }
    }
    return getDeleteJobMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixRequestAlpha1,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixResponseAlpha1> getDeleteJobsByPrefixAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteJobsByPrefixAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixRequestAlpha1.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixResponseAlpha1.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixRequestAlpha1,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixResponseAlpha1> getDeleteJobsByPrefixAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixRequestAlpha1, dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixResponseAlpha1> getDeleteJobsByPrefixAlpha1Method;
    if ((getDeleteJobsByPrefixAlpha1Method = DaprGrpc.getDeleteJobsByPrefixAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getDeleteJobsByPrefixAlpha1Method = DaprGrpc.getDeleteJobsByPrefixAlpha1Method) == null) {
          DaprGrpc.getDeleteJobsByPrefixAlpha1Method = getDeleteJobsByPrefixAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixRequestAlpha1, dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixResponseAlpha1>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteJobsByPrefixAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixRequestAlpha1.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixResponseAlpha1.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("DeleteJobsByPrefixAlpha1"))
              .build();
        }
      }
    }
    return getDeleteJobsByPrefixAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixResponse> getDeleteJobsByPrefixMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteJobsByPrefix",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixResponse> getDeleteJobsByPrefixMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixResponse> getDeleteJobsByPrefixMethod;
    if ((getDeleteJobsByPrefixMethod = DaprGrpc.getDeleteJobsByPrefixMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getDeleteJobsByPrefixMethod = DaprGrpc.getDeleteJobsByPrefixMethod) == null) {
          DaprGrpc.getDeleteJobsByPrefixMethod = getDeleteJobsByPrefixMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteJobsByPrefix"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("DeleteJobsByPrefix"))
              .build();
        }
      }
    }
    return getDeleteJobsByPrefixMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsRequestAlpha1,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsResponseAlpha1> getListJobsAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListJobsAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsRequestAlpha1.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsResponseAlpha1.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsRequestAlpha1,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsResponseAlpha1> getListJobsAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsRequestAlpha1, dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsResponseAlpha1> getListJobsAlpha1Method;
    if ((getListJobsAlpha1Method = DaprGrpc.getListJobsAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getListJobsAlpha1Method = DaprGrpc.getListJobsAlpha1Method) == null) {
          DaprGrpc.getListJobsAlpha1Method = getListJobsAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsRequestAlpha1, dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsResponseAlpha1>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListJobsAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsRequestAlpha1.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsResponseAlpha1.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("ListJobsAlpha1"))
              .build();
        }
      }
    }
    return getListJobsAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsResponse> getListJobsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListJobs",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsResponse> getListJobsMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsResponse> getListJobsMethod;
    if ((getListJobsMethod = DaprGrpc.getListJobsMethod) == null) {
      synchronized (DaprGrpc.class) {
        if ((getListJobsMethod = DaprGrpc.getListJobsMethod) == null) {
          DaprGrpc.getListJobsMethod = getListJobsMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListJobs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("ListJobs"))
              .build();
        }
      }
    }
    return getListJobsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationResponse> getConverseAlpha1Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ConverseAlpha1",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationRequest.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationRequest,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationResponse> getConverseAlpha1Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationResponse> getConverseAlpha1Method;
    if ((getConverseAlpha1Method = DaprGrpc.getConverseAlpha1Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getConverseAlpha1Method = DaprGrpc.getConverseAlpha1Method) == null) {
          DaprGrpc.getConverseAlpha1Method = getConverseAlpha1Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationRequest, dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ConverseAlpha1"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationResponse.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("ConverseAlpha1"))
              .build();
        }
      }
    }
    return getConverseAlpha1Method;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationRequestAlpha2,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationResponseAlpha2> getConverseAlpha2Method;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ConverseAlpha2",
      requestType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationRequestAlpha2.class,
      responseType = dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationResponseAlpha2.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationRequestAlpha2,
      dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationResponseAlpha2> getConverseAlpha2Method() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationRequestAlpha2, dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationResponseAlpha2> getConverseAlpha2Method;
    if ((getConverseAlpha2Method = DaprGrpc.getConverseAlpha2Method) == null) {
      synchronized (DaprGrpc.class) {
        if ((getConverseAlpha2Method = DaprGrpc.getConverseAlpha2Method) == null) {
          DaprGrpc.getConverseAlpha2Method = getConverseAlpha2Method =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationRequestAlpha2, dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationResponseAlpha2>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ConverseAlpha2"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationRequestAlpha2.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationResponseAlpha2.getDefaultInstance()))
              .setSchemaDescriptor(new DaprMethodDescriptorSupplier("ConverseAlpha2"))
              .build();
        }
      }
    }
    return getConverseAlpha2Method;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static DaprStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DaprStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DaprStub>() {
        @java.lang.Override
        public DaprStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DaprStub(channel, callOptions);
        }
      };
    return DaprStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static DaprBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DaprBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DaprBlockingStub>() {
        @java.lang.Override
        public DaprBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DaprBlockingStub(channel, callOptions);
        }
      };
    return DaprBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static DaprFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<DaprFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<DaprFutureStub>() {
        @java.lang.Override
        public DaprFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new DaprFutureStub(channel, callOptions);
        }
      };
    return DaprFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The sidecar API: the building blocks an app uses through its sidecar
   * (service invocation, state, pub/sub, bindings, secrets, actors,
   * configuration, locks, cryptography, workflows, jobs, conversation) plus
   * sidecar metadata and shutdown.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Call a method of another app. Over HTTP this is the invoke proxy: any
     * verb, the body and headers passed through to the target app.
     * </pre>
     */
    default void invokeService(dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeServiceRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getInvokeServiceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Read one key. HTTP answers the stored bytes as the body, the version in
     * the ETag header, and 204 when the key does not exist.
     * </pre>
     */
    default void getState(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetStateRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetStateResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetStateMethod(), responseObserver);
    }

    /**
     * <pre>
     * Read several keys. HTTP answers a bare JSON array of items.
     * </pre>
     */
    default void getBulkState(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkStateRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkStateResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetBulkStateMethod(), responseObserver);
    }

    /**
     * <pre>
     * Write one or more keys. The HTTP body is the JSON array of items.
     * </pre>
     */
    default void saveState(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SaveStateRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSaveStateMethod(), responseObserver);
    }

    /**
     * <pre>
     * Query a state store (alpha). The HTTP body is the query document; 204
     * when nothing matches.
     * </pre>
     */
    default void queryStateAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.QueryStateRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.QueryStateResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getQueryStateAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Delete one key; HTTP takes the expected version from If-Match.
     * </pre>
     */
    default void deleteState(dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteStateRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteStateMethod(), responseObserver);
    }

    /**
     * <pre>
     * Delete several keys.
     * </pre>
     */
    default void deleteBulkState(dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteBulkStateRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteBulkStateMethod(), responseObserver);
    }

    /**
     * <pre>
     * Apply writes and deletes to one store atomically.
     * </pre>
     */
    default void executeStateTransaction(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ExecuteStateTransactionRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getExecuteStateTransactionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Publish one event. The HTTP body is the event, its Content-Type the
     * event's content type; the topic may contain slashes.
     * </pre>
     */
    default void publishEvent(dev.pillion.sdk.proto.dapr.proto.runtime.v1.PublishEventRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPublishEventMethod(), responseObserver);
    }

    /**
     * <pre>
     * Publish several events (alpha route, kept for old clients).
     * </pre>
     */
    @java.lang.Deprecated
    default void bulkPublishEventAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBulkPublishEventAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Publish several events. The HTTP body is the JSON array of entries; 204
     * when every entry was published.
     * </pre>
     */
    default void bulkPublishEvent(dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBulkPublishEventMethod(), responseObserver);
    }

    /**
     * <pre>
     * Subscribe to a topic over a bidirectional stream (alpha).
     * </pre>
     */
    default io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeTopicEventsRequestAlpha1> subscribeTopicEventsAlpha1(
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeTopicEventsResponseAlpha1> responseObserver) {
      return io.grpc.stub.ServerCalls.asyncUnimplementedStreamingCall(getSubscribeTopicEventsAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Call an output binding. HTTP answers the binding's bytes as the body and
     * its metadata as "metadata.&lt;key&gt;" headers.
     * </pre>
     */
    default void invokeBinding(dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeBindingRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeBindingResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getInvokeBindingMethod(), responseObserver);
    }

    /**
     * <pre>
     * Read one secret. HTTP answers the secret's entries as a JSON object.
     * </pre>
     */
    default void getSecret(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetSecretRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetSecretResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSecretMethod(), responseObserver);
    }

    /**
     * <pre>
     * Read all secrets the app may see. HTTP answers a map of maps.
     * </pre>
     */
    default void getBulkSecret(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkSecretRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkSecretResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetBulkSecretMethod(), responseObserver);
    }

    /**
     * <pre>
     * Create an actor timer.
     * </pre>
     */
    default void registerActorTimer(dev.pillion.sdk.proto.dapr.proto.runtime.v1.RegisterActorTimerRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRegisterActorTimerMethod(), responseObserver);
    }

    /**
     * <pre>
     * Delete an actor timer.
     * </pre>
     */
    default void unregisterActorTimer(dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorTimerRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUnregisterActorTimerMethod(), responseObserver);
    }

    /**
     * <pre>
     * Create an actor reminder.
     * </pre>
     */
    default void registerActorReminder(dev.pillion.sdk.proto.dapr.proto.runtime.v1.RegisterActorReminderRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRegisterActorReminderMethod(), responseObserver);
    }

    /**
     * <pre>
     * Delete an actor reminder.
     * </pre>
     */
    default void unregisterActorReminder(dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorReminderRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUnregisterActorReminderMethod(), responseObserver);
    }

    /**
     * <pre>
     * Delete every reminder of an actor type, or of one actor.
     * </pre>
     */
    default void unregisterActorRemindersByType(dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorRemindersByTypeRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorRemindersByTypeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUnregisterActorRemindersByTypeMethod(), responseObserver);
    }

    /**
     * <pre>
     * List the reminders of an actor type, or of one actor.
     * </pre>
     */
    default void listActorReminders(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListActorRemindersRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListActorRemindersResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListActorRemindersMethod(), responseObserver);
    }

    /**
     * <pre>
     * Read one key of an actor's state. HTTP answers the stored bytes as the
     * body, 204 when the key does not exist.
     * </pre>
     */
    default void getActorState(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorStateRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorStateResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetActorStateMethod(), responseObserver);
    }

    /**
     * <pre>
     * Read the definition of an actor reminder.
     * </pre>
     */
    default void getActorReminder(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorReminderRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorReminderResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetActorReminderMethod(), responseObserver);
    }

    /**
     * <pre>
     * Change an actor's state atomically. The HTTP body is the JSON array of
     * operations.
     * </pre>
     */
    default void executeActorStateTransaction(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ExecuteActorStateTransactionRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getExecuteActorStateTransactionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Call an actor method. Over HTTP this is the actor proxy: the body and
     * headers go to the actor and its answer comes back as is.
     * </pre>
     */
    default void invokeActor(dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeActorRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeActorResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getInvokeActorMethod(), responseObserver);
    }

    /**
     * <pre>
     * Host actors without a server port: the app opens this stream and gets
     * actor calls, reminders, timers and deactivations on it (alpha).
     * </pre>
     */
    default io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeActorEventsRequestAlpha1> subscribeActorEventsAlpha1(
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeActorEventsResponseAlpha1> responseObserver) {
      return io.grpc.stub.ServerCalls.asyncUnimplementedStreamingCall(getSubscribeActorEventsAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Read configuration entries (alpha route). HTTP answers the bare map of
     * items, 204 when there is none.
     * </pre>
     */
    default void getConfigurationAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetConfigurationAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Read configuration entries. HTTP answers the bare map of items, 204 when
     * there is none.
     * </pre>
     */
    default void getConfiguration(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetConfigurationMethod(), responseObserver);
    }

    /**
     * <pre>
     * Watch configuration entries (alpha route). Over HTTP the answer is the
     * subscription id and changes are posted to the app.
     * </pre>
     */
    default void subscribeConfigurationAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSubscribeConfigurationAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Watch configuration entries. Over HTTP the answer is the subscription id
     * and changes are posted to the app.
     * </pre>
     */
    default void subscribeConfiguration(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSubscribeConfigurationMethod(), responseObserver);
    }

    /**
     * <pre>
     * Stop watching configuration entries (alpha route).
     * </pre>
     */
    default void unsubscribeConfigurationAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUnsubscribeConfigurationAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Stop watching configuration entries.
     * </pre>
     */
    default void unsubscribeConfiguration(dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUnsubscribeConfigurationMethod(), responseObserver);
    }

    /**
     * <pre>
     * Try to take a distributed lock (alpha).
     * </pre>
     */
    default void tryLockAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.TryLockRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TryLockResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTryLockAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Release a distributed lock (alpha).
     * </pre>
     */
    default void unlockAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnlockRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnlockResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUnlockAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Encrypt a stream with a key held by a crypto component (alpha). Over
     * HTTP the whole body is the plaintext and the answer the ciphertext.
     * </pre>
     */
    default io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.EncryptRequest> encryptAlpha1(
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.EncryptResponse> responseObserver) {
      return io.grpc.stub.ServerCalls.asyncUnimplementedStreamingCall(getEncryptAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Decrypt a stream with a key held by a crypto component (alpha). Over
     * HTTP the whole body is the ciphertext and the answer the plaintext.
     * </pre>
     */
    default io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DecryptRequest> decryptAlpha1(
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DecryptResponse> responseObserver) {
      return io.grpc.stub.ServerCalls.asyncUnimplementedStreamingCall(getDecryptAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Describe the sidecar and what it has loaded.
     * </pre>
     */
    default void getMetadata(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetMetadataRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetMetadataResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetMetadataMethod(), responseObserver);
    }

    /**
     * <pre>
     * Set an attribute of the sidecar's extended metadata. The HTTP body is
     * the value.
     * </pre>
     */
    default void setMetadata(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SetMetadataRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetMetadataMethod(), responseObserver);
    }

    /**
     * <pre>
     * Fetch the public part of a key (alpha).
     * </pre>
     */
    default void subtleGetKeyAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleGetKeyRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleGetKeyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSubtleGetKeyAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Encrypt a small message (alpha).
     * </pre>
     */
    default void subtleEncryptAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleEncryptRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleEncryptResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSubtleEncryptAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Decrypt a small message (alpha).
     * </pre>
     */
    default void subtleDecryptAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleDecryptRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleDecryptResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSubtleDecryptAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Wrap a key (alpha).
     * </pre>
     */
    default void subtleWrapKeyAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleWrapKeyRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleWrapKeyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSubtleWrapKeyAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Unwrap a key (alpha).
     * </pre>
     */
    default void subtleUnwrapKeyAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleUnwrapKeyRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleUnwrapKeyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSubtleUnwrapKeyAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Sign a digest (alpha).
     * </pre>
     */
    default void subtleSignAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleSignRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleSignResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSubtleSignAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Check a signature (alpha).
     * </pre>
     */
    default void subtleVerifyAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleVerifyRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleVerifyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSubtleVerifyAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Start a workflow instance (alpha routes). The HTTP body is the input.
     * </pre>
     */
    @java.lang.Deprecated
    default void startWorkflowAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getStartWorkflowAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Look up a workflow instance (alpha routes).
     * </pre>
     */
    @java.lang.Deprecated
    default void getWorkflowAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetWorkflowAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Delete a finished workflow instance (alpha routes).
     * </pre>
     */
    @java.lang.Deprecated
    default void purgeWorkflowAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.PurgeWorkflowRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgeWorkflowAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Stop a workflow instance (alpha routes).
     * </pre>
     */
    @java.lang.Deprecated
    default void terminateWorkflowAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.TerminateWorkflowRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTerminateWorkflowAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Suspend a workflow instance (alpha routes).
     * </pre>
     */
    @java.lang.Deprecated
    default void pauseWorkflowAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.PauseWorkflowRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPauseWorkflowAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Continue a suspended workflow instance (alpha routes).
     * </pre>
     */
    @java.lang.Deprecated
    default void resumeWorkflowAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ResumeWorkflowRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getResumeWorkflowAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Send an event to a workflow instance (alpha routes). The HTTP body is
     * the event payload.
     * </pre>
     */
    @java.lang.Deprecated
    default void raiseEventWorkflowAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.RaiseEventWorkflowRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRaiseEventWorkflowAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Start a workflow instance. The HTTP body is the input; the beta1 and
     * v1.0 routes both lead here.
     * </pre>
     */
    default void startWorkflowBeta1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getStartWorkflowBeta1Method(), responseObserver);
    }

    /**
     * <pre>
     * Look up a workflow instance.
     * </pre>
     */
    default void getWorkflowBeta1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetWorkflowBeta1Method(), responseObserver);
    }

    /**
     * <pre>
     * Delete a finished workflow instance.
     * </pre>
     */
    default void purgeWorkflowBeta1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.PurgeWorkflowRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPurgeWorkflowBeta1Method(), responseObserver);
    }

    /**
     * <pre>
     * Stop a workflow instance.
     * </pre>
     */
    default void terminateWorkflowBeta1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.TerminateWorkflowRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTerminateWorkflowBeta1Method(), responseObserver);
    }

    /**
     * <pre>
     * Suspend a workflow instance.
     * </pre>
     */
    default void pauseWorkflowBeta1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.PauseWorkflowRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPauseWorkflowBeta1Method(), responseObserver);
    }

    /**
     * <pre>
     * Continue a suspended workflow instance.
     * </pre>
     */
    default void resumeWorkflowBeta1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ResumeWorkflowRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getResumeWorkflowBeta1Method(), responseObserver);
    }

    /**
     * <pre>
     * Send an event to a workflow instance. The HTTP body is the payload.
     * </pre>
     */
    default void raiseEventWorkflowBeta1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.RaiseEventWorkflowRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRaiseEventWorkflowBeta1Method(), responseObserver);
    }

    /**
     * <pre>
     * Shut the sidecar down.
     * </pre>
     */
    default void shutdown(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ShutdownRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getShutdownMethod(), responseObserver);
    }

    /**
     * <pre>
     * Create a job (alpha route, kept for old clients). The HTTP body is the
     * job's fields plus "overwrite"; the name comes from the path.
     * </pre>
     */
    @java.lang.Deprecated
    default void scheduleJobAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getScheduleJobAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Create a job. The HTTP body is the job's fields plus "overwrite"; the
     * name comes from the path.
     * </pre>
     */
    default void scheduleJob(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getScheduleJobMethod(), responseObserver);
    }

    /**
     * <pre>
     * Read a job (alpha route, kept for old clients). HTTP answers the job.
     * </pre>
     */
    @java.lang.Deprecated
    default void getJobAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetJobAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Read a job. HTTP answers the job.
     * </pre>
     */
    default void getJob(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetJobMethod(), responseObserver);
    }

    /**
     * <pre>
     * Delete a job (alpha route, kept for old clients).
     * </pre>
     */
    @java.lang.Deprecated
    default void deleteJobAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteJobAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Delete a job.
     * </pre>
     */
    default void deleteJob(dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteJobMethod(), responseObserver);
    }

    /**
     * <pre>
     * Delete the app's jobs by name prefix (alpha).
     * </pre>
     */
    @java.lang.Deprecated
    default void deleteJobsByPrefixAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixRequestAlpha1 request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixResponseAlpha1> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteJobsByPrefixAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Delete the app's jobs by name prefix.
     * </pre>
     */
    default void deleteJobsByPrefix(dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteJobsByPrefixMethod(), responseObserver);
    }

    /**
     * <pre>
     * List the app's jobs (alpha).
     * </pre>
     */
    @java.lang.Deprecated
    default void listJobsAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsRequestAlpha1 request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsResponseAlpha1> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListJobsAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * List the app's jobs.
     * </pre>
     */
    default void listJobs(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListJobsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Talk to a language model through a conversation component (alpha1).
     * </pre>
     */
    default void converseAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getConverseAlpha1Method(), responseObserver);
    }

    /**
     * <pre>
     * Talk to a language model through a conversation component (alpha2).
     * </pre>
     */
    default void converseAlpha2(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationRequestAlpha2 request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationResponseAlpha2> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getConverseAlpha2Method(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service Dapr.
   * <pre>
   * The sidecar API: the building blocks an app uses through its sidecar
   * (service invocation, state, pub/sub, bindings, secrets, actors,
   * configuration, locks, cryptography, workflows, jobs, conversation) plus
   * sidecar metadata and shutdown.
   * </pre>
   */
  public static abstract class DaprImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return DaprGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service Dapr.
   * <pre>
   * The sidecar API: the building blocks an app uses through its sidecar
   * (service invocation, state, pub/sub, bindings, secrets, actors,
   * configuration, locks, cryptography, workflows, jobs, conversation) plus
   * sidecar metadata and shutdown.
   * </pre>
   */
  public static final class DaprStub
      extends io.grpc.stub.AbstractAsyncStub<DaprStub> {
    private DaprStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DaprStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DaprStub(channel, callOptions);
    }

    /**
     * <pre>
     * Call a method of another app. Over HTTP this is the invoke proxy: any
     * verb, the body and headers passed through to the target app.
     * </pre>
     */
    public void invokeService(dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeServiceRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getInvokeServiceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Read one key. HTTP answers the stored bytes as the body, the version in
     * the ETag header, and 204 when the key does not exist.
     * </pre>
     */
    public void getState(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetStateRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetStateResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetStateMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Read several keys. HTTP answers a bare JSON array of items.
     * </pre>
     */
    public void getBulkState(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkStateRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkStateResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetBulkStateMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Write one or more keys. The HTTP body is the JSON array of items.
     * </pre>
     */
    public void saveState(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SaveStateRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSaveStateMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Query a state store (alpha). The HTTP body is the query document; 204
     * when nothing matches.
     * </pre>
     */
    public void queryStateAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.QueryStateRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.QueryStateResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getQueryStateAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Delete one key; HTTP takes the expected version from If-Match.
     * </pre>
     */
    public void deleteState(dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteStateRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteStateMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Delete several keys.
     * </pre>
     */
    public void deleteBulkState(dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteBulkStateRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteBulkStateMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Apply writes and deletes to one store atomically.
     * </pre>
     */
    public void executeStateTransaction(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ExecuteStateTransactionRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getExecuteStateTransactionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Publish one event. The HTTP body is the event, its Content-Type the
     * event's content type; the topic may contain slashes.
     * </pre>
     */
    public void publishEvent(dev.pillion.sdk.proto.dapr.proto.runtime.v1.PublishEventRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPublishEventMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Publish several events (alpha route, kept for old clients).
     * </pre>
     */
    @java.lang.Deprecated
    public void bulkPublishEventAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBulkPublishEventAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Publish several events. The HTTP body is the JSON array of entries; 204
     * when every entry was published.
     * </pre>
     */
    public void bulkPublishEvent(dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBulkPublishEventMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Subscribe to a topic over a bidirectional stream (alpha).
     * </pre>
     */
    public io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeTopicEventsRequestAlpha1> subscribeTopicEventsAlpha1(
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeTopicEventsResponseAlpha1> responseObserver) {
      return io.grpc.stub.ClientCalls.asyncBidiStreamingCall(
          getChannel().newCall(getSubscribeTopicEventsAlpha1Method(), getCallOptions()), responseObserver);
    }

    /**
     * <pre>
     * Call an output binding. HTTP answers the binding's bytes as the body and
     * its metadata as "metadata.&lt;key&gt;" headers.
     * </pre>
     */
    public void invokeBinding(dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeBindingRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeBindingResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getInvokeBindingMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Read one secret. HTTP answers the secret's entries as a JSON object.
     * </pre>
     */
    public void getSecret(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetSecretRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetSecretResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSecretMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Read all secrets the app may see. HTTP answers a map of maps.
     * </pre>
     */
    public void getBulkSecret(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkSecretRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkSecretResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetBulkSecretMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Create an actor timer.
     * </pre>
     */
    public void registerActorTimer(dev.pillion.sdk.proto.dapr.proto.runtime.v1.RegisterActorTimerRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRegisterActorTimerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Delete an actor timer.
     * </pre>
     */
    public void unregisterActorTimer(dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorTimerRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUnregisterActorTimerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Create an actor reminder.
     * </pre>
     */
    public void registerActorReminder(dev.pillion.sdk.proto.dapr.proto.runtime.v1.RegisterActorReminderRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRegisterActorReminderMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Delete an actor reminder.
     * </pre>
     */
    public void unregisterActorReminder(dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorReminderRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUnregisterActorReminderMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Delete every reminder of an actor type, or of one actor.
     * </pre>
     */
    public void unregisterActorRemindersByType(dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorRemindersByTypeRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorRemindersByTypeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUnregisterActorRemindersByTypeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * List the reminders of an actor type, or of one actor.
     * </pre>
     */
    public void listActorReminders(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListActorRemindersRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListActorRemindersResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListActorRemindersMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Read one key of an actor's state. HTTP answers the stored bytes as the
     * body, 204 when the key does not exist.
     * </pre>
     */
    public void getActorState(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorStateRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorStateResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetActorStateMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Read the definition of an actor reminder.
     * </pre>
     */
    public void getActorReminder(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorReminderRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorReminderResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetActorReminderMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Change an actor's state atomically. The HTTP body is the JSON array of
     * operations.
     * </pre>
     */
    public void executeActorStateTransaction(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ExecuteActorStateTransactionRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getExecuteActorStateTransactionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Call an actor method. Over HTTP this is the actor proxy: the body and
     * headers go to the actor and its answer comes back as is.
     * </pre>
     */
    public void invokeActor(dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeActorRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeActorResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getInvokeActorMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Host actors without a server port: the app opens this stream and gets
     * actor calls, reminders, timers and deactivations on it (alpha).
     * </pre>
     */
    public io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeActorEventsRequestAlpha1> subscribeActorEventsAlpha1(
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeActorEventsResponseAlpha1> responseObserver) {
      return io.grpc.stub.ClientCalls.asyncBidiStreamingCall(
          getChannel().newCall(getSubscribeActorEventsAlpha1Method(), getCallOptions()), responseObserver);
    }

    /**
     * <pre>
     * Read configuration entries (alpha route). HTTP answers the bare map of
     * items, 204 when there is none.
     * </pre>
     */
    public void getConfigurationAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetConfigurationAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Read configuration entries. HTTP answers the bare map of items, 204 when
     * there is none.
     * </pre>
     */
    public void getConfiguration(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetConfigurationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Watch configuration entries (alpha route). Over HTTP the answer is the
     * subscription id and changes are posted to the app.
     * </pre>
     */
    public void subscribeConfigurationAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getSubscribeConfigurationAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Watch configuration entries. Over HTTP the answer is the subscription id
     * and changes are posted to the app.
     * </pre>
     */
    public void subscribeConfiguration(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getSubscribeConfigurationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stop watching configuration entries (alpha route).
     * </pre>
     */
    public void unsubscribeConfigurationAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUnsubscribeConfigurationAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stop watching configuration entries.
     * </pre>
     */
    public void unsubscribeConfiguration(dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUnsubscribeConfigurationMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Try to take a distributed lock (alpha).
     * </pre>
     */
    public void tryLockAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.TryLockRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TryLockResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getTryLockAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Release a distributed lock (alpha).
     * </pre>
     */
    public void unlockAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnlockRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnlockResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUnlockAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Encrypt a stream with a key held by a crypto component (alpha). Over
     * HTTP the whole body is the plaintext and the answer the ciphertext.
     * </pre>
     */
    public io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.EncryptRequest> encryptAlpha1(
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.EncryptResponse> responseObserver) {
      return io.grpc.stub.ClientCalls.asyncBidiStreamingCall(
          getChannel().newCall(getEncryptAlpha1Method(), getCallOptions()), responseObserver);
    }

    /**
     * <pre>
     * Decrypt a stream with a key held by a crypto component (alpha). Over
     * HTTP the whole body is the ciphertext and the answer the plaintext.
     * </pre>
     */
    public io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DecryptRequest> decryptAlpha1(
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DecryptResponse> responseObserver) {
      return io.grpc.stub.ClientCalls.asyncBidiStreamingCall(
          getChannel().newCall(getDecryptAlpha1Method(), getCallOptions()), responseObserver);
    }

    /**
     * <pre>
     * Describe the sidecar and what it has loaded.
     * </pre>
     */
    public void getMetadata(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetMetadataRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetMetadataResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetMetadataMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Set an attribute of the sidecar's extended metadata. The HTTP body is
     * the value.
     * </pre>
     */
    public void setMetadata(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SetMetadataRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetMetadataMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Fetch the public part of a key (alpha).
     * </pre>
     */
    public void subtleGetKeyAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleGetKeyRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleGetKeyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSubtleGetKeyAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Encrypt a small message (alpha).
     * </pre>
     */
    public void subtleEncryptAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleEncryptRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleEncryptResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSubtleEncryptAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Decrypt a small message (alpha).
     * </pre>
     */
    public void subtleDecryptAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleDecryptRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleDecryptResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSubtleDecryptAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Wrap a key (alpha).
     * </pre>
     */
    public void subtleWrapKeyAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleWrapKeyRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleWrapKeyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSubtleWrapKeyAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Unwrap a key (alpha).
     * </pre>
     */
    public void subtleUnwrapKeyAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleUnwrapKeyRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleUnwrapKeyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSubtleUnwrapKeyAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Sign a digest (alpha).
     * </pre>
     */
    public void subtleSignAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleSignRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleSignResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSubtleSignAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Check a signature (alpha).
     * </pre>
     */
    public void subtleVerifyAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleVerifyRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleVerifyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSubtleVerifyAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Start a workflow instance (alpha routes). The HTTP body is the input.
     * </pre>
     */
    @java.lang.Deprecated
    public void startWorkflowAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getStartWorkflowAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Look up a workflow instance (alpha routes).
     * </pre>
     */
    @java.lang.Deprecated
    public void getWorkflowAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetWorkflowAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Delete a finished workflow instance (alpha routes).
     * </pre>
     */
    @java.lang.Deprecated
    public void purgeWorkflowAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.PurgeWorkflowRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgeWorkflowAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stop a workflow instance (alpha routes).
     * </pre>
     */
    @java.lang.Deprecated
    public void terminateWorkflowAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.TerminateWorkflowRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getTerminateWorkflowAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Suspend a workflow instance (alpha routes).
     * </pre>
     */
    @java.lang.Deprecated
    public void pauseWorkflowAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.PauseWorkflowRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPauseWorkflowAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Continue a suspended workflow instance (alpha routes).
     * </pre>
     */
    @java.lang.Deprecated
    public void resumeWorkflowAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ResumeWorkflowRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getResumeWorkflowAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Send an event to a workflow instance (alpha routes). The HTTP body is
     * the event payload.
     * </pre>
     */
    @java.lang.Deprecated
    public void raiseEventWorkflowAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.RaiseEventWorkflowRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRaiseEventWorkflowAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Start a workflow instance. The HTTP body is the input; the beta1 and
     * v1.0 routes both lead here.
     * </pre>
     */
    public void startWorkflowBeta1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getStartWorkflowBeta1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Look up a workflow instance.
     * </pre>
     */
    public void getWorkflowBeta1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetWorkflowBeta1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Delete a finished workflow instance.
     * </pre>
     */
    public void purgeWorkflowBeta1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.PurgeWorkflowRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPurgeWorkflowBeta1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stop a workflow instance.
     * </pre>
     */
    public void terminateWorkflowBeta1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.TerminateWorkflowRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getTerminateWorkflowBeta1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Suspend a workflow instance.
     * </pre>
     */
    public void pauseWorkflowBeta1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.PauseWorkflowRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPauseWorkflowBeta1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Continue a suspended workflow instance.
     * </pre>
     */
    public void resumeWorkflowBeta1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ResumeWorkflowRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getResumeWorkflowBeta1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Send an event to a workflow instance. The HTTP body is the payload.
     * </pre>
     */
    public void raiseEventWorkflowBeta1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.RaiseEventWorkflowRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRaiseEventWorkflowBeta1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Shut the sidecar down.
     * </pre>
     */
    public void shutdown(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ShutdownRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getShutdownMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Create a job (alpha route, kept for old clients). The HTTP body is the
     * job's fields plus "overwrite"; the name comes from the path.
     * </pre>
     */
    @java.lang.Deprecated
    public void scheduleJobAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getScheduleJobAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Create a job. The HTTP body is the job's fields plus "overwrite"; the
     * name comes from the path.
     * </pre>
     */
    public void scheduleJob(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getScheduleJobMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Read a job (alpha route, kept for old clients). HTTP answers the job.
     * </pre>
     */
    @java.lang.Deprecated
    public void getJobAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetJobAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Read a job. HTTP answers the job.
     * </pre>
     */
    public void getJob(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetJobMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Delete a job (alpha route, kept for old clients).
     * </pre>
     */
    @java.lang.Deprecated
    public void deleteJobAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteJobAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Delete a job.
     * </pre>
     */
    public void deleteJob(dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteJobMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Delete the app's jobs by name prefix (alpha).
     * </pre>
     */
    @java.lang.Deprecated
    public void deleteJobsByPrefixAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixRequestAlpha1 request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixResponseAlpha1> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteJobsByPrefixAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Delete the app's jobs by name prefix.
     * </pre>
     */
    public void deleteJobsByPrefix(dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteJobsByPrefixMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * List the app's jobs (alpha).
     * </pre>
     */
    @java.lang.Deprecated
    public void listJobsAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsRequestAlpha1 request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsResponseAlpha1> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListJobsAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * List the app's jobs.
     * </pre>
     */
    public void listJobs(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListJobsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Talk to a language model through a conversation component (alpha1).
     * </pre>
     */
    public void converseAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getConverseAlpha1Method(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Talk to a language model through a conversation component (alpha2).
     * </pre>
     */
    public void converseAlpha2(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationRequestAlpha2 request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationResponseAlpha2> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getConverseAlpha2Method(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service Dapr.
   * <pre>
   * The sidecar API: the building blocks an app uses through its sidecar
   * (service invocation, state, pub/sub, bindings, secrets, actors,
   * configuration, locks, cryptography, workflows, jobs, conversation) plus
   * sidecar metadata and shutdown.
   * </pre>
   */
  public static final class DaprBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<DaprBlockingStub> {
    private DaprBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DaprBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DaprBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Call a method of another app. Over HTTP this is the invoke proxy: any
     * verb, the body and headers passed through to the target app.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse invokeService(dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeServiceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getInvokeServiceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Read one key. HTTP answers the stored bytes as the body, the version in
     * the ETag header, and 204 when the key does not exist.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetStateResponse getState(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetStateRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetStateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Read several keys. HTTP answers a bare JSON array of items.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkStateResponse getBulkState(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkStateRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetBulkStateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Write one or more keys. The HTTP body is the JSON array of items.
     * </pre>
     */
    public com.google.protobuf.Empty saveState(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SaveStateRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSaveStateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Query a state store (alpha). The HTTP body is the query document; 204
     * when nothing matches.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.QueryStateResponse queryStateAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.QueryStateRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getQueryStateAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Delete one key; HTTP takes the expected version from If-Match.
     * </pre>
     */
    public com.google.protobuf.Empty deleteState(dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteStateRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteStateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Delete several keys.
     * </pre>
     */
    public com.google.protobuf.Empty deleteBulkState(dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteBulkStateRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteBulkStateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Apply writes and deletes to one store atomically.
     * </pre>
     */
    public com.google.protobuf.Empty executeStateTransaction(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ExecuteStateTransactionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getExecuteStateTransactionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Publish one event. The HTTP body is the event, its Content-Type the
     * event's content type; the topic may contain slashes.
     * </pre>
     */
    public com.google.protobuf.Empty publishEvent(dev.pillion.sdk.proto.dapr.proto.runtime.v1.PublishEventRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPublishEventMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Publish several events (alpha route, kept for old clients).
     * </pre>
     */
    @java.lang.Deprecated
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishResponse bulkPublishEventAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBulkPublishEventAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Publish several events. The HTTP body is the JSON array of entries; 204
     * when every entry was published.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishResponse bulkPublishEvent(dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBulkPublishEventMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Call an output binding. HTTP answers the binding's bytes as the body and
     * its metadata as "metadata.&lt;key&gt;" headers.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeBindingResponse invokeBinding(dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeBindingRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getInvokeBindingMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Read one secret. HTTP answers the secret's entries as a JSON object.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetSecretResponse getSecret(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetSecretRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSecretMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Read all secrets the app may see. HTTP answers a map of maps.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkSecretResponse getBulkSecret(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkSecretRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetBulkSecretMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Create an actor timer.
     * </pre>
     */
    public com.google.protobuf.Empty registerActorTimer(dev.pillion.sdk.proto.dapr.proto.runtime.v1.RegisterActorTimerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRegisterActorTimerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Delete an actor timer.
     * </pre>
     */
    public com.google.protobuf.Empty unregisterActorTimer(dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorTimerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUnregisterActorTimerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Create an actor reminder.
     * </pre>
     */
    public com.google.protobuf.Empty registerActorReminder(dev.pillion.sdk.proto.dapr.proto.runtime.v1.RegisterActorReminderRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRegisterActorReminderMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Delete an actor reminder.
     * </pre>
     */
    public com.google.protobuf.Empty unregisterActorReminder(dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorReminderRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUnregisterActorReminderMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Delete every reminder of an actor type, or of one actor.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorRemindersByTypeResponse unregisterActorRemindersByType(dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorRemindersByTypeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUnregisterActorRemindersByTypeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * List the reminders of an actor type, or of one actor.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListActorRemindersResponse listActorReminders(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListActorRemindersRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListActorRemindersMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Read one key of an actor's state. HTTP answers the stored bytes as the
     * body, 204 when the key does not exist.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorStateResponse getActorState(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorStateRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetActorStateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Read the definition of an actor reminder.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorReminderResponse getActorReminder(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorReminderRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetActorReminderMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Change an actor's state atomically. The HTTP body is the JSON array of
     * operations.
     * </pre>
     */
    public com.google.protobuf.Empty executeActorStateTransaction(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ExecuteActorStateTransactionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getExecuteActorStateTransactionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Call an actor method. Over HTTP this is the actor proxy: the body and
     * headers go to the actor and its answer comes back as is.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeActorResponse invokeActor(dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeActorRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getInvokeActorMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Read configuration entries (alpha route). HTTP answers the bare map of
     * items, 204 when there is none.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationResponse getConfigurationAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetConfigurationAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Read configuration entries. HTTP answers the bare map of items, 204 when
     * there is none.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationResponse getConfiguration(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetConfigurationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Watch configuration entries (alpha route). Over HTTP the answer is the
     * subscription id and changes are posted to the app.
     * </pre>
     */
    public java.util.Iterator<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationResponse> subscribeConfigurationAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getSubscribeConfigurationAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Watch configuration entries. Over HTTP the answer is the subscription id
     * and changes are posted to the app.
     * </pre>
     */
    public java.util.Iterator<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationResponse> subscribeConfiguration(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getSubscribeConfigurationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stop watching configuration entries (alpha route).
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationResponse unsubscribeConfigurationAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUnsubscribeConfigurationAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stop watching configuration entries.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationResponse unsubscribeConfiguration(dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUnsubscribeConfigurationMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Try to take a distributed lock (alpha).
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.TryLockResponse tryLockAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.TryLockRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getTryLockAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Release a distributed lock (alpha).
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnlockResponse unlockAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnlockRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUnlockAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Describe the sidecar and what it has loaded.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetMetadataResponse getMetadata(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetMetadataRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMetadataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Set an attribute of the sidecar's extended metadata. The HTTP body is
     * the value.
     * </pre>
     */
    public com.google.protobuf.Empty setMetadata(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SetMetadataRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetMetadataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Fetch the public part of a key (alpha).
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleGetKeyResponse subtleGetKeyAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleGetKeyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSubtleGetKeyAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Encrypt a small message (alpha).
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleEncryptResponse subtleEncryptAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleEncryptRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSubtleEncryptAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Decrypt a small message (alpha).
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleDecryptResponse subtleDecryptAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleDecryptRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSubtleDecryptAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Wrap a key (alpha).
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleWrapKeyResponse subtleWrapKeyAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleWrapKeyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSubtleWrapKeyAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Unwrap a key (alpha).
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleUnwrapKeyResponse subtleUnwrapKeyAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleUnwrapKeyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSubtleUnwrapKeyAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sign a digest (alpha).
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleSignResponse subtleSignAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleSignRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSubtleSignAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Check a signature (alpha).
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleVerifyResponse subtleVerifyAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleVerifyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSubtleVerifyAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Start a workflow instance (alpha routes). The HTTP body is the input.
     * </pre>
     */
    @java.lang.Deprecated
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowResponse startWorkflowAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getStartWorkflowAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Look up a workflow instance (alpha routes).
     * </pre>
     */
    @java.lang.Deprecated
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowResponse getWorkflowAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetWorkflowAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Delete a finished workflow instance (alpha routes).
     * </pre>
     */
    @java.lang.Deprecated
    public com.google.protobuf.Empty purgeWorkflowAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.PurgeWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgeWorkflowAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stop a workflow instance (alpha routes).
     * </pre>
     */
    @java.lang.Deprecated
    public com.google.protobuf.Empty terminateWorkflowAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.TerminateWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getTerminateWorkflowAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Suspend a workflow instance (alpha routes).
     * </pre>
     */
    @java.lang.Deprecated
    public com.google.protobuf.Empty pauseWorkflowAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.PauseWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPauseWorkflowAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Continue a suspended workflow instance (alpha routes).
     * </pre>
     */
    @java.lang.Deprecated
    public com.google.protobuf.Empty resumeWorkflowAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ResumeWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getResumeWorkflowAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Send an event to a workflow instance (alpha routes). The HTTP body is
     * the event payload.
     * </pre>
     */
    @java.lang.Deprecated
    public com.google.protobuf.Empty raiseEventWorkflowAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.RaiseEventWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRaiseEventWorkflowAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Start a workflow instance. The HTTP body is the input; the beta1 and
     * v1.0 routes both lead here.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowResponse startWorkflowBeta1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getStartWorkflowBeta1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Look up a workflow instance.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowResponse getWorkflowBeta1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetWorkflowBeta1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Delete a finished workflow instance.
     * </pre>
     */
    public com.google.protobuf.Empty purgeWorkflowBeta1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.PurgeWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPurgeWorkflowBeta1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stop a workflow instance.
     * </pre>
     */
    public com.google.protobuf.Empty terminateWorkflowBeta1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.TerminateWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getTerminateWorkflowBeta1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Suspend a workflow instance.
     * </pre>
     */
    public com.google.protobuf.Empty pauseWorkflowBeta1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.PauseWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPauseWorkflowBeta1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Continue a suspended workflow instance.
     * </pre>
     */
    public com.google.protobuf.Empty resumeWorkflowBeta1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ResumeWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getResumeWorkflowBeta1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Send an event to a workflow instance. The HTTP body is the payload.
     * </pre>
     */
    public com.google.protobuf.Empty raiseEventWorkflowBeta1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.RaiseEventWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRaiseEventWorkflowBeta1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Shut the sidecar down.
     * </pre>
     */
    public com.google.protobuf.Empty shutdown(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ShutdownRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getShutdownMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Create a job (alpha route, kept for old clients). The HTTP body is the
     * job's fields plus "overwrite"; the name comes from the path.
     * </pre>
     */
    @java.lang.Deprecated
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobResponse scheduleJobAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getScheduleJobAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Create a job. The HTTP body is the job's fields plus "overwrite"; the
     * name comes from the path.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobResponse scheduleJob(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getScheduleJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Read a job (alpha route, kept for old clients). HTTP answers the job.
     * </pre>
     */
    @java.lang.Deprecated
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobResponse getJobAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetJobAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Read a job. HTTP answers the job.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobResponse getJob(dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Delete a job (alpha route, kept for old clients).
     * </pre>
     */
    @java.lang.Deprecated
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobResponse deleteJobAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteJobAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Delete a job.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobResponse deleteJob(dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Delete the app's jobs by name prefix (alpha).
     * </pre>
     */
    @java.lang.Deprecated
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixResponseAlpha1 deleteJobsByPrefixAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixRequestAlpha1 request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteJobsByPrefixAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Delete the app's jobs by name prefix.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixResponse deleteJobsByPrefix(dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteJobsByPrefixMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * List the app's jobs (alpha).
     * </pre>
     */
    @java.lang.Deprecated
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsResponseAlpha1 listJobsAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsRequestAlpha1 request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListJobsAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * List the app's jobs.
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsResponse listJobs(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListJobsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Talk to a language model through a conversation component (alpha1).
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationResponse converseAlpha1(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getConverseAlpha1Method(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Talk to a language model through a conversation component (alpha2).
     * </pre>
     */
    public dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationResponseAlpha2 converseAlpha2(dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationRequestAlpha2 request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getConverseAlpha2Method(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service Dapr.
   * <pre>
   * The sidecar API: the building blocks an app uses through its sidecar
   * (service invocation, state, pub/sub, bindings, secrets, actors,
   * configuration, locks, cryptography, workflows, jobs, conversation) plus
   * sidecar metadata and shutdown.
   * </pre>
   */
  public static final class DaprFutureStub
      extends io.grpc.stub.AbstractFutureStub<DaprFutureStub> {
    private DaprFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected DaprFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new DaprFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Call a method of another app. Over HTTP this is the invoke proxy: any
     * verb, the body and headers passed through to the target app.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse> invokeService(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeServiceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getInvokeServiceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Read one key. HTTP answers the stored bytes as the body, the version in
     * the ETag header, and 204 when the key does not exist.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetStateResponse> getState(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetStateRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetStateMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Read several keys. HTTP answers a bare JSON array of items.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkStateResponse> getBulkState(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkStateRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetBulkStateMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Write one or more keys. The HTTP body is the JSON array of items.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> saveState(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.SaveStateRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSaveStateMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Query a state store (alpha). The HTTP body is the query document; 204
     * when nothing matches.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.QueryStateResponse> queryStateAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.QueryStateRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getQueryStateAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Delete one key; HTTP takes the expected version from If-Match.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> deleteState(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteStateRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteStateMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Delete several keys.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> deleteBulkState(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteBulkStateRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteBulkStateMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Apply writes and deletes to one store atomically.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> executeStateTransaction(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.ExecuteStateTransactionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getExecuteStateTransactionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Publish one event. The HTTP body is the event, its Content-Type the
     * event's content type; the topic may contain slashes.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> publishEvent(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.PublishEventRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPublishEventMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Publish several events (alpha route, kept for old clients).
     * </pre>
     */
    @java.lang.Deprecated
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishResponse> bulkPublishEventAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBulkPublishEventAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Publish several events. The HTTP body is the JSON array of entries; 204
     * when every entry was published.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishResponse> bulkPublishEvent(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBulkPublishEventMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Call an output binding. HTTP answers the binding's bytes as the body and
     * its metadata as "metadata.&lt;key&gt;" headers.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeBindingResponse> invokeBinding(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeBindingRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getInvokeBindingMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Read one secret. HTTP answers the secret's entries as a JSON object.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetSecretResponse> getSecret(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetSecretRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSecretMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Read all secrets the app may see. HTTP answers a map of maps.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkSecretResponse> getBulkSecret(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkSecretRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetBulkSecretMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Create an actor timer.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> registerActorTimer(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.RegisterActorTimerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRegisterActorTimerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Delete an actor timer.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> unregisterActorTimer(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorTimerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUnregisterActorTimerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Create an actor reminder.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> registerActorReminder(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.RegisterActorReminderRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRegisterActorReminderMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Delete an actor reminder.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> unregisterActorReminder(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorReminderRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUnregisterActorReminderMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Delete every reminder of an actor type, or of one actor.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorRemindersByTypeResponse> unregisterActorRemindersByType(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorRemindersByTypeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUnregisterActorRemindersByTypeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * List the reminders of an actor type, or of one actor.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListActorRemindersResponse> listActorReminders(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListActorRemindersRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListActorRemindersMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Read one key of an actor's state. HTTP answers the stored bytes as the
     * body, 204 when the key does not exist.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorStateResponse> getActorState(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorStateRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetActorStateMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Read the definition of an actor reminder.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorReminderResponse> getActorReminder(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorReminderRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetActorReminderMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Change an actor's state atomically. The HTTP body is the JSON array of
     * operations.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> executeActorStateTransaction(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.ExecuteActorStateTransactionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getExecuteActorStateTransactionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Call an actor method. Over HTTP this is the actor proxy: the body and
     * headers go to the actor and its answer comes back as is.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeActorResponse> invokeActor(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeActorRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getInvokeActorMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Read configuration entries (alpha route). HTTP answers the bare map of
     * items, 204 when there is none.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationResponse> getConfigurationAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetConfigurationAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Read configuration entries. HTTP answers the bare map of items, 204 when
     * there is none.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationResponse> getConfiguration(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetConfigurationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stop watching configuration entries (alpha route).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationResponse> unsubscribeConfigurationAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUnsubscribeConfigurationAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stop watching configuration entries.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationResponse> unsubscribeConfiguration(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUnsubscribeConfigurationMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Try to take a distributed lock (alpha).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TryLockResponse> tryLockAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.TryLockRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getTryLockAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Release a distributed lock (alpha).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnlockResponse> unlockAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnlockRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUnlockAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Describe the sidecar and what it has loaded.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetMetadataResponse> getMetadata(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetMetadataRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetMetadataMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Set an attribute of the sidecar's extended metadata. The HTTP body is
     * the value.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> setMetadata(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.SetMetadataRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetMetadataMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Fetch the public part of a key (alpha).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleGetKeyResponse> subtleGetKeyAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleGetKeyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSubtleGetKeyAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Encrypt a small message (alpha).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleEncryptResponse> subtleEncryptAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleEncryptRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSubtleEncryptAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Decrypt a small message (alpha).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleDecryptResponse> subtleDecryptAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleDecryptRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSubtleDecryptAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Wrap a key (alpha).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleWrapKeyResponse> subtleWrapKeyAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleWrapKeyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSubtleWrapKeyAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Unwrap a key (alpha).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleUnwrapKeyResponse> subtleUnwrapKeyAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleUnwrapKeyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSubtleUnwrapKeyAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Sign a digest (alpha).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleSignResponse> subtleSignAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleSignRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSubtleSignAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Check a signature (alpha).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleVerifyResponse> subtleVerifyAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleVerifyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSubtleVerifyAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Start a workflow instance (alpha routes). The HTTP body is the input.
     * </pre>
     */
    @java.lang.Deprecated
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowResponse> startWorkflowAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getStartWorkflowAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Look up a workflow instance (alpha routes).
     * </pre>
     */
    @java.lang.Deprecated
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowResponse> getWorkflowAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetWorkflowAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Delete a finished workflow instance (alpha routes).
     * </pre>
     */
    @java.lang.Deprecated
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> purgeWorkflowAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.PurgeWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgeWorkflowAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stop a workflow instance (alpha routes).
     * </pre>
     */
    @java.lang.Deprecated
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> terminateWorkflowAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.TerminateWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getTerminateWorkflowAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Suspend a workflow instance (alpha routes).
     * </pre>
     */
    @java.lang.Deprecated
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> pauseWorkflowAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.PauseWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPauseWorkflowAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Continue a suspended workflow instance (alpha routes).
     * </pre>
     */
    @java.lang.Deprecated
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> resumeWorkflowAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.ResumeWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getResumeWorkflowAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Send an event to a workflow instance (alpha routes). The HTTP body is
     * the event payload.
     * </pre>
     */
    @java.lang.Deprecated
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> raiseEventWorkflowAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.RaiseEventWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRaiseEventWorkflowAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Start a workflow instance. The HTTP body is the input; the beta1 and
     * v1.0 routes both lead here.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowResponse> startWorkflowBeta1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getStartWorkflowBeta1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Look up a workflow instance.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowResponse> getWorkflowBeta1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetWorkflowBeta1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Delete a finished workflow instance.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> purgeWorkflowBeta1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.PurgeWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPurgeWorkflowBeta1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stop a workflow instance.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> terminateWorkflowBeta1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.TerminateWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getTerminateWorkflowBeta1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Suspend a workflow instance.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> pauseWorkflowBeta1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.PauseWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPauseWorkflowBeta1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Continue a suspended workflow instance.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> resumeWorkflowBeta1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.ResumeWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getResumeWorkflowBeta1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Send an event to a workflow instance. The HTTP body is the payload.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> raiseEventWorkflowBeta1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.RaiseEventWorkflowRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRaiseEventWorkflowBeta1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Shut the sidecar down.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> shutdown(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.ShutdownRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getShutdownMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Create a job (alpha route, kept for old clients). The HTTP body is the
     * job's fields plus "overwrite"; the name comes from the path.
     * </pre>
     */
    @java.lang.Deprecated
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobResponse> scheduleJobAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getScheduleJobAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Create a job. The HTTP body is the job's fields plus "overwrite"; the
     * name comes from the path.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobResponse> scheduleJob(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getScheduleJobMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Read a job (alpha route, kept for old clients). HTTP answers the job.
     * </pre>
     */
    @java.lang.Deprecated
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobResponse> getJobAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetJobAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Read a job. HTTP answers the job.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobResponse> getJob(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetJobMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Delete a job (alpha route, kept for old clients).
     * </pre>
     */
    @java.lang.Deprecated
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobResponse> deleteJobAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteJobAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Delete a job.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobResponse> deleteJob(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteJobMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Delete the app's jobs by name prefix (alpha).
     * </pre>
     */
    @java.lang.Deprecated
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixResponseAlpha1> deleteJobsByPrefixAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixRequestAlpha1 request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteJobsByPrefixAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Delete the app's jobs by name prefix.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixResponse> deleteJobsByPrefix(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteJobsByPrefixMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * List the app's jobs (alpha).
     * </pre>
     */
    @java.lang.Deprecated
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsResponseAlpha1> listJobsAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsRequestAlpha1 request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListJobsAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * List the app's jobs.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsResponse> listJobs(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListJobsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Talk to a language model through a conversation component (alpha1).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationResponse> converseAlpha1(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getConverseAlpha1Method(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Talk to a language model through a conversation component (alpha2).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationResponseAlpha2> converseAlpha2(
        dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationRequestAlpha2 request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getConverseAlpha2Method(), getCallOptions()), request);
    }
  }

  private static final int METHODID_INVOKE_SERVICE = 0;
  private static final int METHODID_GET_STATE = 1;
  private static final int METHODID_GET_BULK_STATE = 2;
  private static final int METHODID_SAVE_STATE = 3;
  private static final int METHODID_QUERY_STATE_ALPHA1 = 4;
  private static final int METHODID_DELETE_STATE = 5;
  private static final int METHODID_DELETE_BULK_STATE = 6;
  private static final int METHODID_EXECUTE_STATE_TRANSACTION = 7;
  private static final int METHODID_PUBLISH_EVENT = 8;
  private static final int METHODID_BULK_PUBLISH_EVENT_ALPHA1 = 9;
  private static final int METHODID_BULK_PUBLISH_EVENT = 10;
  private static final int METHODID_INVOKE_BINDING = 11;
  private static final int METHODID_GET_SECRET = 12;
  private static final int METHODID_GET_BULK_SECRET = 13;
  private static final int METHODID_REGISTER_ACTOR_TIMER = 14;
  private static final int METHODID_UNREGISTER_ACTOR_TIMER = 15;
  private static final int METHODID_REGISTER_ACTOR_REMINDER = 16;
  private static final int METHODID_UNREGISTER_ACTOR_REMINDER = 17;
  private static final int METHODID_UNREGISTER_ACTOR_REMINDERS_BY_TYPE = 18;
  private static final int METHODID_LIST_ACTOR_REMINDERS = 19;
  private static final int METHODID_GET_ACTOR_STATE = 20;
  private static final int METHODID_GET_ACTOR_REMINDER = 21;
  private static final int METHODID_EXECUTE_ACTOR_STATE_TRANSACTION = 22;
  private static final int METHODID_INVOKE_ACTOR = 23;
  private static final int METHODID_GET_CONFIGURATION_ALPHA1 = 24;
  private static final int METHODID_GET_CONFIGURATION = 25;
  private static final int METHODID_SUBSCRIBE_CONFIGURATION_ALPHA1 = 26;
  private static final int METHODID_SUBSCRIBE_CONFIGURATION = 27;
  private static final int METHODID_UNSUBSCRIBE_CONFIGURATION_ALPHA1 = 28;
  private static final int METHODID_UNSUBSCRIBE_CONFIGURATION = 29;
  private static final int METHODID_TRY_LOCK_ALPHA1 = 30;
  private static final int METHODID_UNLOCK_ALPHA1 = 31;
  private static final int METHODID_GET_METADATA = 32;
  private static final int METHODID_SET_METADATA = 33;
  private static final int METHODID_SUBTLE_GET_KEY_ALPHA1 = 34;
  private static final int METHODID_SUBTLE_ENCRYPT_ALPHA1 = 35;
  private static final int METHODID_SUBTLE_DECRYPT_ALPHA1 = 36;
  private static final int METHODID_SUBTLE_WRAP_KEY_ALPHA1 = 37;
  private static final int METHODID_SUBTLE_UNWRAP_KEY_ALPHA1 = 38;
  private static final int METHODID_SUBTLE_SIGN_ALPHA1 = 39;
  private static final int METHODID_SUBTLE_VERIFY_ALPHA1 = 40;
  private static final int METHODID_START_WORKFLOW_ALPHA1 = 41;
  private static final int METHODID_GET_WORKFLOW_ALPHA1 = 42;
  private static final int METHODID_PURGE_WORKFLOW_ALPHA1 = 43;
  private static final int METHODID_TERMINATE_WORKFLOW_ALPHA1 = 44;
  private static final int METHODID_PAUSE_WORKFLOW_ALPHA1 = 45;
  private static final int METHODID_RESUME_WORKFLOW_ALPHA1 = 46;
  private static final int METHODID_RAISE_EVENT_WORKFLOW_ALPHA1 = 47;
  private static final int METHODID_START_WORKFLOW_BETA1 = 48;
  private static final int METHODID_GET_WORKFLOW_BETA1 = 49;
  private static final int METHODID_PURGE_WORKFLOW_BETA1 = 50;
  private static final int METHODID_TERMINATE_WORKFLOW_BETA1 = 51;
  private static final int METHODID_PAUSE_WORKFLOW_BETA1 = 52;
  private static final int METHODID_RESUME_WORKFLOW_BETA1 = 53;
  private static final int METHODID_RAISE_EVENT_WORKFLOW_BETA1 = 54;
  private static final int METHODID_SHUTDOWN = 55;
  private static final int METHODID_SCHEDULE_JOB_ALPHA1 = 56;
  private static final int METHODID_SCHEDULE_JOB = 57;
  private static final int METHODID_GET_JOB_ALPHA1 = 58;
  private static final int METHODID_GET_JOB = 59;
  private static final int METHODID_DELETE_JOB_ALPHA1 = 60;
  private static final int METHODID_DELETE_JOB = 61;
  private static final int METHODID_DELETE_JOBS_BY_PREFIX_ALPHA1 = 62;
  private static final int METHODID_DELETE_JOBS_BY_PREFIX = 63;
  private static final int METHODID_LIST_JOBS_ALPHA1 = 64;
  private static final int METHODID_LIST_JOBS = 65;
  private static final int METHODID_CONVERSE_ALPHA1 = 66;
  private static final int METHODID_CONVERSE_ALPHA2 = 67;
  private static final int METHODID_SUBSCRIBE_TOPIC_EVENTS_ALPHA1 = 68;
  private static final int METHODID_SUBSCRIBE_ACTOR_EVENTS_ALPHA1 = 69;
  private static final int METHODID_ENCRYPT_ALPHA1 = 70;
  private static final int METHODID_DECRYPT_ALPHA1 = 71;

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
        case METHODID_INVOKE_SERVICE:
          serviceImpl.invokeService((dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeServiceRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse>) responseObserver);
          break;
        case METHODID_GET_STATE:
          serviceImpl.getState((dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetStateRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetStateResponse>) responseObserver);
          break;
        case METHODID_GET_BULK_STATE:
          serviceImpl.getBulkState((dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkStateRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkStateResponse>) responseObserver);
          break;
        case METHODID_SAVE_STATE:
          serviceImpl.saveState((dev.pillion.sdk.proto.dapr.proto.runtime.v1.SaveStateRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_QUERY_STATE_ALPHA1:
          serviceImpl.queryStateAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.QueryStateRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.QueryStateResponse>) responseObserver);
          break;
        case METHODID_DELETE_STATE:
          serviceImpl.deleteState((dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteStateRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_DELETE_BULK_STATE:
          serviceImpl.deleteBulkState((dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteBulkStateRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_EXECUTE_STATE_TRANSACTION:
          serviceImpl.executeStateTransaction((dev.pillion.sdk.proto.dapr.proto.runtime.v1.ExecuteStateTransactionRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_PUBLISH_EVENT:
          serviceImpl.publishEvent((dev.pillion.sdk.proto.dapr.proto.runtime.v1.PublishEventRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_BULK_PUBLISH_EVENT_ALPHA1:
          serviceImpl.bulkPublishEventAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishResponse>) responseObserver);
          break;
        case METHODID_BULK_PUBLISH_EVENT:
          serviceImpl.bulkPublishEvent((dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishResponse>) responseObserver);
          break;
        case METHODID_INVOKE_BINDING:
          serviceImpl.invokeBinding((dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeBindingRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeBindingResponse>) responseObserver);
          break;
        case METHODID_GET_SECRET:
          serviceImpl.getSecret((dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetSecretRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetSecretResponse>) responseObserver);
          break;
        case METHODID_GET_BULK_SECRET:
          serviceImpl.getBulkSecret((dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkSecretRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkSecretResponse>) responseObserver);
          break;
        case METHODID_REGISTER_ACTOR_TIMER:
          serviceImpl.registerActorTimer((dev.pillion.sdk.proto.dapr.proto.runtime.v1.RegisterActorTimerRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_UNREGISTER_ACTOR_TIMER:
          serviceImpl.unregisterActorTimer((dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorTimerRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_REGISTER_ACTOR_REMINDER:
          serviceImpl.registerActorReminder((dev.pillion.sdk.proto.dapr.proto.runtime.v1.RegisterActorReminderRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_UNREGISTER_ACTOR_REMINDER:
          serviceImpl.unregisterActorReminder((dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorReminderRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_UNREGISTER_ACTOR_REMINDERS_BY_TYPE:
          serviceImpl.unregisterActorRemindersByType((dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorRemindersByTypeRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorRemindersByTypeResponse>) responseObserver);
          break;
        case METHODID_LIST_ACTOR_REMINDERS:
          serviceImpl.listActorReminders((dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListActorRemindersRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListActorRemindersResponse>) responseObserver);
          break;
        case METHODID_GET_ACTOR_STATE:
          serviceImpl.getActorState((dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorStateRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorStateResponse>) responseObserver);
          break;
        case METHODID_GET_ACTOR_REMINDER:
          serviceImpl.getActorReminder((dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorReminderRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorReminderResponse>) responseObserver);
          break;
        case METHODID_EXECUTE_ACTOR_STATE_TRANSACTION:
          serviceImpl.executeActorStateTransaction((dev.pillion.sdk.proto.dapr.proto.runtime.v1.ExecuteActorStateTransactionRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_INVOKE_ACTOR:
          serviceImpl.invokeActor((dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeActorRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeActorResponse>) responseObserver);
          break;
        case METHODID_GET_CONFIGURATION_ALPHA1:
          serviceImpl.getConfigurationAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationResponse>) responseObserver);
          break;
        case METHODID_GET_CONFIGURATION:
          serviceImpl.getConfiguration((dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationResponse>) responseObserver);
          break;
        case METHODID_SUBSCRIBE_CONFIGURATION_ALPHA1:
          serviceImpl.subscribeConfigurationAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationResponse>) responseObserver);
          break;
        case METHODID_SUBSCRIBE_CONFIGURATION:
          serviceImpl.subscribeConfiguration((dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationResponse>) responseObserver);
          break;
        case METHODID_UNSUBSCRIBE_CONFIGURATION_ALPHA1:
          serviceImpl.unsubscribeConfigurationAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationResponse>) responseObserver);
          break;
        case METHODID_UNSUBSCRIBE_CONFIGURATION:
          serviceImpl.unsubscribeConfiguration((dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationResponse>) responseObserver);
          break;
        case METHODID_TRY_LOCK_ALPHA1:
          serviceImpl.tryLockAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.TryLockRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.TryLockResponse>) responseObserver);
          break;
        case METHODID_UNLOCK_ALPHA1:
          serviceImpl.unlockAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnlockRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnlockResponse>) responseObserver);
          break;
        case METHODID_GET_METADATA:
          serviceImpl.getMetadata((dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetMetadataRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetMetadataResponse>) responseObserver);
          break;
        case METHODID_SET_METADATA:
          serviceImpl.setMetadata((dev.pillion.sdk.proto.dapr.proto.runtime.v1.SetMetadataRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_SUBTLE_GET_KEY_ALPHA1:
          serviceImpl.subtleGetKeyAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleGetKeyRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleGetKeyResponse>) responseObserver);
          break;
        case METHODID_SUBTLE_ENCRYPT_ALPHA1:
          serviceImpl.subtleEncryptAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleEncryptRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleEncryptResponse>) responseObserver);
          break;
        case METHODID_SUBTLE_DECRYPT_ALPHA1:
          serviceImpl.subtleDecryptAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleDecryptRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleDecryptResponse>) responseObserver);
          break;
        case METHODID_SUBTLE_WRAP_KEY_ALPHA1:
          serviceImpl.subtleWrapKeyAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleWrapKeyRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleWrapKeyResponse>) responseObserver);
          break;
        case METHODID_SUBTLE_UNWRAP_KEY_ALPHA1:
          serviceImpl.subtleUnwrapKeyAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleUnwrapKeyRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleUnwrapKeyResponse>) responseObserver);
          break;
        case METHODID_SUBTLE_SIGN_ALPHA1:
          serviceImpl.subtleSignAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleSignRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleSignResponse>) responseObserver);
          break;
        case METHODID_SUBTLE_VERIFY_ALPHA1:
          serviceImpl.subtleVerifyAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleVerifyRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleVerifyResponse>) responseObserver);
          break;
        case METHODID_START_WORKFLOW_ALPHA1:
          serviceImpl.startWorkflowAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowResponse>) responseObserver);
          break;
        case METHODID_GET_WORKFLOW_ALPHA1:
          serviceImpl.getWorkflowAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowResponse>) responseObserver);
          break;
        case METHODID_PURGE_WORKFLOW_ALPHA1:
          serviceImpl.purgeWorkflowAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.PurgeWorkflowRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_TERMINATE_WORKFLOW_ALPHA1:
          serviceImpl.terminateWorkflowAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.TerminateWorkflowRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_PAUSE_WORKFLOW_ALPHA1:
          serviceImpl.pauseWorkflowAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.PauseWorkflowRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_RESUME_WORKFLOW_ALPHA1:
          serviceImpl.resumeWorkflowAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.ResumeWorkflowRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_RAISE_EVENT_WORKFLOW_ALPHA1:
          serviceImpl.raiseEventWorkflowAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.RaiseEventWorkflowRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_START_WORKFLOW_BETA1:
          serviceImpl.startWorkflowBeta1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowResponse>) responseObserver);
          break;
        case METHODID_GET_WORKFLOW_BETA1:
          serviceImpl.getWorkflowBeta1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowResponse>) responseObserver);
          break;
        case METHODID_PURGE_WORKFLOW_BETA1:
          serviceImpl.purgeWorkflowBeta1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.PurgeWorkflowRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_TERMINATE_WORKFLOW_BETA1:
          serviceImpl.terminateWorkflowBeta1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.TerminateWorkflowRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_PAUSE_WORKFLOW_BETA1:
          serviceImpl.pauseWorkflowBeta1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.PauseWorkflowRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_RESUME_WORKFLOW_BETA1:
          serviceImpl.resumeWorkflowBeta1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.ResumeWorkflowRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_RAISE_EVENT_WORKFLOW_BETA1:
          serviceImpl.raiseEventWorkflowBeta1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.RaiseEventWorkflowRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_SHUTDOWN:
          serviceImpl.shutdown((dev.pillion.sdk.proto.dapr.proto.runtime.v1.ShutdownRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_SCHEDULE_JOB_ALPHA1:
          serviceImpl.scheduleJobAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobResponse>) responseObserver);
          break;
        case METHODID_SCHEDULE_JOB:
          serviceImpl.scheduleJob((dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobResponse>) responseObserver);
          break;
        case METHODID_GET_JOB_ALPHA1:
          serviceImpl.getJobAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobResponse>) responseObserver);
          break;
        case METHODID_GET_JOB:
          serviceImpl.getJob((dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobResponse>) responseObserver);
          break;
        case METHODID_DELETE_JOB_ALPHA1:
          serviceImpl.deleteJobAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobResponse>) responseObserver);
          break;
        case METHODID_DELETE_JOB:
          serviceImpl.deleteJob((dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobResponse>) responseObserver);
          break;
        case METHODID_DELETE_JOBS_BY_PREFIX_ALPHA1:
          serviceImpl.deleteJobsByPrefixAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixRequestAlpha1) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixResponseAlpha1>) responseObserver);
          break;
        case METHODID_DELETE_JOBS_BY_PREFIX:
          serviceImpl.deleteJobsByPrefix((dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixResponse>) responseObserver);
          break;
        case METHODID_LIST_JOBS_ALPHA1:
          serviceImpl.listJobsAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsRequestAlpha1) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsResponseAlpha1>) responseObserver);
          break;
        case METHODID_LIST_JOBS:
          serviceImpl.listJobs((dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsResponse>) responseObserver);
          break;
        case METHODID_CONVERSE_ALPHA1:
          serviceImpl.converseAlpha1((dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationResponse>) responseObserver);
          break;
        case METHODID_CONVERSE_ALPHA2:
          serviceImpl.converseAlpha2((dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationRequestAlpha2) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationResponseAlpha2>) responseObserver);
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
        case METHODID_SUBSCRIBE_TOPIC_EVENTS_ALPHA1:
          return (io.grpc.stub.StreamObserver<Req>) serviceImpl.subscribeTopicEventsAlpha1(
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeTopicEventsResponseAlpha1>) responseObserver);
        case METHODID_SUBSCRIBE_ACTOR_EVENTS_ALPHA1:
          return (io.grpc.stub.StreamObserver<Req>) serviceImpl.subscribeActorEventsAlpha1(
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeActorEventsResponseAlpha1>) responseObserver);
        case METHODID_ENCRYPT_ALPHA1:
          return (io.grpc.stub.StreamObserver<Req>) serviceImpl.encryptAlpha1(
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.EncryptResponse>) responseObserver);
        case METHODID_DECRYPT_ALPHA1:
          return (io.grpc.stub.StreamObserver<Req>) serviceImpl.decryptAlpha1(
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.dapr.proto.runtime.v1.DecryptResponse>) responseObserver);
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getInvokeServiceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeServiceRequest,
              dev.pillion.sdk.proto.dapr.proto.common.v1.InvokeResponse>(
                service, METHODID_INVOKE_SERVICE)))
        .addMethod(
          getGetStateMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetStateRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetStateResponse>(
                service, METHODID_GET_STATE)))
        .addMethod(
          getGetBulkStateMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkStateRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkStateResponse>(
                service, METHODID_GET_BULK_STATE)))
        .addMethod(
          getSaveStateMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.SaveStateRequest,
              com.google.protobuf.Empty>(
                service, METHODID_SAVE_STATE)))
        .addMethod(
          getQueryStateAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.QueryStateRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.QueryStateResponse>(
                service, METHODID_QUERY_STATE_ALPHA1)))
        .addMethod(
          getDeleteStateMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteStateRequest,
              com.google.protobuf.Empty>(
                service, METHODID_DELETE_STATE)))
        .addMethod(
          getDeleteBulkStateMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteBulkStateRequest,
              com.google.protobuf.Empty>(
                service, METHODID_DELETE_BULK_STATE)))
        .addMethod(
          getExecuteStateTransactionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.ExecuteStateTransactionRequest,
              com.google.protobuf.Empty>(
                service, METHODID_EXECUTE_STATE_TRANSACTION)))
        .addMethod(
          getPublishEventMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.PublishEventRequest,
              com.google.protobuf.Empty>(
                service, METHODID_PUBLISH_EVENT)))
        .addMethod(
          getBulkPublishEventAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishResponse>(
                service, METHODID_BULK_PUBLISH_EVENT_ALPHA1)))
        .addMethod(
          getBulkPublishEventMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.BulkPublishResponse>(
                service, METHODID_BULK_PUBLISH_EVENT)))
        .addMethod(
          getSubscribeTopicEventsAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncBidiStreamingCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeTopicEventsRequestAlpha1,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeTopicEventsResponseAlpha1>(
                service, METHODID_SUBSCRIBE_TOPIC_EVENTS_ALPHA1)))
        .addMethod(
          getInvokeBindingMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeBindingRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeBindingResponse>(
                service, METHODID_INVOKE_BINDING)))
        .addMethod(
          getGetSecretMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetSecretRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetSecretResponse>(
                service, METHODID_GET_SECRET)))
        .addMethod(
          getGetBulkSecretMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkSecretRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetBulkSecretResponse>(
                service, METHODID_GET_BULK_SECRET)))
        .addMethod(
          getRegisterActorTimerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.RegisterActorTimerRequest,
              com.google.protobuf.Empty>(
                service, METHODID_REGISTER_ACTOR_TIMER)))
        .addMethod(
          getUnregisterActorTimerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorTimerRequest,
              com.google.protobuf.Empty>(
                service, METHODID_UNREGISTER_ACTOR_TIMER)))
        .addMethod(
          getRegisterActorReminderMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.RegisterActorReminderRequest,
              com.google.protobuf.Empty>(
                service, METHODID_REGISTER_ACTOR_REMINDER)))
        .addMethod(
          getUnregisterActorReminderMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorReminderRequest,
              com.google.protobuf.Empty>(
                service, METHODID_UNREGISTER_ACTOR_REMINDER)))
        .addMethod(
          getUnregisterActorRemindersByTypeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorRemindersByTypeRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnregisterActorRemindersByTypeResponse>(
                service, METHODID_UNREGISTER_ACTOR_REMINDERS_BY_TYPE)))
        .addMethod(
          getListActorRemindersMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListActorRemindersRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListActorRemindersResponse>(
                service, METHODID_LIST_ACTOR_REMINDERS)))
        .addMethod(
          getGetActorStateMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorStateRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorStateResponse>(
                service, METHODID_GET_ACTOR_STATE)))
        .addMethod(
          getGetActorReminderMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorReminderRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetActorReminderResponse>(
                service, METHODID_GET_ACTOR_REMINDER)))
        .addMethod(
          getExecuteActorStateTransactionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.ExecuteActorStateTransactionRequest,
              com.google.protobuf.Empty>(
                service, METHODID_EXECUTE_ACTOR_STATE_TRANSACTION)))
        .addMethod(
          getInvokeActorMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeActorRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.InvokeActorResponse>(
                service, METHODID_INVOKE_ACTOR)))
        .addMethod(
          getSubscribeActorEventsAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncBidiStreamingCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeActorEventsRequestAlpha1,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeActorEventsResponseAlpha1>(
                service, METHODID_SUBSCRIBE_ACTOR_EVENTS_ALPHA1)))
        .addMethod(
          getGetConfigurationAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationResponse>(
                service, METHODID_GET_CONFIGURATION_ALPHA1)))
        .addMethod(
          getGetConfigurationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetConfigurationResponse>(
                service, METHODID_GET_CONFIGURATION)))
        .addMethod(
          getSubscribeConfigurationAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationResponse>(
                service, METHODID_SUBSCRIBE_CONFIGURATION_ALPHA1)))
        .addMethod(
          getSubscribeConfigurationMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubscribeConfigurationResponse>(
                service, METHODID_SUBSCRIBE_CONFIGURATION)))
        .addMethod(
          getUnsubscribeConfigurationAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationResponse>(
                service, METHODID_UNSUBSCRIBE_CONFIGURATION_ALPHA1)))
        .addMethod(
          getUnsubscribeConfigurationMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnsubscribeConfigurationResponse>(
                service, METHODID_UNSUBSCRIBE_CONFIGURATION)))
        .addMethod(
          getTryLockAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.TryLockRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.TryLockResponse>(
                service, METHODID_TRY_LOCK_ALPHA1)))
        .addMethod(
          getUnlockAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnlockRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.UnlockResponse>(
                service, METHODID_UNLOCK_ALPHA1)))
        .addMethod(
          getEncryptAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncBidiStreamingCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.EncryptRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.EncryptResponse>(
                service, METHODID_ENCRYPT_ALPHA1)))
        .addMethod(
          getDecryptAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncBidiStreamingCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.DecryptRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.DecryptResponse>(
                service, METHODID_DECRYPT_ALPHA1)))
        .addMethod(
          getGetMetadataMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetMetadataRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetMetadataResponse>(
                service, METHODID_GET_METADATA)))
        .addMethod(
          getSetMetadataMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.SetMetadataRequest,
              com.google.protobuf.Empty>(
                service, METHODID_SET_METADATA)))
        .addMethod(
          getSubtleGetKeyAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleGetKeyRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleGetKeyResponse>(
                service, METHODID_SUBTLE_GET_KEY_ALPHA1)))
        .addMethod(
          getSubtleEncryptAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleEncryptRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleEncryptResponse>(
                service, METHODID_SUBTLE_ENCRYPT_ALPHA1)))
        .addMethod(
          getSubtleDecryptAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleDecryptRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleDecryptResponse>(
                service, METHODID_SUBTLE_DECRYPT_ALPHA1)))
        .addMethod(
          getSubtleWrapKeyAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleWrapKeyRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleWrapKeyResponse>(
                service, METHODID_SUBTLE_WRAP_KEY_ALPHA1)))
        .addMethod(
          getSubtleUnwrapKeyAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleUnwrapKeyRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleUnwrapKeyResponse>(
                service, METHODID_SUBTLE_UNWRAP_KEY_ALPHA1)))
        .addMethod(
          getSubtleSignAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleSignRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleSignResponse>(
                service, METHODID_SUBTLE_SIGN_ALPHA1)))
        .addMethod(
          getSubtleVerifyAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleVerifyRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.SubtleVerifyResponse>(
                service, METHODID_SUBTLE_VERIFY_ALPHA1)))
        .addMethod(
          getStartWorkflowAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowResponse>(
                service, METHODID_START_WORKFLOW_ALPHA1)))
        .addMethod(
          getGetWorkflowAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowResponse>(
                service, METHODID_GET_WORKFLOW_ALPHA1)))
        .addMethod(
          getPurgeWorkflowAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.PurgeWorkflowRequest,
              com.google.protobuf.Empty>(
                service, METHODID_PURGE_WORKFLOW_ALPHA1)))
        .addMethod(
          getTerminateWorkflowAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.TerminateWorkflowRequest,
              com.google.protobuf.Empty>(
                service, METHODID_TERMINATE_WORKFLOW_ALPHA1)))
        .addMethod(
          getPauseWorkflowAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.PauseWorkflowRequest,
              com.google.protobuf.Empty>(
                service, METHODID_PAUSE_WORKFLOW_ALPHA1)))
        .addMethod(
          getResumeWorkflowAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.ResumeWorkflowRequest,
              com.google.protobuf.Empty>(
                service, METHODID_RESUME_WORKFLOW_ALPHA1)))
        .addMethod(
          getRaiseEventWorkflowAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.RaiseEventWorkflowRequest,
              com.google.protobuf.Empty>(
                service, METHODID_RAISE_EVENT_WORKFLOW_ALPHA1)))
        .addMethod(
          getStartWorkflowBeta1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.StartWorkflowResponse>(
                service, METHODID_START_WORKFLOW_BETA1)))
        .addMethod(
          getGetWorkflowBeta1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetWorkflowResponse>(
                service, METHODID_GET_WORKFLOW_BETA1)))
        .addMethod(
          getPurgeWorkflowBeta1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.PurgeWorkflowRequest,
              com.google.protobuf.Empty>(
                service, METHODID_PURGE_WORKFLOW_BETA1)))
        .addMethod(
          getTerminateWorkflowBeta1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.TerminateWorkflowRequest,
              com.google.protobuf.Empty>(
                service, METHODID_TERMINATE_WORKFLOW_BETA1)))
        .addMethod(
          getPauseWorkflowBeta1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.PauseWorkflowRequest,
              com.google.protobuf.Empty>(
                service, METHODID_PAUSE_WORKFLOW_BETA1)))
        .addMethod(
          getResumeWorkflowBeta1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.ResumeWorkflowRequest,
              com.google.protobuf.Empty>(
                service, METHODID_RESUME_WORKFLOW_BETA1)))
        .addMethod(
          getRaiseEventWorkflowBeta1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.RaiseEventWorkflowRequest,
              com.google.protobuf.Empty>(
                service, METHODID_RAISE_EVENT_WORKFLOW_BETA1)))
        .addMethod(
          getShutdownMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.ShutdownRequest,
              com.google.protobuf.Empty>(
                service, METHODID_SHUTDOWN)))
        .addMethod(
          getScheduleJobAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobResponse>(
                service, METHODID_SCHEDULE_JOB_ALPHA1)))
        .addMethod(
          getScheduleJobMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.ScheduleJobResponse>(
                service, METHODID_SCHEDULE_JOB)))
        .addMethod(
          getGetJobAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobResponse>(
                service, METHODID_GET_JOB_ALPHA1)))
        .addMethod(
          getGetJobMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.GetJobResponse>(
                service, METHODID_GET_JOB)))
        .addMethod(
          getDeleteJobAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobResponse>(
                service, METHODID_DELETE_JOB_ALPHA1)))
        .addMethod(
          getDeleteJobMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobResponse>(
                service, METHODID_DELETE_JOB)))
        .addMethod(
          getDeleteJobsByPrefixAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixRequestAlpha1,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixResponseAlpha1>(
                service, METHODID_DELETE_JOBS_BY_PREFIX_ALPHA1)))
        .addMethod(
          getDeleteJobsByPrefixMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.DeleteJobsByPrefixResponse>(
                service, METHODID_DELETE_JOBS_BY_PREFIX)))
        .addMethod(
          getListJobsAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsRequestAlpha1,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsResponseAlpha1>(
                service, METHODID_LIST_JOBS_ALPHA1)))
        .addMethod(
          getListJobsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.ListJobsResponse>(
                service, METHODID_LIST_JOBS)))
        .addMethod(
          getConverseAlpha1Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationRequest,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationResponse>(
                service, METHODID_CONVERSE_ALPHA1)))
        .addMethod(
          getConverseAlpha2Method(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationRequestAlpha2,
              dev.pillion.sdk.proto.dapr.proto.runtime.v1.ConversationResponseAlpha2>(
                service, METHODID_CONVERSE_ALPHA2)))
        .build();
  }

  private static abstract class DaprBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    DaprBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.pillion.sdk.proto.dapr.proto.runtime.v1.DaprProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("Dapr");
    }
  }

  private static final class DaprFileDescriptorSupplier
      extends DaprBaseDescriptorSupplier {
    DaprFileDescriptorSupplier() {}
  }

  private static final class DaprMethodDescriptorSupplier
      extends DaprBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    DaprMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (DaprGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new DaprFileDescriptorSupplier())
              .addMethod(getInvokeServiceMethod())
              .addMethod(getGetStateMethod())
              .addMethod(getGetBulkStateMethod())
              .addMethod(getSaveStateMethod())
              .addMethod(getQueryStateAlpha1Method())
              .addMethod(getDeleteStateMethod())
              .addMethod(getDeleteBulkStateMethod())
              .addMethod(getExecuteStateTransactionMethod())
              .addMethod(getPublishEventMethod())
              .addMethod(getBulkPublishEventAlpha1Method())
              .addMethod(getBulkPublishEventMethod())
              .addMethod(getSubscribeTopicEventsAlpha1Method())
              .addMethod(getInvokeBindingMethod())
              .addMethod(getGetSecretMethod())
              .addMethod(getGetBulkSecretMethod())
              .addMethod(getRegisterActorTimerMethod())
              .addMethod(getUnregisterActorTimerMethod())
              .addMethod(getRegisterActorReminderMethod())
              .addMethod(getUnregisterActorReminderMethod())
              .addMethod(getUnregisterActorRemindersByTypeMethod())
              .addMethod(getListActorRemindersMethod())
              .addMethod(getGetActorStateMethod())
              .addMethod(getGetActorReminderMethod())
              .addMethod(getExecuteActorStateTransactionMethod())
              .addMethod(getInvokeActorMethod())
              .addMethod(getSubscribeActorEventsAlpha1Method())
              .addMethod(getGetConfigurationAlpha1Method())
              .addMethod(getGetConfigurationMethod())
              .addMethod(getSubscribeConfigurationAlpha1Method())
              .addMethod(getSubscribeConfigurationMethod())
              .addMethod(getUnsubscribeConfigurationAlpha1Method())
              .addMethod(getUnsubscribeConfigurationMethod())
              .addMethod(getTryLockAlpha1Method())
              .addMethod(getUnlockAlpha1Method())
              .addMethod(getEncryptAlpha1Method())
              .addMethod(getDecryptAlpha1Method())
              .addMethod(getGetMetadataMethod())
              .addMethod(getSetMetadataMethod())
              .addMethod(getSubtleGetKeyAlpha1Method())
              .addMethod(getSubtleEncryptAlpha1Method())
              .addMethod(getSubtleDecryptAlpha1Method())
              .addMethod(getSubtleWrapKeyAlpha1Method())
              .addMethod(getSubtleUnwrapKeyAlpha1Method())
              .addMethod(getSubtleSignAlpha1Method())
              .addMethod(getSubtleVerifyAlpha1Method())
              .addMethod(getStartWorkflowAlpha1Method())
              .addMethod(getGetWorkflowAlpha1Method())
              .addMethod(getPurgeWorkflowAlpha1Method())
              .addMethod(getTerminateWorkflowAlpha1Method())
              .addMethod(getPauseWorkflowAlpha1Method())
              .addMethod(getResumeWorkflowAlpha1Method())
              .addMethod(getRaiseEventWorkflowAlpha1Method())
              .addMethod(getStartWorkflowBeta1Method())
              .addMethod(getGetWorkflowBeta1Method())
              .addMethod(getPurgeWorkflowBeta1Method())
              .addMethod(getTerminateWorkflowBeta1Method())
              .addMethod(getPauseWorkflowBeta1Method())
              .addMethod(getResumeWorkflowBeta1Method())
              .addMethod(getRaiseEventWorkflowBeta1Method())
              .addMethod(getShutdownMethod())
              .addMethod(getScheduleJobAlpha1Method())
              .addMethod(getScheduleJobMethod())
              .addMethod(getGetJobAlpha1Method())
              .addMethod(getGetJobMethod())
              .addMethod(getDeleteJobAlpha1Method())
              .addMethod(getDeleteJobMethod())
              .addMethod(getDeleteJobsByPrefixAlpha1Method())
              .addMethod(getDeleteJobsByPrefixMethod())
              .addMethod(getListJobsAlpha1Method())
              .addMethod(getListJobsMethod())
              .addMethod(getConverseAlpha1Method())
              .addMethod(getConverseAlpha2Method())
              .build();
        }
      }
    }
    return result;
  }
}
