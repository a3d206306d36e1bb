package dev.pillion.sdk;

import io.grpc.Server;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** A running app server ({@link PillionApp#listen}): its port, and close() to stop it gracefully. */
public final class AppServer implements AutoCloseable {
  private static final Duration GRACE = Duration.ofSeconds(5);
  private final Server server;
  private final int port;

  /** A started server. */
  AppServer(Server server) {
    this.server = server;
    this.port = ((InetSocketAddress) server.getListenSockets().get(0)).getPort();
  }

  /** The port the app listens on (the one picked when listen was given 0); also after close. */
  public int port() {
    return port;
  }

  /** Blocks until the server stops. */
  public void awaitTermination() throws InterruptedException {
    server.awaitTermination();
  }

  /** Stops taking calls and waits up to 5 s for the running ones to finish. */
  @Override
  public void close() {
    close(GRACE);
  }

  /** Stops taking calls and waits up to {@code grace} for the running ones, then cancels what is left. */
  public void close(Duration grace) {
    server.shutdown();
    try {
      if (!server.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) server.shutdownNow().awaitTermination();
    } catch (InterruptedException e) {
      server.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
