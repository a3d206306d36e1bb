package dev.pillion.sdk;

import io.grpc.Channel;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** How the generated facade reaches the sidecar: a gRPC channel, a per-call timeout, and errors as PillionException. */
public final class Transport {
  private final Channel channel;
  private final Duration timeout;

  public Transport(Channel channel, Duration timeout) {
    this.channel = channel;
    this.timeout = timeout;
  }

  public Channel channel() {
    return channel;
  }

  /** The stub with this transport's deadline. */
  public <S extends AbstractStub<S>> S stub(S stub) {
    return timeout == null ? stub : stub.withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Runs a blocking call; a failure becomes a PillionException. */
  public <T> T blocking(Supplier<T> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      throw PillionException.from(e);
    }
  }

  /** A blocking server stream whose failures become PillionExceptions. */
  public <T> Iterator<T> blockingStream(Supplier<Iterator<T>> call) {
    Iterator<T> it = blocking(call);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return blocking(it::hasNext);
      }

      @Override
      public T next() {
        return blocking(it::next);
      }
    };
  }

  /** Starts an asynchronous unary call; the future fails with a PillionException. */
  public <T> CompletableFuture<T> async(Consumer<StreamObserver<T>> start) {
    CompletableFuture<T> future = new CompletableFuture<>();
    StreamObserver<T> observer = new StreamObserver<>() {
      private T value;

      @Override
      public void onNext(T v) {
        value = v;
      }

      @Override
      public void onError(Throwable t) {
        future.completeExceptionally(PillionException.from(t));
      }

      @Override
      public void onCompleted() {
        future.complete(value);
      }
    };
    try {
      start.accept(observer);
    } catch (RuntimeException e) {
      future.completeExceptionally(PillionException.from(e));
    }
    return future;
  }
}
