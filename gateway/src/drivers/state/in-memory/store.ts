import { ETagError } from "../../../errors/catalog.js";
import type {
  StateDeleteRequest,
  StateDriver,
  StateGetRequest,
  StateItem,
  StateOperation,
  StateSetRequest,
} from "../../../components/state/state-store.js";

interface Entry {
  readonly data: Uint8Array;
  readonly etag: string;
  readonly contentType?: string;
  /** Epoch milliseconds, or undefined for no TTL. */
  readonly expiresAt?: number;
}

/** A Map with ETags (a counter), first-write concurrency, TTL and atomic transactions. */
export class InMemoryStateStore implements StateDriver {
  private readonly items = new Map<string, Entry>();
  private version = 0;
  private readonly sweeper: NodeJS.Timeout;

  constructor(opts: { cleanupIntervalMs: number }) {
    this.sweeper = setInterval(() => this.sweep(), Math.max(opts.cleanupIntervalMs, 10));
    this.sweeper.unref();
  }

  async get(req: StateGetRequest): Promise<StateItem | undefined> {
    const e = this.live(req.key);
    if (!e) return undefined;
    return {
      data: e.data,
      etag: e.etag,
      ...(e.contentType !== undefined && { contentType: e.contentType }),
      ...(e.expiresAt !== undefined && { metadata: { ttlExpireTime: new Date(e.expiresAt).toISOString() } }),
    };
  }

  async set(req: StateSetRequest): Promise<void> {
    this.check(req.key, req.etag, req.concurrency);
    this.write(req);
  }

  async delete(req: StateDeleteRequest): Promise<void> {
    this.check(req.key, req.etag, req.concurrency);
    this.items.delete(req.key);
  }

  async transact(ops: readonly StateOperation[]): Promise<void> {
    // Validate every operation against the state as it evolves within the transaction, then apply.
    const staged = new Map<string, Entry | undefined>();
    const current = (key: string) => (staged.has(key) ? staged.get(key) : this.live(key));
    for (const { op, request } of ops) {
      validateEtag(request.key, current(request.key), request.etag, request.concurrency);
      staged.set(request.key, op === "upsert" ? this.entry(request as StateSetRequest) : undefined);
    }
    for (const [key, entry] of staged) {
      if (entry) this.items.set(key, entry);
      else this.items.delete(key);
    }
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.items.clear();
  }

  private live(key: string): Entry | undefined {
    const e = this.items.get(key);
    if (e?.expiresAt !== undefined && e.expiresAt <= Date.now()) {
      this.items.delete(key);
      return undefined;
    }
    return e;
  }

  private check(key: string, etag: string | undefined, concurrency: StateSetRequest["concurrency"]): void {
    validateEtag(key, this.live(key), etag, concurrency);
  }

  private entry(req: StateSetRequest): Entry {
    const ttl = req.ttlSeconds !== undefined && req.ttlSeconds > 0 ? req.ttlSeconds : undefined;
    return {
      data: req.value.slice(),
      etag: String(++this.version),
      ...(req.contentType !== undefined && { contentType: req.contentType }),
      ...(ttl !== undefined && { expiresAt: Date.now() + ttl * 1000 }),
    };
  }

  private write(req: StateSetRequest): void {
    this.items.set(req.key, this.entry(req));
  }

  private sweep(): void {
    const now = Date.now();
    for (const [key, e] of this.items) if (e.expiresAt !== undefined && e.expiresAt <= now) this.items.delete(key);
  }
}

function validateEtag(key: string, existing: Entry | undefined, etag: string | undefined, concurrency: StateSetRequest["concurrency"]): void {
  const hasEtag = etag !== undefined && etag !== "";
  if (hasEtag) {
    if (!existing) throw new ETagError("mismatch", `possible etag mismatch. error from state store: item ${key} does not exist`);
    if (existing.etag !== etag) throw new ETagError("mismatch");
    return;
  }
  if (concurrency === "first-write" && existing) {
    throw new ETagError("mismatch", `possible etag mismatch. error from state store: item ${key} already exists and no etag was given (first-write)`);
  }
}
