import { ETagError } from "../../../errors/catalog.js";
import { compareForSort, encodePageToken, matchesFilter, type StateQuery } from "../../../components/state/query.js";
import type {
  StateDeleteRequest,
  StateDriver,
  StateGetRequest,
  StateItem,
  StateOperation,
  StateQueryResult,
  StateQueryScope,
  StateSetRequest,
} from "../../../components/state/state-store.js";

interface Entry {
  readonly data: Uint8Array;
  readonly etag: string;
  readonly contentType?: string;
  /** Epoch milliseconds, or undefined for no TTL. */
  readonly expiresAt?: number;
}

/** What a stored value is to a query: its parsed JSON, or `notJson`. */
const notJson = Symbol("not JSON");
const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * A Map with ETags (a counter), first-write concurrency, TTL, atomic
 * transactions and the query API (the shared query module's reference
 * semantics over the JSON values).
 */
export class InMemoryStateStore implements StateDriver {
  private readonly items = new Map<string, Entry>();
  /** Parsed values, per entry (entries are immutable), computed by the first query that reads them. */
  private readonly parsed = new WeakMap<Entry, unknown>();
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

  /**
   * Runs a query over the live items whose key starts with the scope's
   * prefix: filter (a value that is not JSON matches no filter, but is part
   * of a query without one), sort (ties by key, so pages are stable), then
   * the page; a token is answered when more items follow.
   */
  async query(q: StateQuery, scope: StateQueryScope): Promise<StateQueryResult> {
    const now = Date.now();
    const hits: { key: string; entry: Entry; doc: unknown }[] = [];
    for (const [key, entry] of this.items) {
      if (!key.startsWith(scope.keyPrefix) || (entry.expiresAt !== undefined && entry.expiresAt <= now)) continue;
      const doc = this.json(entry);
      if (q.filter && (doc === notJson || !matchesFilter(doc, q.filter))) continue;
      hits.push({ key, entry, doc });
    }
    // A value that is not JSON has none of the sort fields.
    hits.sort((a, b) => compareForSort(a.doc === notJson ? undefined : a.doc, b.doc === notJson ? undefined : b.doc, q.sort) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const end = q.limit > 0 ? q.offset + q.limit : hits.length;
    const page = hits.slice(q.offset, end);
    return {
      results: page.map((h) => ({ key: h.key, data: h.entry.data, etag: h.entry.etag })),
      ...(end < hits.length && { token: encodePageToken(end) }),
    };
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

  private json(entry: Entry): unknown {
    if (this.parsed.has(entry)) return this.parsed.get(entry);
    let doc: unknown;
    try {
      doc = JSON.parse(utf8.decode(entry.data));
    } catch {
      doc = notJson;
    }
    this.parsed.set(entry, doc);
    return doc;
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
