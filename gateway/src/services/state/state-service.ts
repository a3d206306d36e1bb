/**
 * The state building block: store lookup, key prefixing, ETag and
 * concurrency semantics, TTL metadata and transactions, once for every
 * protocol and every driver.
 */
import { create } from "@bufbuild/protobuf";
import type { HandlerContext } from "@connectrpc/connect";
import type { StateDriver, StateDeleteRequest, StateGetRequest, StateOperation, StateSetRequest, Concurrency, Consistency } from "../../components/state/state-store.js";
import * as errors from "../../errors/catalog.js";
import { DaprError } from "../../errors/dapr-error.js";
import { EmptySchema } from "@bufbuild/protobuf/wkt";
import {
  BulkStateItemSchema,
  GetBulkStateResponseSchema,
  GetStateResponseSchema,
  type DeleteBulkStateRequest,
  type DeleteStateRequest,
  type ExecuteStateTransactionRequest,
  type GetBulkStateRequest,
  type GetStateRequest,
  type SaveStateRequest,
} from "../../gen/dapr/proto/runtime/v1/state_pb.js";
import { StateOptions_StateConcurrency, StateOptions_StateConsistency, type StateItem, type StateOptions } from "../../gen/dapr/proto/common/v1/common_pb.js";
import type { SidecarContext } from "../context.js";
import { KeyPrefixer } from "./key-prefix.js";

interface ResolvedStore {
  readonly name: string;
  readonly driver: StateDriver;
  readonly keys: KeyPrefixer;
  readonly features: ReadonlySet<string>;
}

const emptyMeta: Readonly<Record<string, string>> = Object.freeze({});

export class StateService {
  private readonly resolved = new Map<string, ResolvedStore>();

  constructor(private readonly ctx: SidecarContext) {}

  /** The store for a name, with Dapr's not-configured / not-found errors. */
  store(name: string): ResolvedStore {
    const cached = this.resolved.get(name);
    if (cached) return cached;
    if (this.ctx.components.count("state") === 0) throw errors.stateStoreNotConfigured(name, this.ctx.appId);
    const c = this.ctx.components.get<StateDriver>("state", name);
    if (!c) throw errors.stateStoreNotFound(name, this.ctx.appId);
    if (!c.instance) throw errors.stateGet("", name, new Error(`state store ${name} is not ready: ${c.error ?? "it failed to start"}`));
    const r: ResolvedStore = {
      name,
      driver: c.instance,
      keys: new KeyPrefixer(name, c.metadata["keyPrefix"], this.ctx.appId, this.ctx.namespace),
      features: new Set(c.definition.features),
    };
    this.resolved.set(name, r);
    return r;
  }

  async getState(req: GetStateRequest, _ctx?: HandlerContext) {
    const s = this.store(req.storeName);
    const key = s.keys.toStore(req.key);
    let item;
    try {
      item = await s.driver.get({ key, ...consistency(req.consistency), metadata: req.metadata ?? emptyMeta });
    } catch (e) {
      throw rethrow(e, () => errors.stateGet(req.key, req.storeName, e));
    }
    if (!item) return create(GetStateResponseSchema);
    return create(GetStateResponseSchema, {
      data: item.data,
      etag: item.etag ?? "",
      metadata: { ...item.metadata },
    });
  }

  async getBulkState(req: GetBulkStateRequest, _ctx?: HandlerContext) {
    const s = this.store(req.storeName);
    if (req.keys.length === 0) return create(GetBulkStateResponseSchema);
    const reqs: StateGetRequest[] = req.keys.map((k) => ({ key: s.keys.toStore(k), metadata: req.metadata ?? emptyMeta }));
    let results;
    try {
      results = s.driver.bulkGet ? await s.driver.bulkGet(reqs) : await bulkGetFromSingle(s.driver, reqs, req.parallelism);
    } catch (e) {
      throw rethrow(e, () => errors.stateBulkGet(req.storeName, e));
    }
    return create(GetBulkStateResponseSchema, {
      items: results.map((r) =>
        create(BulkStateItemSchema, {
          key: s.keys.fromStore(r.key),
          ...(r.error !== undefined
            ? { error: r.error }
            : r.item && { data: r.item.data, etag: r.item.etag ?? "", metadata: { ...r.item.metadata } }),
        }),
      ),
    });
  }

  async saveState(req: SaveStateRequest, _ctx?: HandlerContext) {
    const s = this.store(req.storeName);
    if (req.states.length === 0) return create(EmptySchema);
    const reqs = req.states.map((item) => toSetRequest(s, item));
    try {
      if (reqs.length === 1) await s.driver.set(reqs[0]!);
      else if (s.driver.bulkSet) await s.driver.bulkSet(reqs);
      else for (const r of reqs) await s.driver.set(r);
    } catch (e) {
      throw rethrow(e, () => errors.stateSave(req.storeName, e));
    }
    return create(EmptySchema);
  }

  async deleteState(req: DeleteStateRequest, _ctx?: HandlerContext) {
    const s = this.store(req.storeName);
    const del: StateDeleteRequest = {
      key: s.keys.toStore(requireKey(req.key)),
      ...(req.etag && { etag: req.etag.value }),
      ...options(req.options),
      metadata: req.metadata ?? emptyMeta,
    };
    try {
      await s.driver.delete(del);
    } catch (e) {
      throw rethrow(e, () => errors.stateDelete(req.key, e));
    }
    return create(EmptySchema);
  }

  async deleteBulkState(req: DeleteBulkStateRequest, _ctx?: HandlerContext) {
    const s = this.store(req.storeName);
    const dels: StateDeleteRequest[] = req.states.map((item) => ({
      key: s.keys.toStore(requireKey(item.key)),
      ...(item.etag && { etag: item.etag.value }),
      ...options(item.options),
      metadata: item.metadata ?? emptyMeta,
    }));
    try {
      if (s.driver.bulkDelete) await s.driver.bulkDelete(dels);
      else for (const d of dels) await s.driver.delete(d);
    } catch (e) {
      throw rethrow(e, () => errors.stateBulkDelete(req.storeName, e));
    }
    return create(EmptySchema);
  }

  async executeStateTransaction(req: ExecuteStateTransactionRequest, _ctx?: HandlerContext) {
    const s = this.store(req.storeName);
    if (!s.features.has("TRANSACTIONAL") || !s.driver.transact) throw errors.stateTransactionsNotSupported(req.storeName);
    if (req.operations.length === 0) return create(EmptySchema);
    const txMeta = req.metadata ?? emptyMeta;
    const ops: StateOperation[] = req.operations.map((op) => {
      const item = op.request;
      if (!item) throw errors.malformedRequest("a transaction operation has no request");
      // Transaction-level metadata applies to every operation (operation metadata wins).
      const withMeta = { ...item, metadata: { ...txMeta, ...item.metadata } } as StateItem;
      switch (op.operationType) {
        case "upsert":
          return { op: "upsert", request: toSetRequest(s, withMeta) };
        case "delete":
          return {
            op: "delete",
            request: {
              key: s.keys.toStore(requireKey(item.key)),
              ...(item.etag && { etag: item.etag.value }),
              ...options(item.options),
              metadata: withMeta.metadata,
            },
          };
        default:
          throw errors.stateOperationNotSupported(op.operationType);
      }
    });
    const max = s.driver.maxTransactionOps;
    if (max !== undefined && ops.length > max) throw errors.stateTooManyTransactionalOps(req.storeName, ops.length, max);
    try {
      await s.driver.transact(ops, txMeta);
    } catch (e) {
      throw rethrow(e, () => errors.stateTransaction(e));
    }
    return create(EmptySchema);
  }
}

function requireKey(key: string): string {
  if (key === "") throw errors.malformedRequest('"key" is a required field');
  return key;
}

function toSetRequest(s: ResolvedStore, item: StateItem): StateSetRequest {
  const metadata = item.metadata ?? emptyMeta;
  const ttl = parseTtl(s.name, metadata["ttlInSeconds"]);
  return {
    key: s.keys.toStore(requireKey(item.key)),
    value: item.value,
    ...(item.etag && { etag: item.etag.value }),
    ...options(item.options),
    ...(ttl !== undefined && { ttlSeconds: ttl }),
    ...(metadata["contentType"] !== undefined && { contentType: metadata["contentType"] }),
    metadata,
  };
}

/** ttlInSeconds: a whole number of seconds (decimal digits, as Go's strconv.ParseInt reads it) up to 2^31-1; -1 keeps the item forever. */
function parseTtl(store: string, text: string | undefined): number | undefined {
  if (text === undefined || text === "") return undefined;
  const n = /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < -1 || n > 2_147_483_647) throw errors.stateInvalidTtl(store, text);
  return n;
}

function options(o: StateOptions | undefined): { concurrency?: Concurrency; consistency?: Consistency } {
  if (!o) return {};
  return {
    ...(o.concurrency === StateOptions_StateConcurrency.CONCURRENCY_FIRST_WRITE && { concurrency: "first-write" as const }),
    ...(o.concurrency === StateOptions_StateConcurrency.CONCURRENCY_LAST_WRITE && { concurrency: "last-write" as const }),
    ...consistency(o.consistency),
  };
}

function consistency(c: StateOptions_StateConsistency): { consistency?: Consistency } {
  if (c === StateOptions_StateConsistency.CONSISTENCY_STRONG) return { consistency: "strong" };
  if (c === StateOptions_StateConsistency.CONSISTENCY_EVENTUAL) return { consistency: "eventual" };
  return {};
}

/** Bulk get from single gets, `parallelism` at a time (all at once when 0). */
async function bulkGetFromSingle(driver: StateDriver, reqs: readonly StateGetRequest[], parallelism: number) {
  const out = new Array<{ key: string; item?: Awaited<ReturnType<StateDriver["get"]>>; error?: string }>(reqs.length);
  const width = parallelism > 0 ? parallelism : reqs.length;
  let next = 0;
  const worker = async () => {
    while (next < reqs.length) {
      const i = next++;
      const r = reqs[i]!;
      try {
        const item = await driver.get(r);
        out[i] = item ? { key: r.key, item } : { key: r.key };
      } catch (e) {
        out[i] = { key: r.key, error: e instanceof Error ? e.message : String(e) };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, reqs.length) }, worker));
  return out.map((r) => (r.item ? { key: r.key, item: r.item } : r.error !== undefined ? { key: r.key, error: r.error } : { key: r.key }));
}

/** DaprErrors thrown inside (e.g. illegal keys) pass through; anything else becomes the block's error. */
function rethrow(e: unknown, wrap: () => DaprError): DaprError {
  return e instanceof DaprError ? e : wrap();
}
