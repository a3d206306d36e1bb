import type { StateQuery } from "./query.js";

/**
 * The state store contract. A driver implements the small core (get, set,
 * delete); bulk operations have defaults built from the core, and the
 * optional capabilities are present exactly when the driver's definition lists
 * the matching feature.
 */

/** Optional features of a state store, in Dapr's names (reported by the metadata API). */
export type StateFeature = "ETAG" | "TRANSACTIONAL" | "TTL" | "QUERY_API" | "ACTOR" | "DELETE_WITH_PREFIX" | "PARTITION_KEY";

export type Concurrency = "first-write" | "last-write";
export type Consistency = "eventual" | "strong";

export interface StateGetRequest {
  readonly key: string;
  readonly consistency?: Consistency;
  readonly metadata: Readonly<Record<string, string>>;
}

export interface StateItem {
  readonly data: Uint8Array;
  readonly etag?: string;
  readonly contentType?: string;
  /** Includes "ttlExpireTime" (RFC 3339) for items with a TTL, as Dapr reports it. */
  readonly metadata?: Readonly<Record<string, string>>;
}

export interface StateSetRequest {
  readonly key: string;
  readonly value: Uint8Array;
  /** The ETag the caller last saw; undefined means none was given. */
  readonly etag?: string;
  readonly concurrency?: Concurrency;
  readonly consistency?: Consistency;
  /** Seconds to live; undefined for none, and -1 to keep the item forever (clears an earlier TTL). */
  readonly ttlSeconds?: number;
  readonly contentType?: string;
  readonly metadata: Readonly<Record<string, string>>;
}

export interface StateDeleteRequest {
  readonly key: string;
  readonly etag?: string;
  readonly concurrency?: Concurrency;
  readonly consistency?: Consistency;
  readonly metadata: Readonly<Record<string, string>>;
}

export type StateOperation = { readonly op: "upsert"; readonly request: StateSetRequest } | { readonly op: "delete"; readonly request: StateDeleteRequest };

export interface BulkGetResult {
  readonly key: string;
  readonly item?: StateItem;
  readonly error?: string;
}

export type { StateQuery } from "./query.js";

/** What a query runs over: the calling app's keys only (those that start with the store's key prefix). */
export interface StateQueryScope {
  readonly keyPrefix: string;
  readonly metadata: Readonly<Record<string, string>>;
}

export interface StateQueryResult {
  readonly results: readonly { readonly key: string; readonly data: Uint8Array; readonly etag?: string }[];
  readonly token?: string;
  readonly metadata?: Readonly<Record<string, string>>;
}

/** What a state driver implements. */
export interface StateDriver {
  get(req: StateGetRequest): Promise<StateItem | undefined>;
  /** Throws ETagError on an ETag mismatch (or an ETag given for a missing key under first-write). */
  set(req: StateSetRequest): Promise<void>;
  /** Throws ETagError on an ETag mismatch. Deleting a missing key without an ETag succeeds. */
  delete(req: StateDeleteRequest): Promise<void>;
  bulkGet?(reqs: readonly StateGetRequest[]): Promise<BulkGetResult[]>;
  bulkSet?(reqs: readonly StateSetRequest[]): Promise<void>;
  bulkDelete?(reqs: readonly StateDeleteRequest[]): Promise<void>;
  /** Present with the TRANSACTIONAL feature: all operations apply, or none. */
  transact?(ops: readonly StateOperation[], metadata: Readonly<Record<string, string>>): Promise<void>;
  /** Present with the QUERY_API feature; result keys are the stored keys (with the prefix). */
  query?(query: StateQuery, scope: StateQueryScope): Promise<StateQueryResult>;
  /** The largest transaction the store takes, if limited. */
  readonly maxTransactionOps?: number;
  /** Checks the connection; used by readiness and the metadata API. */
  ping?(): Promise<void>;
  close(): Promise<void>;
}
