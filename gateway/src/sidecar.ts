/**
 * One pillion sidecar: loads components, builds the building-block services,
 * serves them on the HTTP port (REST, Connect, gRPC-Web) and the gRPC port
 * (gRPC, Connect, gRPC-Web over HTTP/2), and stops gracefully.
 */
import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import type { Http2Server, ServerHttp2Session } from "node:http2";
import type { AddressInfo } from "node:net";
import { createRegistry } from "@bufbuild/protobuf";
import { connectNodeAdapter } from "@connectrpc/connect-node";
import { AppChannel } from "./app-channel/app-channel.js";
import { builtinRegistry } from "./components/builtin.js";
import type { ComponentStore } from "./components/component-store.js";
import { embeddedDefaults, loadComponents, readResources } from "./components/loader.js";
import type { DriverRegistry } from "./components/registry.js";
import { Dapr } from "./gen/dapr/proto/runtime/v1/dapr_pb.js";
import { ConfigurationAdminService as ConfigurationAdminServiceDesc } from "./gen/pillion/runtime/v1/configuration_admin_pb.js";
import { HealthService as HealthServiceDesc } from "./gen/pillion/runtime/v1/health_pb.js";
import { restRoutes } from "./gen/rest-routes.js";
import { appRoutedServices } from "./gen/app-routes.js";
import { tokenExemptServices } from "./gen/token-exempt.js";
import { authInterceptor, errorInterceptor } from "./protocols/connect/interceptors.js";
import { GrpcProxy } from "./protocols/grpc/grpc-proxy.js";
import { UnaryFastPath } from "./protocols/grpc-fast/unary-fast-path.js";
import { ConfigurationSubscribeRoute } from "./protocols/http/configuration-subscribe.js";
import { PubSubBulkPublishRoute } from "./protocols/http/pubsub-bulk-publish.js";
import { Http2Sessions } from "./protocols/grpc/http2-sessions.js";
import { HttpInvokeProxy } from "./protocols/http/invoke-proxy.js";
import { RestJsonCodec } from "./protocols/rest/json-codec.js";
import { RestAdapter } from "./protocols/rest/rest-adapter.js";
import { TokenCheck } from "./server/auth.js";
import { createGrpcServer } from "./server/grpc-server.js";
import { createHttpServer } from "./server/http-server.js";
import { TokenExemptRoutes } from "./server/token-exempt-routes.js";
import type { SidecarContext } from "./services/context.js";
import { ConfigurationAppNotifier } from "./services/configuration/app-notifier.js";
import { ConfigurationAdminService } from "./services/configuration/configuration-admin-service.js";
import { ConfigurationService } from "./services/configuration/configuration-service.js";
import { BindingsService } from "./services/bindings/bindings-service.js";
import { openJobStore } from "./components/jobs/open-job-store.js";
import { JobsService } from "./services/jobs/jobs-service.js";
import { assembleService } from "./services/dapr-service.js";
import { HealthService } from "./services/health/health-service.js";
import { FileRegistry } from "./services/invoke/file-registry.js";
import { Invocation } from "./services/invoke/invocation.js";
import { InvocationTargets } from "./services/invoke/invocation-targets.js";
import { InvokeService } from "./services/invoke/invoke-service.js";
import { LockService } from "./services/lock/lock-service.js";
import { PeerClients } from "./services/invoke/peer-clients.js";
import { MetadataService } from "./services/metadata/metadata-service.js";
import { declarativeSubscriptions } from "./services/pubsub/declarative-subscriptions.js";
import { PubSubService } from "./services/pubsub/pubsub-service.js";
import { StateService } from "./services/state/state-service.js";
import { StateQueryService } from "./services/state/state-query-service.js";
import { SecretsService } from "./services/secrets/secrets-service.js";
import { DrainGate } from "./services/lifecycle/drain-gate.js";
import { ShutdownService } from "./services/lifecycle/shutdown-service.js";
import { ApiAccess } from "./config/api-access.js";
import { apiAccessInterceptor } from "./config/api-access-interceptor.js";
import { defaultConfiguration, generatesTraceContexts } from "./config/configuration.js";
import { setGeneratesTraceparents } from "./app-channel/traceparent.js";
import { loadConfiguration } from "./config/load-configuration.js";
import { AppRouteCalls } from "./services/user-services/app-route-calls.js";
import { siteService } from "./site/site.js";
import { createLogger, type Logger, type LogLevel } from "./util/logger.js";
import { version } from "./version.js";

export type AppProtocol = "http" | "grpc";

export interface SidecarOptions {
  readonly appId: string;
  /** Port of the app; undefined when the sidecar runs without an app. */
  readonly appPort?: number;
  readonly appProtocol: AppProtocol;
  readonly appChannelAddress: string;
  readonly httpPort: number;
  readonly grpcPort: number;
  /** Address the ports listen on. */
  readonly listenAddress: string;
  /** Resource folders; empty means the embedded in-memory default. */
  readonly resourcesPaths: readonly string[];
  readonly configPath?: string;
  readonly namespace: string;
  readonly logLevel: LogLevel;
  readonly logAsJson: boolean;
  readonly maxBodyBytes: number;
  readonly apiToken?: string;
  /** The app's API token (APP_API_TOKEN), sent to the app as dapr-api-token. */
  readonly appApiToken?: string;
  readonly gracefulShutdownMs: number;
  readonly appMaxConcurrency: number;
  readonly registry?: DriverRegistry;
  readonly logger?: Logger;
  /** Name resolution for other apps; the local file registry by default. */
  readonly nameRegistry?: FileRegistry;
  /** Where the generated SDKs are (sdks/ of the installed package by default), for the SDK downloads. */
  readonly sdksDir?: string;
  /** State store component that keeps the app's jobs (--jobs-state-store); undefined keeps them in memory. */
  readonly jobsStateStore?: string;
}

export class Sidecar {
  readonly logger: Logger;
  private readonly shutdown = new AbortController();
  /** Refuses new calls once stop() has begun. */
  private readonly drain = new DrainGate();
  private stopping?: Promise<void>;
  private httpServer?: Server;
  private grpcServer?: Http2Server;
  private components?: ComponentStore;
  private appChannel?: AppChannel;
  private pubsub?: PubSubService;
  private bindings?: BindingsService;
  private metadata?: MetadataService;
  private jobs?: JobsService;
  private configuration?: ConfigurationService;
  private nameRegistry?: FileRegistry;
  private peers?: PeerClients;
  private http2Sessions?: Http2Sessions;
  private ready = false;
  private readonly shutdownListeners: (() => void)[] = [];

  constructor(readonly options: SidecarOptions) {
    this.logger = options.logger ?? createLogger({ level: options.logLevel, json: options.logAsJson, scope: "pillion" });
  }

  /** The ports actually bound (useful with port 0). */
  get ports(): { http: number; grpc: number } {
    return {
      http: (this.httpServer?.address() as AddressInfo | null)?.port ?? 0,
      grpc: (this.grpcServer?.address() as AddressInfo | null)?.port ?? 0,
    };
  }

  async start(): Promise<void> {
    const o = this.options;
    // The Configuration resource (--config): a malformed file refuses start-up naming file, line and field.
    const config = o.configPath !== undefined ? loadConfiguration(o.configPath) : defaultConfiguration();
    for (const w of config.warnings) this.logger.warn(w);
    setGeneratesTraceparents(generatesTraceContexts(config));
    const registry = o.registry ?? builtinRegistry();
    const resources = o.resourcesPaths.length ? readResources(o.resourcesPaths) : { components: embeddedDefaults(registry), others: [] };
    // daprd in standalone mode reads a Configuration only from --config; one among the resources does nothing.
    for (const r of resources.others) {
      if (r.kind === "Configuration") this.logger.warn(r.error(["kind"], `Configuration "${r.name}" in a resources folder has no effect; pass it with --config`).message);
    }
    this.components = await loadComponents(resources.components, {
      appId: o.appId,
      namespace: o.namespace,
      registry,
      logger: this.logger.child("components"),
      signal: this.shutdown.signal,
    });
    const ctx: SidecarContext = {
      appId: o.appId,
      namespace: o.namespace,
      components: this.components,
      logger: this.logger,
      signal: this.shutdown.signal,
    };

    if (o.appPort !== undefined) {
      this.appChannel = new AppChannel({
        protocol: o.appProtocol,
        host: o.appChannelAddress,
        port: o.appPort,
        maxConcurrency: o.appMaxConcurrency,
        ...(o.appApiToken && { apiToken: o.appApiToken }),
        logger: this.logger.child("app-channel"),
        signal: this.shutdown.signal,
      });
      // Watch for the app port from the start: /v1.0/healthz waits for it.
      void this.appChannel.start();
    }

    // Service invocation: this sidecar's app, or other apps' sidecars found in the local registry.
    const peerToken = randomBytes(24).toString("base64url");
    const nameRegistry = (this.nameRegistry = o.nameRegistry ?? new FileRegistry());
    const invocation = new Invocation({
      appId: o.appId,
      namespace: o.namespace,
      ...(this.appChannel && { app: this.appChannel }),
      targets: new InvocationTargets({ appId: o.appId, namespace: o.namespace }, nameRegistry),
      peers: (this.peers = new PeerClients()),
      maxBodyBytes: o.maxBodyBytes,
      logger: this.logger.child("invoke"),
    });
    const invoke = new InvokeService(invocation);
    const httpInvoke = new HttpInvokeProxy(invocation, this.shutdown.signal);

    const state = new StateService(ctx);
    const lock = new LockService(ctx);
    const configuration = (this.configuration = new ConfigurationService(ctx));
    const pubsub = (this.pubsub = new PubSubService(ctx, {
      ...(this.appChannel && { appChannel: this.appChannel }),
      declarativeSubscriptions: declarativeSubscriptions(resources.others, o.appId),
    }));
    const metadata = (this.metadata = new MetadataService(ctx, {
      runtimeVersion: version,
      enabledFeatures: config.enabledFeatures,
      ...(o.appPort !== undefined && {
        app: { port: o.appPort, protocol: o.appProtocol, channelAddress: o.appChannelAddress, maxConcurrency: o.appMaxConcurrency },
      }),
      subscriptions: () => pubsub.subscriptions(),
    }));
    const health = new HealthService({
      appId: o.appId,
      notReadyReason: () => {
        if (!this.ready) return "the sidecar is starting";
        const app = this.appChannel;
        if (!app) return undefined;
        if (!app.ready) return `[app] the app is not listening on ${app.host}:${app.port} yet`;
        return pubsub.subscriptionsStarted ? undefined : "[app] the app's subscriptions are starting";
      },
      outboundReady: () => this.ready,
    });

    const bindings = (this.bindings = new BindingsService(ctx, { ...(this.appChannel && { appChannel: this.appChannel }) }));
    const jobStore = openJobStore(this.components, o.jobsStateStore, { namespace: o.namespace, appId: o.appId });
    const jobs = (this.jobs = new JobsService(ctx, { store: jobStore.store, ...(this.appChannel && { appChannel: this.appChannel }) }));
    const secrets = new SecretsService(ctx, config.secretScopes);
    const lifecycle = new ShutdownService({ graceful: () => this.requestShutdown(), force: () => process.exit(1), logger: this.logger });
    const dapr = assembleService(Dapr, [state, new StateQueryService(state), pubsub, invoke, metadata, lock, configuration, bindings, jobs, secrets, lifecycle]);
    const healthImpl = assembleService(HealthServiceDesc, [health]);
    const configurationAdmin = assembleService(ConfigurationAdminServiceDesc, [new ConfigurationAdminService(configuration)]);
    // User-defined services (app_route: calls become invocations of their app) and pillion's site, from generated tables.
    const appRoutes = new AppRouteCalls(invocation, (peer) => this.peers!.transport(peer));
    const served = [...appRoutedServices.map((r) => ({ service: r.service, impl: appRoutes.implementation(r) })), siteService(o.sdksDir, version)];
    const tokens = new TokenCheck(o.apiToken, peerToken);
    const peerServices = new Set(appRoutedServices.map((r) => r.service.typeName));
    // Configuration spec.api: denied RPCs answer Unimplemented, denied REST routes are not served.
    const access = new ApiAccess(config.api);
    const interceptors = [
      errorInterceptor,
      this.drain.interceptor,
      ...(tokens.enabled ? [authInterceptor(tokens, { peerServices })] : []),
      ...(access.restrictsRpc ? [apiAccessInterceptor(access)] : []),
    ];
    const connect = connectNodeAdapter({
      routes: (router) => {
        router.service(Dapr, dapr);
        router.service(HealthServiceDesc, healthImpl);
        router.service(ConfigurationAdminServiceDesc, configurationAdmin);
        for (const s of served) router.service(s.service, s.impl);
      },
      interceptors,
      readMaxBytes: o.maxBodyBytes,
      shutdownSignal: this.shutdown.signal,
    });
    const rpcServices = new Set([Dapr.typeName, HealthServiceDesc.typeName, ConfigurationAdminServiceDesc.typeName, ...served.map((s) => s.service.typeName)]);
    const restCodec = new RestJsonCodec(createRegistry());
    const configurationSubscribe = new ConfigurationSubscribeRoute({
      service: configuration,
      ...(this.appChannel && { notifier: new ConfigurationAppNotifier(this.appChannel, this.logger.child("configuration")) }),
      codec: restCodec,
      shutdown: this.shutdown.signal,
      logger: this.logger.child("configuration"),
    });
    const pubsubBulkPublish = new PubSubBulkPublishRoute({ service: pubsub, appId: o.appId, codec: restCodec, maxBodyBytes: o.maxBodyBytes, shutdown: this.shutdown.signal });
    const rest = new RestAdapter({
      routes: restRoutes.filter((r) => access.allowsHttpPath(r.path)),
      implementations: new Map<string, object>([
        [Dapr.typeName, dapr],
        [HealthServiceDesc.typeName, healthImpl],
        [ConfigurationAdminServiceDesc.typeName, configurationAdmin],
        ...served.map((s): [string, object] => [s.service.typeName, s.impl]),
      ]),
      codec: restCodec,
      maxBodyBytes: o.maxBodyBytes,
      proxies: { "invoke-proxy": httpInvoke.route, "configuration-subscribe": configurationSubscribe.handle, "pubsub-bulk-publish": pubsubBulkPublish.handle },
      ...(access.allowsHttpInvokeFallback() && { fallback: httpInvoke.fallback }),
      shutdownSignal: this.shutdown.signal,
    });

    this.httpServer = createHttpServer({ rest, connect, rpcServices, tokens, tokenExempt: new TokenExemptRoutes(restRoutes, tokenExemptServices), extra: this.drain.http });
    const grpcProxy = new GrpcProxy(invocation, tokens, (this.http2Sessions = new Http2Sessions()), this.shutdown.signal);
    // Unary gRPC calls skip connect-node's streaming machinery: same services, same interceptors.
    const fastUnary = new UnaryFastPath(
      [
        { service: Dapr, impl: dapr, raw: { invokeService: invoke.invokeServiceRaw } },
        { service: HealthServiceDesc, impl: healthImpl },
        { service: ConfigurationAdminServiceDesc, impl: configurationAdmin },
        ...served.map((s) => ({ service: s.service, impl: s.impl })),
      ],
      { interceptors, readMaxBytes: o.maxBodyBytes, shutdownSignal: this.shutdown.signal },
    );
    this.grpcServer = trackSessions(createGrpcServer({ connect, rpcServices, proxy: grpcProxy.handle, fastUnary }));
    await Promise.all([listen(this.httpServer, o.httpPort, o.listenAddress), listen(this.grpcServer, o.grpcPort, o.listenAddress)]);
    // Findable by other sidecars before health says ready.
    await this.register(peerToken);
    this.ready = true;
    // Subscriptions start in the background once the app listens.
    pubsub.start();
    bindings.start();
    jobs.start();
    this.logger.debug("jobs are kept", { store: jobStore.description });
    this.logger.info("pillion sidecar is up", { appId: o.appId, http: this.ports.http, grpc: this.ports.grpc, version });
  }

  /** Publishes this sidecar in the local name registry so other sidecars can call its app. */
  private async register(peerToken: string): Promise<void> {
    const o = this.options;
    const host = o.listenAddress === "0.0.0.0" || o.listenAddress === "::" || o.listenAddress === "" ? "127.0.0.1" : o.listenAddress;
    try {
      await this.nameRegistry!.register({ appId: o.appId, namespace: o.namespace, host, httpPort: this.ports.http, grpcPort: this.ports.grpc, pid: process.pid, peerToken });
    } catch (e) {
      this.logger.warn("could not register in the local name registry; other sidecars will not find this app", { dir: this.nameRegistry!.dir, error: e });
    }
  }

  /** Sets an entry of the metadata API's `extended` map (as SetMetadata does). */
  setExtendedMetadata(key: string, value: string): void {
    this.metadata?.setExtended(key, value);
  }

  /** Registers what to do when the app asks the sidecar to shut down (Shutdown API). */
  onShutdownRequested(listener: () => void): void {
    this.shutdownListeners.push(listener);
  }

  /** The Shutdown API was called: the listeners stop the sidecar (and the app), or the sidecar stops itself. */
  private requestShutdown(): void {
    if (this.shutdownListeners.length === 0) {
      void this.stop();
      return;
    }
    for (const l of this.shutdownListeners) l();
  }

  /** Stops taking new work, lets in-flight calls finish (up to the graceful timeout), closes components. */
  stop(): Promise<void> {
    // A second request (SIGTERM during an API shutdown) waits for the same stop.
    return (this.stopping ??= this.stopOnce());
  }

  private async stopOnce(): Promise<void> {
    if (this.shutdown.signal.aborted) return;
    this.ready = false;
    this.drain.close();
    this.logger.info("pillion sidecar is stopping");
    // Other sidecars stop routing calls here first.
    await this.nameRegistry?.unregister().catch((e: unknown) => this.logger.warn("could not unregister from the local name registry", { error: e }));
    const graceEnds = Date.now() + this.options.gracefulShutdownMs;
    const deadline = new Promise<void>((r) => setTimeout(r, this.options.gracefulShutdownMs).unref());
    // Configuration subscriptions end first: their open streams would hold the servers open.
    // Keep-alive connections that finish their last call while draining are closed at once, not after the keep-alive timeout.
    const idleSweep = setInterval(() => this.httpServer?.closeIdleConnections?.(), 100);
    const closing = Promise.all([this.configuration?.stop(), closeServer(this.httpServer), closeServer(this.grpcServer), this.pubsub?.stop(), this.bindings?.stop(), this.jobs?.stop()]);
    await Promise.race([closing, deadline]);
    clearInterval(idleSweep);
    this.httpServer?.closeAllConnections?.();
    this.shutdown.abort();
    // Closing gets what is left of the grace period, as daprd's grace period bounds its whole shutdown:
    // a close that waits on work that cannot finish (a query blocked on a lock) is left behind.
    const released = (async () => {
      const errors = (await this.components?.closeAll()) ?? [];
      await this.appChannel?.close();
      await this.peers?.close();
      return errors;
    })();
    released.catch(() => undefined); // a failure after the grace period has no one to tell
    const graceOver = new Promise<undefined>((r) => setTimeout(() => r(undefined), Math.max(0, graceEnds - Date.now())).unref());
    const errors = await Promise.race([released, graceOver]);
    this.http2Sessions?.close();
    if (errors === undefined) this.logger.warn("the graceful shutdown period is over; components and connections still closing are left", { gracefulShutdownMs: this.options.gracefulShutdownMs });
    for (const e of errors ?? []) this.logger.warn("error closing a component", { error: e });
    this.logger.info("pillion sidecar stopped");
  }
}

function listen(server: Server | Http2Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

/**
 * Stops accepting connections and lets open requests finish. HTTP/1.1 idle
 * keep-alive connections are closed at once; HTTP/2 sessions get a GOAWAY so
 * clients stop starting new streams on them while running ones complete.
 */
function closeServer(server: Server | Http2Server | undefined): Promise<void> {
  if (!server) return Promise.resolve();
  return new Promise((resolve) => {
    server.close(() => resolve());
    (server as Server).closeIdleConnections?.();
    for (const session of openSessions.get(server as Http2Server) ?? []) session.close();
  });
}

/** The open HTTP/2 sessions of each HTTP/2 server, so that stop() can send them GOAWAY. */
const openSessions = new WeakMap<Http2Server, Set<ServerHttp2Session>>();

function trackSessions(server: Http2Server): Http2Server {
  const sessions = new Set<ServerHttp2Session>();
  openSessions.set(server, sessions);
  server.on("session", (session: ServerHttp2Session) => {
    sessions.add(session);
    session.once("close", () => sessions.delete(session));
  });
  return server;
}
