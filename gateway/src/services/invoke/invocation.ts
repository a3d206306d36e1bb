/**
 * What every service-invocation entry point shares (gRPC InvokeService, the
 * HTTP invoke proxy, gRPC proxy mode): this sidecar's identity, the app
 * channel, target resolution and connections to other sidecars.
 */
import type { AppChannel } from "../../app-channel/app-channel.js";
import * as errors from "../../errors/catalog.js";
import { causeText } from "../../errors/dapr-error.js";
import type { Logger } from "../../util/logger.js";
import { ForwardedHeaders } from "./forwarded-headers.js";
import type { InvocationTargets } from "./invocation-targets.js";
import type { PeerClients } from "./peer-clients.js";

export interface InvocationOptions {
  readonly appId: string;
  readonly namespace: string;
  /** Undefined when the sidecar runs without an app (--app-port not given). */
  readonly app?: AppChannel;
  readonly targets: InvocationTargets;
  readonly peers: PeerClients;
  readonly maxBodyBytes: number;
  readonly logger: Logger;
}

export class Invocation {
  readonly appId: string;
  readonly namespace: string;
  readonly app?: AppChannel;
  readonly targets: InvocationTargets;
  readonly peers: PeerClients;
  readonly maxBodyBytes: number;
  readonly logger: Logger;
  readonly forwarded: ForwardedHeaders;

  constructor(opts: InvocationOptions) {
    this.appId = opts.appId;
    this.namespace = opts.namespace;
    if (opts.app) this.app = opts.app;
    this.targets = opts.targets;
    this.peers = opts.peers;
    this.maxBodyBytes = opts.maxBodyBytes;
    this.logger = opts.logger;
    this.forwarded = new ForwardedHeaders(opts.appId, opts.namespace);
  }

  /** The app channel for a call to the local app; ERR_DIRECT_INVOKE when the sidecar has no app. */
  localApp(targetId: string): AppChannel {
    if (!this.app) throw errors.directInvoke(targetId, new Error("cannot invoke local endpoint: app channel not initialized (the sidecar runs without --app-port)"));
    return this.app;
  }

  /**
   * Waits for the app to listen, bounded by the call's signal (its deadline
   * or the caller going away). Callers check `app.ready` first so a ready app
   * costs no promise.
   */
  async waitForApp(app: AppChannel, targetId: string, signal: AbortSignal): Promise<void> {
    this.logger.debug("the call waits for the app to listen", { appId: targetId, port: app.port });
    try {
      await app.waitUntilReady(signal);
    } catch (e) {
      throw errors.directInvoke(targetId, new Error(`the app did not listen on ${app.host}:${app.port} before the call ended (${causeText(e)})`));
    }
  }
}
