package dev.pillion.sdk;

import com.google.protobuf.Empty;
import dev.pillion.sdk.proto.dapr.proto.runtime.v1.AppCallbackHealthCheckGrpc;
import dev.pillion.sdk.proto.dapr.proto.runtime.v1.HealthCheckResponse;
import io.grpc.stub.StreamObserver;

/** Dapr's AppCallbackHealthCheck: the app is healthy while it serves. */
final class AppHealthService extends AppCallbackHealthCheckGrpc.AppCallbackHealthCheckImplBase {
  @Override
  public void healthCheck(Empty request, StreamObserver<HealthCheckResponse> out) {
    out.onNext(HealthCheckResponse.getDefaultInstance());
    out.onCompleted();
  }
}
