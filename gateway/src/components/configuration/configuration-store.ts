/**
 * The configuration store contract (Dapr's configuration building block).
 *
 * A driver reads items (a string value, a version and metadata, by key) from
 * its store and tells subscribers when they change. Everything Dapr-specific
 * (store lookup and errors, the gRPC stream and its first message, the HTTP
 * subscription that posts changes to the app, unsubscribing) lives once in
 * the configuration block (services/configuration), so a driver only writes
 * what its store must do:
 *
 * - `get(req)` answers the items of `req.keys`, or every item when no key is
 *   given. Keys the store does not have are left out (no error).
 * - `subscribe(req, handler)` starts watching `req.keys` (every key when
 *   none is given) and resolves with a subscription id the driver chooses,
 *   unique among its subscriptions (Dapr's stores use UUIDs). From then on
 *   the driver calls `handler` with each change: the changed items of the
 *   watched keys with their new value and version. A deleted key comes as an
 *   item with an empty value (Dapr's Redis store sends an empty item). One
 *   subscription's handler calls do not overlap and come in change order;
 *   a driver that watches by polling or notifications (Redis keyspace
 *   notifications, PostgreSQL LISTEN/NOTIFY) reads the changed keys and
 *   hands them over the same way. The handler never rejects.
 * - `unsubscribe(id)` stops a subscription: no handler call starts after it
 *   resolves. An unknown id is an error.
 * - `close()` ends every subscription.
 *
 * Optional capability, declared as a feature in the driver definition and
 * backed by the matching method:
 * - WRITE: `set(change)` writes and deletes items (pillion's configuration
 *   admin API, PUT /v1.0-alpha1/pillion/configuration/{store}); subscribers
 *   are notified as for any other change.
 */

export type ConfigurationFeature = "WRITE";

export interface ConfigurationItem {
  readonly value: string;
  readonly version: string;
  readonly metadata: Readonly<Record<string, string>>;
}

export type ConfigurationItems = Readonly<Record<string, ConfigurationItem>>;

export interface ConfigurationGetRequest {
  /** Keys to read; empty means every key. */
  readonly keys: readonly string[];
  readonly metadata: Readonly<Record<string, string>>;
}

export interface ConfigurationSubscribeRequest {
  /** Keys to watch; empty means every key. */
  readonly keys: readonly string[];
  readonly metadata: Readonly<Record<string, string>>;
}

/** One change, as a subscription sees it. */
export interface ConfigurationUpdate {
  /** The subscription's id. */
  readonly id: string;
  /** The changed items of the watched keys. */
  readonly items: ConfigurationItems;
}

export type ConfigurationUpdateHandler = (update: ConfigurationUpdate) => Promise<void>;

/** A write through the admin API (WRITE feature). */
export interface ConfigurationChange {
  /** Items to create or replace. An empty version lets the store pick the next one. */
  readonly set: Readonly<Record<string, { readonly value: string; readonly version?: string; readonly metadata?: Readonly<Record<string, string>> }>>;
  /** Keys to delete; keys the store does not have are ignored. */
  readonly delete: readonly string[];
}

/** What a configuration driver implements. */
export interface ConfigurationDriver {
  get(req: ConfigurationGetRequest): Promise<ConfigurationItems>;
  subscribe(req: ConfigurationSubscribeRequest, handler: ConfigurationUpdateHandler): Promise<string>;
  unsubscribe(id: string): Promise<void>;
  /** Present with the WRITE feature; resolves with the items as stored (deleted keys with an empty value). */
  set?(change: ConfigurationChange): Promise<ConfigurationItems>;
  /** Checks the connection; used by readiness and the metadata API. */
  ping?(): Promise<void>;
  close(): Promise<void>;
}
