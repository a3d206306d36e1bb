/**
 * The distributed lock building block (TryLockAlpha1, UnlockAlpha1), once for
 * every protocol and driver, as Dapr's universal API has it
 * (pkg/api/universal/lock.go): the expiry is checked first, then that lock
 * stores exist, the resource id and owner are given, and the store is known;
 * resource ids are namespaced (services/lock/lock-key.ts) before the driver
 * sees them.
 */
import { create } from "@bufbuild/protobuf";
import type { HandlerContext } from "@connectrpc/connect";
import type { LockDriver, UnlockStatus } from "../../components/lock/lock-store.js";
import * as errors from "../../errors/catalog.js";
import type { DaprError } from "../../errors/dapr-error.js";
import {
  TryLockResponseSchema,
  UnlockResponse_Status,
  UnlockResponseSchema,
  type TryLockRequest,
  type UnlockRequest,
} from "../../gen/dapr/proto/runtime/v1/lock_pb.js";
import type { SidecarContext } from "../context.js";
import { LockKey, metadataValue } from "./lock-key.js";

interface ResolvedLockStore {
  readonly driver: LockDriver;
  readonly keys: LockKey;
}

const statusNumbers: Readonly<Record<UnlockStatus, UnlockResponse_Status>> = {
  success: UnlockResponse_Status.SUCCESS,
  "lock-does-not-exist": UnlockResponse_Status.LOCK_DOES_NOT_EXIST,
  "lock-belongs-to-others": UnlockResponse_Status.LOCK_BELONGS_TO_OTHERS,
  "internal-error": UnlockResponse_Status.INTERNAL_ERROR,
};

export class LockService {
  private readonly resolved = new Map<string, ResolvedLockStore>();

  constructor(private readonly ctx: SidecarContext) {}

  async tryLockAlpha1(req: TryLockRequest, _ctx?: HandlerContext) {
    if (req.expiryInSeconds <= 0) throw errors.lockExpiryNotPositive(req.storeName);
    const s = this.validate(req, errors.tryLock);
    let key: string;
    try {
      key = s.keys.toStore(req.resourceId);
    } catch (e) {
      throw errors.tryLock(e);
    }
    let success: boolean;
    try {
      success = await s.driver.tryLock({ key, owner: req.lockOwner, expirySeconds: req.expiryInSeconds });
    } catch (e) {
      throw errors.tryLock(e);
    }
    return create(TryLockResponseSchema, { success });
  }

  async unlockAlpha1(req: UnlockRequest, _ctx?: HandlerContext) {
    const s = this.validate(req, errors.unlock);
    let key: string;
    try {
      key = s.keys.toStore(req.resourceId);
    } catch (e) {
      throw errors.unlock(e);
    }
    let status: UnlockStatus;
    try {
      status = await s.driver.unlock({ key, owner: req.lockOwner });
    } catch (e) {
      throw errors.unlock(e);
    }
    return create(UnlockResponseSchema, { status: statusNumbers[status] });
  }

  /** Dapr's checks, in its order, and the store. */
  private validate(req: { storeName: string; resourceId: string; lockOwner: string }, fail: (err: unknown) => DaprError): ResolvedLockStore {
    if (this.ctx.components.count("lock") === 0) throw errors.lockStoreNotConfigured();
    if (req.resourceId === "") throw errors.lockResourceIdEmpty(req.storeName);
    if (req.lockOwner === "") throw errors.lockOwnerEmpty(req.storeName);
    const cached = this.resolved.get(req.storeName);
    if (cached) return cached;
    const c = this.ctx.components.get<LockDriver>("lock", req.storeName);
    if (!c) throw errors.lockStoreNotFound(req.storeName);
    if (!c.instance) throw fail(new Error(`lock store ${req.storeName} is not ready: ${c.error ?? "it failed to start"}`));
    const r: ResolvedLockStore = { driver: c.instance, keys: new LockKey(req.storeName, metadataValue(c.metadata, "keyPrefix"), this.ctx.appId) };
    this.resolved.set(req.storeName, r);
    return r;
  }
}
