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
  readonly logger: Logger;
}

export class AppChannel {
  readonly protocol: "http" | "grpc";
  /** Set for --app-protocol http. */
  readonly http?: HttpAppClient;
  /** Set for --app-protocol grpc. */
  readonly grpc?: GrpcAppClient;
  private readyPromise?: Promise<void>;
  private isReady = false;

  constructor(private readonly opts: AppChannelOptions) {
    this.protocol = opts.protocol;
    const host = opts.host.includes(":") ? `[${opts.host}]` : opts.host;
    if (opts.protocol === "http") this.http = new HttpAppClient(`http://${host}:${opts.port}`, { maxConcurrency: opts.maxConcurrency });
    else this.grpc = new GrpcAppClient(`http://${host}:${opts.port}`);
  }

  get port(): number {
    return this.opts.port;
  }

  /** True once the app has been seen listening. */
  get ready(): boolean {
    return this.isReady;
  }

  /** Resolves once the app listens on its port (checked once, then remembered). */
  waitUntilReady(signal: AbortSignal): Promise<void> {
    this.readyPromise ??= waitForPort(this.opts.host, this.opts.port, { signal, logger: this.opts.logger }).then(() => {
      this.isReady = true;
    });
    return this.readyPromise;
  }

  async close(): Promise<void> {
    await this.http?.close();
  }
}
