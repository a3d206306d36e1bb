/**
 * The one place that talks to the app. Invocation, pub/sub delivery,
 * bindings, jobs, configuration updates and actors reach the app through it,
 * over HTTP (--app-protocol http) or gRPC AppCallback (--app-protocol grpc).
 */
import type { Logger } from "../util/logger.js";
import { GrpcAppClient } from "./grpc-app-client.js";
import { HttpAppClient } from "./http-app-client.js";
import { waitForPort } from "./wait-for-port.js";

export interface AppChannelOptions {
  readonly protocol: "http" | "grpc";
  readonly host: string;
  readonly port: number;
  readonly maxConcurrency: number;
  /** The app's API token (APP_API_TOKEN), sent to the app as `dapr-api-token` (./app-token.ts). */
  readonly apiToken?: string;
  readonly logger: Logger;
  /** Stops the wait for the app port (the sidecar's shutdown signal). */
  readonly signal?: AbortSignal;
  /** Poll interval while waiting for the app port; 50 ms by default. */
  readonly probeIntervalMs?: number;
}

export class AppChannel {
  readonly protocol: "http" | "grpc";
  /** Set for --app-protocol http. */
  readonly http?: HttpAppClient;
  /** Set for --app-protocol grpc. */
  readonly grpc?: GrpcAppClient;
  /** http://host:port of the app (brackets around an IPv6 host). */
  readonly origin: string;
  /** The app's API token, when set (gRPC proxy mode adds it to the calls it forwards to the app). */
  readonly apiToken: string | undefined;
  private readonly lifetime = new AbortController();
  private readyPromise?: Promise<void>;
  private isReady = false;

  constructor(private readonly opts: AppChannelOptions) {
    this.protocol = opts.protocol;
    const host = opts.host.includes(":") ? `[${opts.host}]` : opts.host;
    this.origin = `http://${host}:${opts.port}`;
    this.apiToken = opts.apiToken === "" ? undefined : opts.apiToken;
    const clientOpts = { maxConcurrency: opts.maxConcurrency, ...(this.apiToken !== undefined && { apiToken: this.apiToken }) };
    if (opts.protocol === "http") this.http = new HttpAppClient(this.origin, clientOpts);
    else this.grpc = new GrpcAppClient(this.origin, clientOpts);
    opts.signal?.addEventListener("abort", () => this.lifetime.abort(opts.signal!.reason), { once: true });
  }

  get host(): string {
    return this.opts.host;
  }

  get port(): number {
    return this.opts.port;
  }

  /** True once the app has been seen listening. */
  get ready(): boolean {
    return this.isReady;
  }

  /** Starts watching for the app port (once); the sidecar calls it at start-up. */
  start(): Promise<void> {
    this.readyPromise ??= waitForPort(this.opts.host, this.opts.port, {
      signal: this.lifetime.signal,
      logger: this.opts.logger,
      ...(this.opts.probeIntervalMs !== undefined && { intervalMs: this.opts.probeIntervalMs }),
    }).then(() => {
      this.isReady = true;
    });
    // Callers that only await waitUntilReady() must not see an unhandled rejection at shutdown.
    this.readyPromise.catch(() => undefined);
    return this.readyPromise;
  }

  /**
   * Resolves once the app listens on its port (checked once, then
   * remembered). Rejects with the signal's reason when the caller's signal
   * aborts first (its deadline, or the caller going away); the wait itself
   * carries on for the other callers.
   */
  waitUntilReady(signal?: AbortSignal): Promise<void> {
    if (this.isReady) return Promise.resolve();
    const ready = this.start();
    if (!signal) return ready;
    if (signal.aborted) return Promise.reject(signal.reason);
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      signal.addEventListener("abort", onAbort, { once: true });
      ready.then(
        () => {
          signal.removeEventListener("abort", onAbort);
          resolve();
        },
        (e: unknown) => {
          signal.removeEventListener("abort", onAbort);
          reject(e);
        },
      );
    });
  }

  async close(): Promise<void> {
    this.lifetime.abort(new Error("the app channel is closed"));
    await this.http?.close();
  }
}
