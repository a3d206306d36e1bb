/**
 * The configuration building block: GetConfiguration, SubscribeConfiguration
 * (a server stream) and UnsubscribeConfiguration, and their Alpha1 twins,
 * once for every protocol and driver, as Dapr's API has them
 * (pkg/api/grpc/grpc.go, pkg/api/http/http.go).
 *
 * A subscription's stream answers the subscription id first, then one
 * message per change with the changed items. It ends when the client goes
 * away, when UnsubscribeConfiguration names its id (over any protocol), or
 * when the sidecar stops; the driver subscription ends with it. The HTTP
 * subscribe route consumes the same stream and posts the changes to the app
 * (protocols/http/configuration-subscribe.ts).
 *
 * Differences from daprd, on purpose: UnsubscribeConfiguration stops any
 * subscription with that id, HTTP or gRPC, over either protocol (daprd's
 * gRPC RPC knows only gRPC streams, its HTTP route only reaches the store);
 * and a store name, when given, must name the subscription's store (daprd's
 * gRPC RPC ignores it).
 */
import { create } from "@bufbuild/protobuf";
import type { HandlerContext } from "@connectrpc/connect";
import type { ConfigurationDriver, ConfigurationItems, ConfigurationUpdate } from "../../components/configuration/configuration-store.js";
import * as errors from "../../errors/catalog.js";
import { causeText, DaprError } from "../../errors/dapr-error.js";
import { ConfigurationItemSchema, type ConfigurationItem } from "../../gen/dapr/proto/common/v1/common_pb.js";
import {
  GetConfigurationResponseSchema,
  SubscribeConfigurationResponseSchema,
  UnsubscribeConfigurationResponseSchema,
  type GetConfigurationRequest,
  type SubscribeConfigurationRequest,
  type SubscribeConfigurationResponse,
  type UnsubscribeConfigurationRequest,
} from "../../gen/dapr/proto/runtime/v1/configuration_pb.js";
import type { SidecarContext } from "../context.js";
import { UpdateQueue } from "./update-queue.js";

export interface ResolvedConfigurationStore {
  readonly name: string;
  readonly driver: ConfigurationDriver;
  readonly features: ReadonlySet<string>;
}

/** One live subscription. */
interface ActiveSubscription {
  readonly store: string;
  /** Ends the stream and the driver subscription (once). */
  stop(): Promise<void>;
}

/** Updates a subscriber may fall behind before its subscription is ended. */
const maxPendingUpdates = 10_000;

export class ConfigurationService {
  private readonly active = new Map<string, ActiveSubscription>();

  constructor(private readonly ctx: SidecarContext) {}

  /** The store for a name, with Dapr's not-configured / not-found errors; `fail` makes the error for a store that did not start. */
  store(name: string, fail: (err: unknown) => DaprError): ResolvedConfigurationStore {
    if (this.ctx.components.count("configuration") === 0) throw errors.configurationStoreNotConfigured();
    const c = this.ctx.components.get<ConfigurationDriver>("configuration", name);
    if (!c) throw errors.configurationStoreNotFound(name);
    if (!c.instance) throw fail(new Error(`configuration store ${name} is not ready: ${c.error ?? "it failed to start"}`));
    return { name, driver: c.instance, features: new Set(c.definition.features) };
  }

  async getConfiguration(req: GetConfigurationRequest, _ctx?: HandlerContext) {
    const s = this.store(req.storeName, (e) => errors.configurationGet(req.keys, req.storeName, e));
    let items: ConfigurationItems;
    try {
      items = await s.driver.get({ keys: req.keys, metadata: req.metadata });
    } catch (e) {
      throw errors.configurationGet(req.keys, req.storeName, e);
    }
    return create(GetConfigurationResponseSchema, { items: protoItems(items) });
  }

  getConfigurationAlpha1(req: GetConfigurationRequest, ctx?: HandlerContext) {
    return this.getConfiguration(req, ctx);
  }

  async *subscribeConfiguration(req: SubscribeConfigurationRequest, ctx: HandlerContext): AsyncGenerator<SubscribeConfigurationResponse> {
    const keys = [...req.keys].sort();
    const fail = (e: unknown) => errors.configurationSubscribe(keys, req.storeName, e);
    const s = this.store(req.storeName, fail);
    const updates = new UpdateQueue<ConfigurationUpdate>(maxPendingUpdates);
    let id: string;
    try {
      id = await s.driver.subscribe({ keys, metadata: req.metadata }, async (u) => updates.push(u));
    } catch (e) {
      throw fail(e);
    }
    let stopping: Promise<void> | undefined;
    const subscription: ActiveSubscription = {
      store: req.storeName,
      stop: () =>
        (stopping ??= (async () => {
          updates.end();
          if (this.active.get(id) === subscription) this.active.delete(id);
          await s.driver.unsubscribe(id);
        })()),
    };
    this.active.set(id, subscription);
    const onAbort = () => void subscription.stop().catch((e: unknown) => this.unsubscribeFailed(id, e));
    ctx.signal.addEventListener("abort", onAbort, { once: true });
    try {
      yield create(SubscribeConfigurationResponseSchema, { id });
      for await (const u of updates) yield create(SubscribeConfigurationResponseSchema, { id: u.id, items: protoItems(u.items) });
    } catch (e) {
      throw e instanceof DaprError ? e : fail(e);
    } finally {
      ctx.signal.removeEventListener("abort", onAbort);
      await subscription.stop().catch((e: unknown) => this.unsubscribeFailed(id, e));
    }
  }

  subscribeConfigurationAlpha1(req: SubscribeConfigurationRequest, ctx: HandlerContext) {
    return this.subscribeConfiguration(req, ctx);
  }

  async unsubscribeConfiguration(req: UnsubscribeConfigurationRequest, _ctx?: HandlerContext) {
    const failed = (detail: string) =>
      create(UnsubscribeConfigurationResponseSchema, { ok: false, message: errors.configurationUnsubscribeMessage(req.id, detail) });
    if (req.storeName !== "") this.store(req.storeName, (e) => errors.internal(e));
    const subscription = this.active.get(req.id);
    if (!subscription || (req.storeName !== "" && subscription.store !== req.storeName)) return failed("subscription does not exist");
    try {
      await subscription.stop();
    } catch (e) {
      return failed(causeText(e));
    }
    return create(UnsubscribeConfigurationResponseSchema, { ok: true });
  }

  unsubscribeConfigurationAlpha1(req: UnsubscribeConfigurationRequest, ctx?: HandlerContext) {
    return this.unsubscribeConfiguration(req, ctx);
  }

  /** Ends every subscription (sidecar shutdown): streams complete, drivers stop watching. */
  async stop(): Promise<void> {
    await Promise.all([...this.active.entries()].map(([id, s]) => s.stop().catch((e: unknown) => this.unsubscribeFailed(id, e))));
  }

  private unsubscribeFailed(id: string, e: unknown): void {
    this.ctx.logger.warn("configuration store failed to end a subscription", { id, error: e });
  }
}

/** Driver items as the proto map. */
export function protoItems(items: ConfigurationItems): Record<string, ConfigurationItem> {
  const out: Record<string, ConfigurationItem> = {};
  for (const [key, item] of Object.entries(items)) {
    out[key] = create(ConfigurationItemSchema, { value: item.value, version: item.version, metadata: { ...item.metadata } });
  }
  return out;
}
