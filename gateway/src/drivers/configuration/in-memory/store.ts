import { randomUUID } from "node:crypto";
import type {
  ConfigurationChange,
  ConfigurationDriver,
  ConfigurationGetRequest,
  ConfigurationItem,
  ConfigurationItems,
  ConfigurationSubscribeRequest,
  ConfigurationUpdateHandler,
} from "../../../components/configuration/configuration-store.js";
import type { Logger } from "../../../util/logger.js";
import type { ItemSpec } from "./items.js";

interface Subscription {
  /** Undefined: every key. */
  readonly keys?: ReadonlySet<string>;
  readonly handler: ConfigurationUpdateHandler;
  /** The handler calls of this subscription, one after the other. */
  chain: Promise<void>;
  closed: boolean;
}

const noMetadata: Readonly<Record<string, string>> = Object.freeze({});

/**
 * Configuration items in the sidecar's memory, changed at run time through
 * `set` (pillion's configuration admin API). Versions: every change is a new
 * revision of the store (1 for the initial items), and an item written
 * without an explicit version takes the revision number as its version.
 */
export class InMemoryConfigurationStore implements ConfigurationDriver {
  private readonly items = new Map<string, ConfigurationItem>();
  private readonly subscriptions = new Map<string, Subscription>();
  private revision = 1;

  constructor(
    initial: Readonly<Record<string, ItemSpec>>,
    private readonly logger: Logger,
  ) {
    for (const [key, spec] of Object.entries(initial)) this.items.set(key, this.item(spec));
  }

  async get(req: ConfigurationGetRequest): Promise<ConfigurationItems> {
    const out: Record<string, ConfigurationItem> = {};
    if (req.keys.length === 0) {
      for (const [key, item] of this.items) out[key] = item;
      return out;
    }
    for (const key of req.keys) {
      const item = this.items.get(key);
      if (item) out[key] = item;
    }
    return out;
  }

  async subscribe(req: ConfigurationSubscribeRequest, handler: ConfigurationUpdateHandler): Promise<string> {
    const id = randomUUID();
    this.subscriptions.set(id, { ...(req.keys.length > 0 && { keys: new Set(req.keys) }), handler, chain: Promise.resolve(), closed: false });
    return id;
  }

  async unsubscribe(id: string): Promise<void> {
    const sub = this.subscriptions.get(id);
    if (!sub) throw new Error(`subscription with id ${id} does not exist`);
    sub.closed = true;
    this.subscriptions.delete(id);
  }

  async set(change: ConfigurationChange): Promise<ConfigurationItems> {
    this.revision++;
    const changed: Record<string, ConfigurationItem> = {};
    for (const [key, spec] of Object.entries(change.set)) {
      const item = this.item(spec);
      this.items.set(key, item);
      changed[key] = item;
    }
    for (const key of change.delete) {
      if (!this.items.delete(key)) continue;
      changed[key] = { value: "", version: String(this.revision), metadata: noMetadata };
    }
    this.notify(changed);
    return changed;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    for (const sub of this.subscriptions.values()) sub.closed = true;
    this.subscriptions.clear();
  }

  private item(spec: { readonly value: string; readonly version?: string; readonly metadata?: Readonly<Record<string, string>> }): ConfigurationItem {
    return {
      value: spec.value,
      version: spec.version !== undefined && spec.version !== "" ? spec.version : String(this.revision),
      metadata: spec.metadata ? { ...spec.metadata } : noMetadata,
    };
  }

  /** Queues each subscription's share of a change behind its earlier ones. */
  private notify(changed: Readonly<Record<string, ConfigurationItem>>): void {
    for (const [id, sub] of this.subscriptions) {
      const items: Record<string, ConfigurationItem> = {};
      let any = false;
      for (const [key, item] of Object.entries(changed)) {
        if (sub.keys && !sub.keys.has(key)) continue;
        items[key] = item;
        any = true;
      }
      if (!any) continue;
      sub.chain = sub.chain
        .then(() => (sub.closed ? undefined : sub.handler({ id, items })))
        .catch((e: unknown) => this.logger.warn("a configuration subscriber failed to take an update", { id, error: e }));
    }
  }
}
