/**
 * The lock store contract (Dapr's distributed lock building block).
 *
 * A driver keeps named locks with an owner and an expiry. Everything
 * Dapr-specific (request validation, the key prefix that keeps apps apart,
 * error codes, the HTTP and gRPC answers) lives once in the lock block
 * (services/lock), so a driver only writes what its store must do:
 *
 * - `tryLock(req)` takes the lock on `req.key` for `req.owner` when nobody
 *   holds it (or the holder's lock expired) and resolves true; resolves false
 *   when someone holds it, the same owner included (locks are not
 *   re-entrant, as in Dapr's Redis store). The lock expires by itself after
 *   `req.expirySeconds` (a whole number, at least 1). Taking a lock must be
 *   atomic across every sidecar that shares the store.
 * - `unlock(req)` releases the lock when `req.owner` holds it ("success"),
 *   and otherwise changes nothing and says why: "lock-does-not-exist" (no
 *   lock, or it expired) or "lock-belongs-to-others". A driver may answer
 *   "internal-error" when its store reports something it cannot interpret;
 *   failures to reach the store are thrown (the block answers ERR_TRY_LOCK
 *   or ERR_UNLOCK with the cause).
 *
 * Keys arrive with the block's prefix (`lock||<app id>||<resource id>` by
 * default); drivers store them as they are.
 */
import type { ComponentKind, DriverContext, DriverDefinition } from "../definition.js";
import { defineMetadata, MetadataError, type ConfigOf, type MetadataSchema } from "../metadata-schema.js";

export interface TryLockRequest {
  /** The stored key: the resource id with the block's prefix. */
  readonly key: string;
  readonly owner: string;
  /** Seconds until the lock expires; at least 1. */
  readonly expirySeconds: number;
}

export interface UnlockRequest {
  readonly key: string;
  readonly owner: string;
}

/** The outcomes of an unlock, in Dapr's order (UnlockResponse.Status 0 to 3). */
export type UnlockStatus = "success" | "lock-does-not-exist" | "lock-belongs-to-others" | "internal-error";

/** What a lock driver implements. */
export interface LockDriver {
  tryLock(req: TryLockRequest): Promise<boolean>;
  unlock(req: UnlockRequest): Promise<UnlockStatus>;
  /** Checks the connection; used by readiness and the metadata API. */
  ping?(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Settings every lock component accepts (merged into each driver's schema by
 * `defineLockDriver`); the lock block reads them.
 */
export const lockBlockMetadata = defineMetadata({
  keyPrefix: {
    type: "string",
    default: "appid",
    description:
      'How lock keys are namespaced, as in Dapr: "appid" (lock||<app id>||<resource>, the default), "name" (lock||<component name>||<resource>), "none" (lock||<resource>), or any other text used as the prefix (lower-cased, as Dapr does). It cannot contain "||".',
  },
});

/**
 * Declares a lock driver: its own metadata schema plus the block's
 * settings, and its factory. A keyPrefix containing "||" stops start-up
 * naming the field, as Dapr refuses such a component.
 */
export function defineLockDriver<const S extends MetadataSchema, I extends LockDriver>(def: {
  readonly type: string;
  readonly versions: readonly string[];
  readonly description: string;
  readonly metadata: S;
  create(config: ConfigOf<S & typeof lockBlockMetadata>, ctx: DriverContext): Promise<I> | I;
}): DriverDefinition<"lock", S & typeof lockBlockMetadata, I, never> {
  for (const name of Object.keys(def.metadata)) {
    if (Object.keys(lockBlockMetadata).some((n) => n.toLowerCase() === name.toLowerCase())) {
      throw new Error(`lock.${def.type}: metadata "${name}" is reserved for the lock block`);
    }
  }
  return {
    kind: "lock" satisfies ComponentKind,
    type: def.type,
    versions: def.versions,
    description: def.description,
    metadata: { ...lockBlockMetadata, ...def.metadata },
    features: [],
    create: (config, ctx) => {
      const prefix = (config as ConfigOf<typeof lockBlockMetadata>).keyPrefix;
      if (prefix.includes("||")) throw new MetadataError("keyPrefix", `"${prefix}" cannot contain "||"`);
      return def.create(config, ctx);
    },
  };
}
