import type { Redis } from "ioredis";
import type {
  BulkGetResult,
  StateDeleteRequest,
  StateDriver,
  StateGetRequest,
  StateItem,
  StateOperation,
  StateSetRequest,
} from "../../../components/state/state-store.js";
import { ETagError } from "../../../errors/catalog.js";
import type { RedisConnection } from "./connection.js";
import { deleteScript, getScript, setScript, transactionScript, txArgsPerOp } from "./scripts.js";

/** The custom commands defined from the scripts (ioredis adds a *Buffer variant that returns Buffers). */
interface ScriptCommands {
  pillionGetBuffer(key: string): Promise<[Buffer | null, Buffer | null, number] | null>;
  pillionSet(key: string, etag: string, data: Buffer, firstWrite: string, ttl: string): Promise<number>;
  pillionDel(key: string, etag: string): Promise<number>;
  pillionTx(numKeys: number, ...args: (string | Buffer)[]): Promise<number>;
}
type ScriptPipeline = { [K in keyof ScriptCommands]: (...args: Parameters<ScriptCommands[K]>) => ScriptPipeline } & {
  exec(): Promise<[Error | null, unknown][] | null>;
};

export interface RedisStateOptions {
  /** ttlInSeconds of the component: applied to writes that do not give one. */
  readonly defaultTtlSeconds?: number;
}

/** Dapr-compatible Redis state: one round trip per call, pipelines for bulk, one Lua script per transaction. */
export class RedisStateStore implements StateDriver {
  private readonly client: Redis & ScriptCommands;

  constructor(
    private readonly conn: RedisConnection,
    private readonly opts: RedisStateOptions = {},
  ) {
    const c = conn.client;
    c.defineCommand("pillionGet", { numberOfKeys: 1, lua: getScript, readOnly: true });
    c.defineCommand("pillionSet", { numberOfKeys: 1, lua: setScript });
    c.defineCommand("pillionDel", { numberOfKeys: 1, lua: deleteScript });
    c.defineCommand("pillionTx", { lua: transactionScript });
    this.client = c as Redis & ScriptCommands;
  }

  async get(req: StateGetRequest): Promise<StateItem | undefined> {
    return toItem(req.key, await this.run(() => this.client.pillionGetBuffer(req.key)));
  }

  async set(req: StateSetRequest): Promise<void> {
    await this.run(() => this.client.pillionSet(req.key, ...this.setArgs(req)), req.key);
  }

  async delete(req: StateDeleteRequest): Promise<void> {
    await this.run(() => this.client.pillionDel(req.key, etagArg(req.etag)), req.key);
  }

  async bulkGet(reqs: readonly StateGetRequest[]): Promise<BulkGetResult[]> {
    const p = this.pipeline();
    for (const r of reqs) p.pillionGetBuffer(r.key);
    const results = await this.exec(p);
    return reqs.map((r, i) => {
      const [err, res] = results[i] ?? [new Error("no reply"), null];
      if (err) return { key: r.key, error: this.conn.describe(err) };
      try {
        const item = toItem(r.key, res as Awaited<ReturnType<ScriptCommands["pillionGetBuffer"]>>);
        return item ? { key: r.key, item } : { key: r.key };
      } catch (e) {
        return { key: r.key, error: e instanceof Error ? e.message : String(e) };
      }
    });
  }

  /** Each item is checked and written on its own (not atomic, as in Dapr): the first failure is thrown after all ran. */
  async bulkSet(reqs: readonly StateSetRequest[]): Promise<void> {
    const p = this.pipeline();
    for (const r of reqs) p.pillionSet(r.key, ...this.setArgs(r));
    this.firstError(reqs, await this.exec(p));
  }

  async bulkDelete(reqs: readonly StateDeleteRequest[]): Promise<void> {
    const p = this.pipeline();
    for (const r of reqs) p.pillionDel(r.key, etagArg(r.etag));
    this.firstError(reqs, await this.exec(p));
  }

  async transact(ops: readonly StateOperation[]): Promise<void> {
    const keys: string[] = [];
    const args: (string | Buffer)[] = [];
    for (const { op, request } of ops) {
      keys.push(request.key);
      if (op === "upsert") {
        const [etag, data, firstWrite, ttl] = this.setArgs(request);
        args.push("set", etag, data, firstWrite, ttl);
      } else {
        args.push("del", etagArg(request.etag), "", "0", "");
      }
    }
    if (args.length !== keys.length * txArgsPerOp) throw new Error("internal: transaction arguments out of step");
    await this.run(() => this.client.pillionTx(keys.length, ...keys, ...args));
  }

  async ping(): Promise<void> {
    await this.run(() => this.client.ping());
  }

  async close(): Promise<void> {
    await this.conn.close();
  }

  private setArgs(req: StateSetRequest): [string, Buffer, string, string] {
    const ttl = req.ttlSeconds ?? this.opts.defaultTtlSeconds;
    return [
      etagArg(req.etag),
      Buffer.from(req.value.buffer, req.value.byteOffset, req.value.byteLength),
      req.concurrency === "first-write" ? "1" : "0",
      ttl === undefined ? "" : String(ttl),
    ];
  }

  private pipeline(): ScriptPipeline {
    return this.client.pipeline() as unknown as ScriptPipeline;
  }

  private async exec(p: ScriptPipeline): Promise<[Error | null, unknown][]> {
    return (await this.run(() => p.exec())) ?? [];
  }

  private firstError(reqs: readonly { key: string }[], results: [Error | null, unknown][]): void {
    let first: Error | undefined;
    for (let i = 0; i < reqs.length; i++) {
      const err = results[i]?.[0];
      if (!err) continue;
      const e = this.translate(err, reqs[i]!.key);
      if (!first || (e instanceof ETagError && !(first instanceof ETagError))) first = e;
    }
    if (first) throw first;
  }

  /** Runs a command; script check failures become ETagErrors, connection problems say so. */
  private async run<T>(fn: () => Promise<T>, key?: string): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw this.translate(e, key);
    }
  }

  private translate(e: unknown, key?: string): Error {
    if (e instanceof ETagError) return e;
    const msg = e instanceof Error ? e.message : String(e);
    if (msg.includes("ETAG_MISMATCH")) {
      const detail = msg.slice(msg.indexOf("ETAG_MISMATCH") + "ETAG_MISMATCH".length).trim();
      return new ETagError("mismatch", `possible etag mismatch. error from state store: ${detail || `ETag mismatch${key ? ` for key ${key}` : ""}`}`);
    }
    if (msg.includes("FIRST_WRITE")) {
      return new ETagError("mismatch", `possible etag mismatch. error from state store: ${msg.slice(msg.indexOf("FIRST_WRITE") + "FIRST_WRITE".length).trim()}`);
    }
    return new Error(this.conn.describe(e));
  }
}

/** Redis ETags are the hash's integer version; anything else can never match and is "invalid", as in Dapr. */
function etagArg(etag: string | undefined): string {
  if (etag === undefined || etag === "") return "";
  if (!/^\d{1,18}$/.test(etag)) throw new ETagError("invalid", `invalid etag value: "${etag}" is not a version number`);
  return BigInt(etag).toString();
}

function toItem(key: string, res: [Buffer | null, Buffer | null, number] | null): StateItem | undefined {
  if (!res) return undefined;
  const [data, version, pttl] = res;
  if (data === null) throw new Error(`the value at key ${key} is a hash without a "data" field (not a state item)`);
  return {
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    ...(version !== null && { etag: version.toString() }),
    ...(pttl > 0 && { metadata: { ttlExpireTime: rfc3339(Date.now() + pttl) } }),
  };
}

/** RFC 3339 in UTC with whole seconds, as Dapr reports ttlExpireTime. */
function rfc3339(epochMs: number): string {
  return new Date(Math.round(epochMs / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
}
