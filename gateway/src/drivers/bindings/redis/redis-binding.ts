import type { BindingDriver, BindingInvokeRequest, BindingInvokeResponse } from "../../../components/bindings/binding.js";
import type { RedisConnection } from "../../state/redis/connection.js";
import { requestTtlMs } from "../../shared/request-metadata.js";

/** The operations of Dapr's Redis output binding, in its order. */
export const redisBindingOperations = ["create", "delete", "get", "increment"] as const;

/**
 * Dapr's Redis output binding: the request's `key` metadata names a string
 * key; create SETs the data (then EXPIREs it with the request's ttl), get
 * reads it (and deletes it with `delete: "true"`, GETDEL), delete DELs it,
 * increment INCRs it (with the same ttl handling).
 */
export class RedisBinding implements BindingDriver {
  constructor(private readonly conn: RedisConnection) {}

  async invoke(req: BindingInvokeRequest): Promise<BindingInvokeResponse | undefined> {
    const key = req.metadata["key"];
    if (!key) throw new Error("redis binding: missing key in request metadata");
    const client = this.conn.client;
    try {
      switch (req.operation) {
        case "delete":
          await client.del(key);
          return undefined;
        case "get": {
          const data = req.metadata["delete"] === "true" ? await client.getdelBuffer(key) : await client.getBuffer(key);
          return data === null ? {} : { data: new Uint8Array(data) };
        }
        case "create":
          await client.set(key, Buffer.from(req.data));
          await this.expire(key, req.metadata);
          return undefined;
        case "increment":
          await client.incr(key);
          await this.expire(key, req.metadata);
          return undefined;
        default:
          throw new Error(`invalid operation type: ${req.operation}`);
      }
    } catch (e) {
      throw new Error(this.conn.describe(e), { cause: e });
    }
  }

  async close(): Promise<void> {
    await this.conn.close();
  }

  private async expire(key: string, metadata: Readonly<Record<string, string>>): Promise<void> {
    const ttl = requestTtlMs(metadata);
    // Dapr sends EXPIRE with whole seconds.
    if (ttl !== undefined) await this.conn.client.expire(key, Math.trunc(ttl / 1000));
  }
}
