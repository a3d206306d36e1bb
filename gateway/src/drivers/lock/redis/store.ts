import type { LockDriver, TryLockRequest, UnlockRequest, UnlockStatus } from "../../../components/lock/lock-store.js";
import type { RedisConnection } from "../../state/redis/connection.js";
import { unlockScript } from "./scripts.js";

/**
 * Locks in Redis as daprd's Redis lock store keeps them: one string key per
 * lock holding the owner, taken with SET NX PX (so it expires by itself) and
 * released with a compare-and-delete script.
 */
export class RedisLockStore implements LockDriver {
  constructor(private readonly conn: RedisConnection) {}

  async tryLock(req: TryLockRequest): Promise<boolean> {
    try {
      const answer = await this.conn.client.set(req.key, req.owner, "PX", req.expirySeconds * 1000, "NX");
      return answer === "OK";
    } catch (e) {
      throw new Error(this.conn.describe(e), { cause: e });
    }
  }

  async unlock(req: UnlockRequest): Promise<UnlockStatus> {
    let answer: unknown;
    try {
      answer = await this.conn.client.eval(unlockScript, 1, req.key, req.owner);
    } catch (e) {
      // The key holds something that is not a lock (another type): Redis answered, but not with a lock.
      if (e instanceof Error && /WRONGTYPE/.test(e.message)) return "internal-error";
      throw new Error(this.conn.describe(e), { cause: e });
    }
    if (typeof answer !== "number") return "internal-error";
    if (answer >= 0) return "success";
    if (answer === -1) return "lock-does-not-exist";
    if (answer === -2) return "lock-belongs-to-others";
    return "internal-error";
  }

  async ping(): Promise<void> {
    try {
      await this.conn.client.ping();
    } catch (e) {
      throw new Error(this.conn.describe(e), { cause: e });
    }
  }

  async close(): Promise<void> {
    await this.conn.close();
  }
}
