package dev.pillion.sdk.proto.pillion.runtime.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The sidecar's developer site: SDK downloads, the OpenAPI document, the API
 * reference.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler (version 1.68.1)",
    comments = "Source: pillion/runtime/v1/site.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class SiteServiceGrpc {

  private SiteServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "pillion.runtime.v1.SiteService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkIndexRequest,
      dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkIndexResponse> getGetSdkIndexMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSdkIndex",
      requestType = dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkIndexRequest.class,
      responseType = dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkIndexResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkIndexRequest,
      dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkIndexResponse> getGetSdkIndexMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkIndexRequest, dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkIndexResponse> getGetSdkIndexMethod;
    if ((getGetSdkIndexMethod = SiteServiceGrpc.getGetSdkIndexMethod) == null) {
      synchronized (SiteServiceGrpc.class) {
        if ((getGetSdkIndexMethod = SiteServiceGrpc.getGetSdkIndexMethod) == null) {
          SiteServiceGrpc.getGetSdkIndexMethod = getGetSdkIndexMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkIndexRequest, dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkIndexResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSdkIndex"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkIndexRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkIndexResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SiteServiceMethodDescriptorSupplier("GetSdkIndex"))
              .build();
        }
      }
    }
    return getGetSdkIndexMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.ListSdksRequest,
      dev.pillion.sdk.proto.pillion.runtime.v1.ListSdksResponse> getListSdksMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSdks",
      requestType = dev.pillion.sdk.proto.pillion.runtime.v1.ListSdksRequest.class,
      responseType = dev.pillion.sdk.proto.pillion.runtime.v1.ListSdksResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.ListSdksRequest,
      dev.pillion.sdk.proto.pillion.runtime.v1.ListSdksResponse> getListSdksMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.ListSdksRequest, dev.pillion.sdk.proto.pillion.runtime.v1.ListSdksResponse> getListSdksMethod;
    if ((getListSdksMethod = SiteServiceGrpc.getListSdksMethod) == null) {
      synchronized (SiteServiceGrpc.class) {
        if ((getListSdksMethod = SiteServiceGrpc.getListSdksMethod) == null) {
          SiteServiceGrpc.getListSdksMethod = getListSdksMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.pillion.runtime.v1.ListSdksRequest, dev.pillion.sdk.proto.pillion.runtime.v1.ListSdksResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSdks"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.pillion.runtime.v1.ListSdksRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.pillion.runtime.v1.ListSdksResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SiteServiceMethodDescriptorSupplier("ListSdks"))
              .build();
        }
      }
    }
    return getListSdksMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkArchiveRequest,
      dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkArchiveResponse> getGetSdkArchiveMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSdkArchive",
      requestType = dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkArchiveRequest.class,
      responseType = dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkArchiveResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkArchiveRequest,
      dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkArchiveResponse> getGetSdkArchiveMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkArchiveRequest, dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkArchiveResponse> getGetSdkArchiveMethod;
    if ((getGetSdkArchiveMethod = SiteServiceGrpc.getGetSdkArchiveMethod) == null) {
      synchronized (SiteServiceGrpc.class) {
        if ((getGetSdkArchiveMethod = SiteServiceGrpc.getGetSdkArchiveMethod) == null) {
          SiteServiceGrpc.getGetSdkArchiveMethod = getGetSdkArchiveMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkArchiveRequest, dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkArchiveResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSdkArchive"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkArchiveRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkArchiveResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SiteServiceMethodDescriptorSupplier("GetSdkArchive"))
              .build();
        }
      }
    }
    return getGetSdkArchiveMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.GetOpenApiDocumentRequest,
      dev.pillion.sdk.proto.pillion.runtime.v1.GetOpenApiDocumentResponse> getGetOpenApiDocumentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetOpenApiDocument",
      requestType = dev.pillion.sdk.proto.pillion.runtime.v1.GetOpenApiDocumentRequest.class,
      responseType = dev.pillion.sdk.proto.pillion.runtime.v1.GetOpenApiDocumentResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.GetOpenApiDocumentRequest,
      dev.pillion.sdk.proto.pillion.runtime.v1.GetOpenApiDocumentResponse> getGetOpenApiDocumentMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.GetOpenApiDocumentRequest, dev.pillion.sdk.proto.pillion.runtime.v1.GetOpenApiDocumentResponse> getGetOpenApiDocumentMethod;
    if ((getGetOpenApiDocumentMethod = SiteServiceGrpc.getGetOpenApiDocumentMethod) == null) {
      synchronized (SiteServiceGrpc.class) {
        if ((getGetOpenApiDocumentMethod = SiteServiceGrpc.getGetOpenApiDocumentMethod) == null) {
          SiteServiceGrpc.getGetOpenApiDocumentMethod = getGetOpenApiDocumentMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.pillion.runtime.v1.GetOpenApiDocumentRequest, dev.pillion.sdk.proto.pillion.runtime.v1.GetOpenApiDocumentResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetOpenApiDocument"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.pillion.runtime.v1.GetOpenApiDocumentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.pillion.runtime.v1.GetOpenApiDocumentResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SiteServiceMethodDescriptorSupplier("GetOpenApiDocument"))
              .build();
        }
      }
    }
    return getGetOpenApiDocumentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsPageRequest,
      dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsPageResponse> getGetDocsPageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetDocsPage",
      requestType = dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsPageRequest.class,
      responseType = dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsPageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsPageRequest,
      dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsPageResponse> getGetDocsPageMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsPageRequest, dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsPageResponse> getGetDocsPageMethod;
    if ((getGetDocsPageMethod = SiteServiceGrpc.getGetDocsPageMethod) == null) {
      synchronized (SiteServiceGrpc.class) {
        if ((getGetDocsPageMethod = SiteServiceGrpc.getGetDocsPageMethod) == null) {
          SiteServiceGrpc.getGetDocsPageMethod = getGetDocsPageMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsPageRequest, dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsPageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetDocsPage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsPageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsPageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SiteServiceMethodDescriptorSupplier("GetDocsPage"))
              .build();
        }
      }
    }
    return getGetDocsPageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsAssetRequest,
      dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsAssetResponse> getGetDocsAssetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetDocsAsset",
      requestType = dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsAssetRequest.class,
      responseType = dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsAssetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsAssetRequest,
      dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsAssetResponse> getGetDocsAssetMethod() {
    io.grpc.MethodDescriptor<dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsAssetRequest, dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsAssetResponse> getGetDocsAssetMethod;
    if ((getGetDocsAssetMethod = SiteServiceGrpc.getGetDocsAssetMethod) == null) {
      synchronized (SiteServiceGrpc.class) {
        if ((getGetDocsAssetMethod = SiteServiceGrpc.getGetDocsAssetMethod) == null) {
          SiteServiceGrpc.getGetDocsAssetMethod = getGetDocsAssetMethod =
              io.grpc.MethodDescriptor.<dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsAssetRequest, dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsAssetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetDocsAsset"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsAssetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsAssetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SiteServiceMethodDescriptorSupplier("GetDocsAsset"))
              .build();
        }
      }
    }
    return getGetDocsAssetMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static SiteServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SiteServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SiteServiceStub>() {
        @java.lang.Override
        public SiteServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SiteServiceStub(channel, callOptions);
        }
      };
    return SiteServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static SiteServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SiteServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SiteServiceBlockingStub>() {
        @java.lang.Override
        public SiteServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SiteServiceBlockingStub(channel, callOptions);
        }
      };
    return SiteServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static SiteServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SiteServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SiteServiceFutureStub>() {
        @java.lang.Override
        public SiteServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SiteServiceFutureStub(channel, callOptions);
        }
      };
    return SiteServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The sidecar's developer site: SDK downloads, the OpenAPI document, the API
   * reference.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * An HTML page listing every SDK the sidecar can hand out (one per folder
     * of sdks/ but the OpenAPI one) with its version and archive size, and a
     * link to the OpenAPI document and the API reference.
     * </pre>
     */
    default void getSdkIndex(dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkIndexRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkIndexResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSdkIndexMethod(), responseObserver);
    }

    /**
     * <pre>
     * The SDKs the sidecar can hand out, as data.
     * </pre>
     */
    default void listSdks(dev.pillion.sdk.proto.pillion.runtime.v1.ListSdksRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.ListSdksResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSdksMethod(), responseObserver);
    }

    /**
     * <pre>
     * One SDK as a gzipped tar archive, e.g. GET /sdks/typescript.tar.gz.
     * The archive is reproducible: the same sources give the same bytes.
     * ERR_SDK_NOT_FOUND (404) names the SDKs there are when there is no such
     * SDK.
     * </pre>
     */
    default void getSdkArchive(dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkArchiveRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkArchiveResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSdkArchiveMethod(), responseObserver);
    }

    /**
     * <pre>
     * The OpenAPI 3.1 document of the sidecar's REST API (sdks/openapi/openapi.json).
     * </pre>
     */
    default void getOpenApiDocument(dev.pillion.sdk.proto.pillion.runtime.v1.GetOpenApiDocumentRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.GetOpenApiDocumentResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetOpenApiDocumentMethod(), responseObserver);
    }

    /**
     * <pre>
     * The API reference: an HTML page that renders the OpenAPI document with
     * a viewer served by the sidecar itself (no network needed).
     * </pre>
     */
    default void getDocsPage(dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsPageRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsPageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetDocsPageMethod(), responseObserver);
    }

    /**
     * <pre>
     * A static file of the API reference viewer, e.g. GET /docs/swagger-ui.css.
     * </pre>
     */
    default void getDocsAsset(dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsAssetRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsAssetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetDocsAssetMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service SiteService.
   * <pre>
   * The sidecar's developer site: SDK downloads, the OpenAPI document, the API
   * reference.
   * </pre>
   */
  public static abstract class SiteServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return SiteServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service SiteService.
   * <pre>
   * The sidecar's developer site: SDK downloads, the OpenAPI document, the API
   * reference.
   * </pre>
   */
  public static final class SiteServiceStub
      extends io.grpc.stub.AbstractAsyncStub<SiteServiceStub> {
    private SiteServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SiteServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SiteServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * An HTML page listing every SDK the sidecar can hand out (one per folder
     * of sdks/ but the OpenAPI one) with its version and archive size, and a
     * link to the OpenAPI document and the API reference.
     * </pre>
     */
    public void getSdkIndex(dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkIndexRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkIndexResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSdkIndexMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The SDKs the sidecar can hand out, as data.
     * </pre>
     */
    public void listSdks(dev.pillion.sdk.proto.pillion.runtime.v1.ListSdksRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.ListSdksResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSdksMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * One SDK as a gzipped tar archive, e.g. GET /sdks/typescript.tar.gz.
     * The archive is reproducible: the same sources give the same bytes.
     * ERR_SDK_NOT_FOUND (404) names the SDKs there are when there is no such
     * SDK.
     * </pre>
     */
    public void getSdkArchive(dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkArchiveRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkArchiveResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSdkArchiveMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The OpenAPI 3.1 document of the sidecar's REST API (sdks/openapi/openapi.json).
     * </pre>
     */
    public void getOpenApiDocument(dev.pillion.sdk.proto.pillion.runtime.v1.GetOpenApiDocumentRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.GetOpenApiDocumentResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetOpenApiDocumentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The API reference: an HTML page that renders the OpenAPI document with
     * a viewer served by the sidecar itself (no network needed).
     * </pre>
     */
    public void getDocsPage(dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsPageRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsPageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetDocsPageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * A static file of the API reference viewer, e.g. GET /docs/swagger-ui.css.
     * </pre>
     */
    public void getDocsAsset(dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsAssetRequest request,
        io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsAssetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetDocsAssetMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service SiteService.
   * <pre>
   * The sidecar's developer site: SDK downloads, the OpenAPI document, the API
   * reference.
   * </pre>
   */
  public static final class SiteServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<SiteServiceBlockingStub> {
    private SiteServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SiteServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SiteServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * An HTML page listing every SDK the sidecar can hand out (one per folder
     * of sdks/ but the OpenAPI one) with its version and archive size, and a
     * link to the OpenAPI document and the API reference.
     * </pre>
     */
    public dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkIndexResponse getSdkIndex(dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkIndexRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSdkIndexMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The SDKs the sidecar can hand out, as data.
     * </pre>
     */
    public dev.pillion.sdk.proto.pillion.runtime.v1.ListSdksResponse listSdks(dev.pillion.sdk.proto.pillion.runtime.v1.ListSdksRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSdksMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * One SDK as a gzipped tar archive, e.g. GET /sdks/typescript.tar.gz.
     * The archive is reproducible: the same sources give the same bytes.
     * ERR_SDK_NOT_FOUND (404) names the SDKs there are when there is no such
     * SDK.
     * </pre>
     */
    public dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkArchiveResponse getSdkArchive(dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkArchiveRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSdkArchiveMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The OpenAPI 3.1 document of the sidecar's REST API (sdks/openapi/openapi.json).
     * </pre>
     */
    public dev.pillion.sdk.proto.pillion.runtime.v1.GetOpenApiDocumentResponse getOpenApiDocument(dev.pillion.sdk.proto.pillion.runtime.v1.GetOpenApiDocumentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetOpenApiDocumentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The API reference: an HTML page that renders the OpenAPI document with
     * a viewer served by the sidecar itself (no network needed).
     * </pre>
     */
    public dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsPageResponse getDocsPage(dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsPageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetDocsPageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * A static file of the API reference viewer, e.g. GET /docs/swagger-ui.css.
     * </pre>
     */
    public dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsAssetResponse getDocsAsset(dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsAssetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetDocsAssetMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service SiteService.
   * <pre>
   * The sidecar's developer site: SDK downloads, the OpenAPI document, the API
   * reference.
   * </pre>
   */
  public static final class SiteServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<SiteServiceFutureStub> {
    private SiteServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SiteServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SiteServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * An HTML page listing every SDK the sidecar can hand out (one per folder
     * of sdks/ but the OpenAPI one) with its version and archive size, and a
     * link to the OpenAPI document and the API reference.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkIndexResponse> getSdkIndex(
        dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkIndexRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSdkIndexMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The SDKs the sidecar can hand out, as data.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.pillion.runtime.v1.ListSdksResponse> listSdks(
        dev.pillion.sdk.proto.pillion.runtime.v1.ListSdksRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSdksMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * One SDK as a gzipped tar archive, e.g. GET /sdks/typescript.tar.gz.
     * The archive is reproducible: the same sources give the same bytes.
     * ERR_SDK_NOT_FOUND (404) names the SDKs there are when there is no such
     * SDK.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkArchiveResponse> getSdkArchive(
        dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkArchiveRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSdkArchiveMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The OpenAPI 3.1 document of the sidecar's REST API (sdks/openapi/openapi.json).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.pillion.runtime.v1.GetOpenApiDocumentResponse> getOpenApiDocument(
        dev.pillion.sdk.proto.pillion.runtime.v1.GetOpenApiDocumentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetOpenApiDocumentMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The API reference: an HTML page that renders the OpenAPI document with
     * a viewer served by the sidecar itself (no network needed).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsPageResponse> getDocsPage(
        dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsPageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetDocsPageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * A static file of the API reference viewer, e.g. GET /docs/swagger-ui.css.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsAssetResponse> getDocsAsset(
        dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsAssetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetDocsAssetMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_SDK_INDEX = 0;
  private static final int METHODID_LIST_SDKS = 1;
  private static final int METHODID_GET_SDK_ARCHIVE = 2;
  private static final int METHODID_GET_OPEN_API_DOCUMENT = 3;
  private static final int METHODID_GET_DOCS_PAGE = 4;
  private static final int METHODID_GET_DOCS_ASSET = 5;

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
        case METHODID_GET_SDK_INDEX:
          serviceImpl.getSdkIndex((dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkIndexRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkIndexResponse>) responseObserver);
          break;
        case METHODID_LIST_SDKS:
          serviceImpl.listSdks((dev.pillion.sdk.proto.pillion.runtime.v1.ListSdksRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.ListSdksResponse>) responseObserver);
          break;
        case METHODID_GET_SDK_ARCHIVE:
          serviceImpl.getSdkArchive((dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkArchiveRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkArchiveResponse>) responseObserver);
          break;
        case METHODID_GET_OPEN_API_DOCUMENT:
          serviceImpl.getOpenApiDocument((dev.pillion.sdk.proto.pillion.runtime.v1.GetOpenApiDocumentRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.GetOpenApiDocumentResponse>) responseObserver);
          break;
        case METHODID_GET_DOCS_PAGE:
          serviceImpl.getDocsPage((dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsPageRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsPageResponse>) responseObserver);
          break;
        case METHODID_GET_DOCS_ASSET:
          serviceImpl.getDocsAsset((dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsAssetRequest) request,
              (io.grpc.stub.StreamObserver<dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsAssetResponse>) responseObserver);
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
          getGetSdkIndexMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkIndexRequest,
              dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkIndexResponse>(
                service, METHODID_GET_SDK_INDEX)))
        .addMethod(
          getListSdksMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.pillion.runtime.v1.ListSdksRequest,
              dev.pillion.sdk.proto.pillion.runtime.v1.ListSdksResponse>(
                service, METHODID_LIST_SDKS)))
        .addMethod(
          getGetSdkArchiveMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkArchiveRequest,
              dev.pillion.sdk.proto.pillion.runtime.v1.GetSdkArchiveResponse>(
                service, METHODID_GET_SDK_ARCHIVE)))
        .addMethod(
          getGetOpenApiDocumentMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.pillion.runtime.v1.GetOpenApiDocumentRequest,
              dev.pillion.sdk.proto.pillion.runtime.v1.GetOpenApiDocumentResponse>(
                service, METHODID_GET_OPEN_API_DOCUMENT)))
        .addMethod(
          getGetDocsPageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsPageRequest,
              dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsPageResponse>(
                service, METHODID_GET_DOCS_PAGE)))
        .addMethod(
          getGetDocsAssetMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsAssetRequest,
              dev.pillion.sdk.proto.pillion.runtime.v1.GetDocsAssetResponse>(
                service, METHODID_GET_DOCS_ASSET)))
        .build();
  }

  private static abstract class SiteServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    SiteServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.pillion.sdk.proto.pillion.runtime.v1.SiteProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("SiteService");
    }
  }

  private static final class SiteServiceFileDescriptorSupplier
      extends SiteServiceBaseDescriptorSupplier {
    SiteServiceFileDescriptorSupplier() {}
  }

  private static final class SiteServiceMethodDescriptorSupplier
      extends SiteServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    SiteServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (SiteServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new SiteServiceFileDescriptorSupplier())
              .addMethod(getGetSdkIndexMethod())
              .addMethod(getListSdksMethod())
              .addMethod(getGetSdkArchiveMethod())
              .addMethod(getGetOpenApiDocumentMethod())
              .addMethod(getGetDocsPageMethod())
              .addMethod(getGetDocsAssetMethod())
              .build();
        }
      }
    }
    return result;
  }
}
