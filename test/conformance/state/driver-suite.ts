/**
 * The state store conformance suite, written once and run against every
 * state driver, at the driver level. Which behaviours apply comes from the
 * features the driver's definition declares (the same list the runtime and
 * the metadata API read); a driver may skip a test only by naming a reason.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DriverDefinition } from "../../../gateway/src/components/definition.js";
import { parseMetadata } from "../../../gateway/src/components/metadata-schema.js";
import type { BulkGetResult, StateDriver, StateGetRequest, StateSetRequest } from "../../../gateway/src/components/state/state-store.js";
import { parseStateQuery } from "../../../gateway/src/components/state/query.js";
import { ETagError } from "../../../gateway/src/errors/catalog.js";
import { createLogger } from "../../../gateway/src/util/logger.js";

/** The names of the suite's tests, for skip lists. */
export const stateTests = {
  string: "round-trips a text value byte for byte",
  json: "round-trips a JSON value",
  binary: "round-trips a binary value byte for byte",
  missing: "get of a missing key returns nothing",
  delete: "delete removes an item, and deleting a missing key succeeds",
  bulkGet: "bulk get returns every key, missing ones without an item",
  bulkSetDelete: "bulk set and bulk delete",
  keys: "keys with unicode, spaces and slashes",
  large: "a 1 MiB value",
  parallelKeys: "100 parallel sets of different keys",
  parallelSameKey: "100 parallel sets of one key",
  features: "declares exactly the optional methods of its features",
  etagChanges: "every write gives a new ETag",
  etagMismatch: "a set with a stale ETag fails with a mismatch and changes nothing",
  etagMatch: "a set with the current ETag saves",
  etagMissingKey: "a set with an ETag for a missing key is a mismatch",
  etagMalformed: "a malformed ETag is rejected as a mismatch or as invalid",
  deleteEtag: "a delete with a stale ETag fails; with the current one it deletes",
  firstWriteNoEtag: "first-write without an ETag: the first write wins, the next fails",
  firstWriteEtag: "first-write with an ETag: the current ETag saves, a stale one fails",
  bulkSetPartial: "a bulk set with one stale ETag saves the others and reports the mismatch",
  txAll: "a transaction applies all its operations",
  txAtomic: "a transaction with a failed ETag check leaves nothing",
  txOrder: "a transaction applies its operations in order",
  txFirstWrite: "a transaction honours first-write",
  ttlExpiry: "an item set for 1 s is gone after 2 s",
  ttlExpireTime: "an item with a TTL reports ttlExpireTime",
  ttlRemoveMinusOne: "ttlInSeconds -1 removes the TTL",
  ttlRemoveOmitted: "writing again without ttlInSeconds removes the TTL",
  ttlExpiredBulk: "bulk get does not return an expired item",
  queryFilter: "a query filters JSON values with EQ, IN, AND and OR on dotted keys",
  querySortPage: "a query sorts and pages with tokens",
  queryScope: "a query sees only the caller's keys, with their ETags",
} as const;

export type StateTestName = (typeof stateTests)[keyof typeof stateTests];

export interface StateConformanceOptions {
  /** e.g. "state.redis". */
  readonly name: string;
  /** The driver's definition: its features decide which tests apply. */
  readonly definition: DriverDefinition;
  /** Creates a connected driver instance (called once per suite). */
  create(): Promise<StateDriver>;
  /** Runs after the suite (e.g. stops a server). The driver is closed before. */
  cleanup?(): Promise<void>;
  readonly skip?: readonly { readonly reason: string; readonly tests: readonly StateTestName[] }[];
}

/** Creates a driver through its definition, the way the loader does (metadata parsed by the schema). */
export async function createFromDefinition(def: DriverDefinition, metadata: Record<string, string>, name = "conformance"): Promise<StateDriver> {
  const { config, rest } = parseMetadata(def.metadata, metadata);
  const logger = createLogger({ level: "warn", scope: name });
  return (await def.create(config as never, {
    name,
    appId: "conformance",
    namespace: "default",
    logger,
    extraMetadata: rest,
    signal: new AbortController().signal,
  })) as StateDriver;
}

const enc = new TextEncoder();
const dec = new TextDecoder();
const noMeta = Object.freeze({}) as Readonly<Record<string, string>>;

export function runStateConformance(opts: StateConformanceOptions): void {
  const features = new Set(opts.definition.features);
  const skipped = new Map<string, string>();
  for (const s of opts.skip ?? []) for (const t of s.tests) skipped.set(t, s.reason);

  describe(`state conformance: ${opts.name}`, () => {
    let store: StateDriver;
    // Every run uses its own keys, so suites can share a server and run again.
    const prefix = `conf-${randomUUID().slice(0, 8)}-`;
    const k = (name: string) => prefix + name;

    beforeAll(async () => {
      store = await opts.create();
    });
    afterAll(async () => {
      await store?.close();
      await opts.cleanup?.();
    });

    /** A test that applies when the driver has every feature listed, unless the driver skips it (with its reason). */
    const test = (name: StateTestName, needs: readonly string[], fn: () => Promise<void>, timeoutMs?: number) => {
      const reason = skipped.get(name);
      const missing = needs.filter((f) => !features.has(f));
      if (reason !== undefined) it.skip(`${name} (skipped: ${reason})`, fn);
      else if (missing.length) it.skip(`${name} (needs ${missing.join(", ")})`, fn);
      else it(name, fn, timeoutMs);
    };

    const set = (key: string, value: Uint8Array | string, extra: Partial<StateSetRequest> = {}) =>
      store.set({ key, value: typeof value === "string" ? enc.encode(value) : value, metadata: noMeta, ...extra });
    const get = (key: string) => store.get({ key, metadata: noMeta });
    const text = async (key: string) => {
      const item = await get(key);
      return item && dec.decode(item.data);
    };
    const etagOf = async (key: string) => {
      const item = await get(key);
      expect(item?.etag, `the ETag of ${key}`).toMatch(/.+/);
      return item!.etag!;
    };
    const bulkGet = async (reqs: StateGetRequest[]): Promise<BulkGetResult[]> =>
      store.bulkGet
        ? store.bulkGet(reqs)
        : Promise.all(
            reqs.map(async (r) => {
              const item = await store.get(r);
              return item ? { key: r.key, item } : { key: r.key };
            }),
          );
    /** A well-formed ETag that is not the current one (drivers' ETags are version numbers or opaque strings). */
    const staleEtag = (etag: string) => (/^\d+$/.test(etag) ? String(BigInt(etag) + 1000n) : etag + "0");
    const expectMismatch = async (p: Promise<unknown>) => {
      const e = await p.then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(e, "expected an ETag mismatch").toBeInstanceOf(ETagError);
      expect((e as ETagError).kind).toBe("mismatch");
    };

    // ---- core -------------------------------------------------------------------

    test(stateTests.string, [], async () => {
      const value = "hello wörld ✓ — plain text, not JSON";
      await set(k("text"), value);
      const item = await get(k("text"));
      expect(item && dec.decode(item.data)).toBe(value);
    });

    test(stateTests.json, [], async () => {
      const doc = { id: 7, name: "order", items: [{ sku: "a", qty: 2 }], nested: { ok: true, none: null }, price: 12.5 };
      await set(k("json"), JSON.stringify(doc));
      expect(JSON.parse((await text(k("json")))!)).toEqual(doc);
      // JSON scalars (what a REST client saves for "value": "x" or 42) come back as JSON too.
      await set(k("json-string"), '"just a string"');
      expect(JSON.parse((await text(k("json-string")))!)).toBe("just a string");
      await set(k("json-number"), "42");
      expect(JSON.parse((await text(k("json-number")))!)).toBe(42);
    });

    test(stateTests.binary, [], async () => {
      const bytes = new Uint8Array([0, 1, 2, 0xff, 0xfe, 0x80, 0x00, 0x7f, 0xc3, 0x28]);
      await set(k("binary"), bytes);
      expect((await get(k("binary")))?.data).toEqual(bytes);
    });

    test(stateTests.missing, [], async () => {
      expect(await get(k("never-written"))).toBeUndefined();
    });

    test(stateTests.delete, [], async () => {
      await set(k("del"), "x");
      await store.delete({ key: k("del"), metadata: noMeta });
      expect(await get(k("del"))).toBeUndefined();
      await store.delete({ key: k("del"), metadata: noMeta });
      await store.delete({ key: k("never-existed"), metadata: noMeta });
    });

    test(stateTests.bulkGet, [], async () => {
      await set(k("bg-1"), "one");
      await set(k("bg-2"), "two");
      const keys = [k("bg-1"), k("bg-missing"), k("bg-2")];
      const reqs = keys.map((key) => ({ key, metadata: noMeta }));
      const byKey = new Map((await bulkGet(reqs)).map((r) => [r.key, r]));
      expect([...byKey.keys()].sort()).toEqual([...keys].sort());
      expect(dec.decode(byKey.get(k("bg-1"))!.item!.data)).toBe("one");
      expect(dec.decode(byKey.get(k("bg-2"))!.item!.data)).toBe("two");
      expect(byKey.get(k("bg-missing"))!.item).toBeUndefined();
      expect(byKey.get(k("bg-missing"))!.error).toBeUndefined();
    });

    test(stateTests.bulkSetDelete, [], async () => {
      const keys = Array.from({ length: 10 }, (_, i) => k(`bulk-${i}`));
      const sets = keys.map((key, i) => ({ key, value: enc.encode(`v${i}`), metadata: noMeta }));
      if (store.bulkSet) await store.bulkSet(sets);
      else for (const s of sets) await store.set(s);
      for (const [i, key] of keys.entries()) expect(await text(key)).toBe(`v${i}`);
      const dels = keys.slice(0, 5).map((key) => ({ key, metadata: noMeta }));
      if (store.bulkDelete) await store.bulkDelete(dels);
      else for (const d of dels) await store.delete(d);
      for (const [i, key] of keys.entries()) expect(await text(key)).toBe(i < 5 ? undefined : `v${i}`);
    });

    test(stateTests.keys, [], async () => {
      const keys = [k("ключ/with/slashes/🙂"), k("a key with spaces"), k("dots.and:colons|pipes"), k("quotes'\"and\\backslash"), k("100%_like")];
      for (const [i, key] of keys.entries()) await set(key, `value ${i}`);
      for (const [i, key] of keys.entries()) expect(await text(key)).toBe(`value ${i}`);
    });

    test(stateTests.large, [], async () => {
      const big = randomBytes(1024 * 1024);
      await set(k("large"), big);
      const back = (await get(k("large")))?.data;
      expect(back?.byteLength).toBe(big.byteLength);
      expect(Buffer.from(back!).equals(big)).toBe(true);
    });

    test(stateTests.parallelKeys, [], async () => {
      await Promise.all(Array.from({ length: 100 }, (_, i) => set(k(`par-${i}`), `p${i}`)));
      const values = await Promise.all(Array.from({ length: 100 }, (_, i) => text(k(`par-${i}`))));
      expect(values).toEqual(Array.from({ length: 100 }, (_, i) => `p${i}`));
    });

    test(stateTests.parallelSameKey, [], async () => {
      await Promise.all(Array.from({ length: 100 }, (_, i) => set(k("same"), `s${i}`)));
      expect(await text(k("same"))).toMatch(/^s\d+$/);
    });

    test(stateTests.features, [], async () => {
      expect(typeof store.transact === "function", "transact() present exactly with TRANSACTIONAL").toBe(features.has("TRANSACTIONAL"));
      expect(typeof store.query === "function", "query() present exactly with QUERY_API").toBe(features.has("QUERY_API"));
      expect(typeof store.ping, "ping()").toBe("function");
      await store.ping!();
    });

    // ---- ETags and concurrency -------------------------------------------------------

    test(stateTests.etagChanges, ["ETAG"], async () => {
      await set(k("etag-changes"), "1");
      const first = await etagOf(k("etag-changes"));
      await set(k("etag-changes"), "2");
      const second = await etagOf(k("etag-changes"));
      expect(second).not.toBe(first);
    });

    test(stateTests.etagMismatch, ["ETAG"], async () => {
      await set(k("etag-mismatch"), "original");
      const etag = await etagOf(k("etag-mismatch"));
      await expectMismatch(set(k("etag-mismatch"), "changed", { etag: staleEtag(etag) }));
      expect(await text(k("etag-mismatch"))).toBe("original");
      expect(await etagOf(k("etag-mismatch"))).toBe(etag);
    });

    test(stateTests.etagMatch, ["ETAG"], async () => {
      await set(k("etag-match"), "v1");
      const etag = await etagOf(k("etag-match"));
      await set(k("etag-match"), "v2", { etag });
      expect(await text(k("etag-match"))).toBe("v2");
      // The old ETag is now stale.
      await expectMismatch(set(k("etag-match"), "v3", { etag }));
    });

    test(stateTests.etagMissingKey, ["ETAG"], async () => {
      await set(k("etag-other"), "x");
      const someEtag = await etagOf(k("etag-other"));
      await expectMismatch(set(k("etag-missing"), "x", { etag: someEtag }));
      expect(await get(k("etag-missing"))).toBeUndefined();
    });

    test(stateTests.etagMalformed, ["ETAG"], async () => {
      await set(k("etag-malformed"), "x");
      const e = await set(k("etag-malformed"), "y", { etag: "not an etag ✗" }).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(e).toBeInstanceOf(ETagError);
      expect(await text(k("etag-malformed"))).toBe("x");
    });

    test(stateTests.deleteEtag, ["ETAG"], async () => {
      await set(k("del-etag"), "x");
      const etag = await etagOf(k("del-etag"));
      await expectMismatch(store.delete({ key: k("del-etag"), etag: staleEtag(etag), metadata: noMeta }));
      expect(await text(k("del-etag"))).toBe("x");
      await store.delete({ key: k("del-etag"), etag, metadata: noMeta });
      expect(await get(k("del-etag"))).toBeUndefined();
    });

    test(stateTests.firstWriteNoEtag, ["ETAG"], async () => {
      await set(k("fw"), "first", { concurrency: "first-write" });
      await expectMismatch(set(k("fw"), "second", { concurrency: "first-write" }));
      expect(await text(k("fw"))).toBe("first");
    });

    test(stateTests.firstWriteEtag, ["ETAG"], async () => {
      await set(k("fw-etag"), "first");
      const etag = await etagOf(k("fw-etag"));
      await set(k("fw-etag"), "second", { concurrency: "first-write", etag });
      expect(await text(k("fw-etag"))).toBe("second");
      await expectMismatch(set(k("fw-etag"), "third", { concurrency: "first-write", etag }));
      expect(await text(k("fw-etag"))).toBe("second");
    });

    test(stateTests.bulkSetPartial, ["ETAG"], async () => {
      await set(k("bsp-1"), "a1");
      await set(k("bsp-2"), "b1");
      const etag1 = await etagOf(k("bsp-1"));
      const etag2 = await etagOf(k("bsp-2"));
      const reqs = [
        { key: k("bsp-1"), value: enc.encode("a2"), etag: staleEtag(etag1), metadata: noMeta },
        { key: k("bsp-2"), value: enc.encode("b2"), etag: etag2, metadata: noMeta },
      ];
      await expectMismatch(store.bulkSet ? store.bulkSet(reqs) : Promise.allSettled(reqs.map((r) => store.set(r))).then(throwFirst));
      expect(await text(k("bsp-1"))).toBe("a1");
      expect(await text(k("bsp-2"))).toBe("b2");
    });

    // ---- transactions --------------------------------------------------------------

    test(stateTests.txAll, ["TRANSACTIONAL"], async () => {
      await set(k("tx-del"), "to delete");
      await store.transact!(
        [
          { op: "upsert", request: { key: k("tx-a"), value: enc.encode("A"), metadata: noMeta } },
          { op: "upsert", request: { key: k("tx-b"), value: enc.encode("B"), metadata: noMeta } },
          { op: "delete", request: { key: k("tx-del"), metadata: noMeta } },
        ],
        noMeta,
      );
      expect(await text(k("tx-a"))).toBe("A");
      expect(await text(k("tx-b"))).toBe("B");
      expect(await get(k("tx-del"))).toBeUndefined();
    });

    test(stateTests.txAtomic, ["TRANSACTIONAL", "ETAG"], async () => {
      await set(k("txa-keep"), "kept");
      await set(k("txa-guarded"), "guarded");
      const etag = await etagOf(k("txa-guarded"));
      await expectMismatch(
        store.transact!(
          [
            { op: "upsert", request: { key: k("txa-new"), value: enc.encode("new"), metadata: noMeta } },
            { op: "delete", request: { key: k("txa-keep"), metadata: noMeta } },
            { op: "upsert", request: { key: k("txa-guarded"), value: enc.encode("changed"), etag: staleEtag(etag), metadata: noMeta } },
          ],
          noMeta,
        ),
      );
      expect(await get(k("txa-new"))).toBeUndefined();
      expect(await text(k("txa-keep"))).toBe("kept");
      expect(await text(k("txa-guarded"))).toBe("guarded");
      expect(await etagOf(k("txa-guarded"))).toBe(etag);
    });

    test(stateTests.txOrder, ["TRANSACTIONAL"], async () => {
      await store.transact!(
        [
          { op: "upsert", request: { key: k("txo-1"), value: enc.encode("first"), metadata: noMeta } },
          { op: "delete", request: { key: k("txo-1"), metadata: noMeta } },
          { op: "upsert", request: { key: k("txo-2"), value: enc.encode("first"), metadata: noMeta } },
          { op: "upsert", request: { key: k("txo-2"), value: enc.encode("second"), metadata: noMeta } },
        ],
        noMeta,
      );
      expect(await get(k("txo-1"))).toBeUndefined();
      expect(await text(k("txo-2"))).toBe("second");
    });

    test(stateTests.txFirstWrite, ["TRANSACTIONAL", "ETAG"], async () => {
      await set(k("txfw"), "exists");
      await expectMismatch(
        store.transact!(
          [
            { op: "upsert", request: { key: k("txfw-other"), value: enc.encode("x"), metadata: noMeta } },
            { op: "upsert", request: { key: k("txfw"), value: enc.encode("overwritten"), concurrency: "first-write", metadata: noMeta } },
          ],
          noMeta,
        ),
      );
      expect(await text(k("txfw"))).toBe("exists");
      expect(await get(k("txfw-other"))).toBeUndefined();
    });

    // ---- query API -------------------------------------------------------------------

    describe("query", () => {
      const people = [
        { org: "Dev Ops", id: 1036, city: "Seattle", state: "WA" },
        { org: "Hardware", id: 1028, city: "Portland", state: "OR" },
        { org: "Finance", id: 1071, city: "Sacramento", state: "CA" },
        { org: "Dev Ops", id: 1042, city: "Spokane", state: "WA" },
        { org: "Dev Ops", id: 1007, city: "San Francisco", state: "CA" },
      ];
      const scope = { keyPrefix: k("q/"), metadata: noMeta };
      let loaded: Promise<void> | undefined;
      const load = () =>
        (loaded ??= (async () => {
          for (const p of people) await set(k(`q/${p.id}`), JSON.stringify({ person: { org: p.org, id: p.id }, city: p.city, state: p.state }));
          await set(k("q/binary"), new Uint8Array([0xff, 0x00, 0xfe]));
          await set(k("q-outside"), JSON.stringify({ person: { org: "Dev Ops", id: 1 } }));
        })());
      const ids = async (query: unknown) => {
        const r = await store.query!(parseStateQuery(query), scope);
        return r.results.map((x) => (JSON.parse(dec.decode(x.data)) as { person: { id: number } }).person.id);
      };

      test(stateTests.queryFilter, ["QUERY_API"], async () => {
        await load();
        expect((await ids({ filter: { EQ: { "person.org": "Dev Ops" } } })).sort()).toEqual([1007, 1036, 1042]);
        expect((await ids({ filter: { IN: { state: ["CA", "OR"] } } })).sort()).toEqual([1007, 1028, 1071]);
        const nested = { OR: [{ EQ: { "person.org": "Finance" } }, { AND: [{ EQ: { state: "WA" } }, { GT: { "person.id": 1040 } }] }] };
        expect((await ids({ filter: nested })).sort()).toEqual([1042, 1071]);
        expect(await ids({ filter: { EQ: { "person.id": "1036" } } })).toEqual([]);
      });

      test(stateTests.querySortPage, ["QUERY_API"], async () => {
        await load();
        const q = { filter: { NEQ: { city: "nowhere" } }, sort: [{ key: "person.id", order: "DESC" }] };
        const pages: number[][] = [];
        let token: string | undefined;
        do {
          const r = await store.query!(parseStateQuery({ ...q, page: { limit: 2, ...(token && { token }) } }), scope);
          pages.push(r.results.map((x) => (JSON.parse(dec.decode(x.data)) as { person: { id: number } }).person.id));
          token = r.token;
        } while (token && pages.length < 10);
        expect(pages).toEqual([[1071, 1042], [1036, 1028], [1007]]);
        expect(await ids({ sort: [{ key: "state" }, { key: "person.id", order: "DESC" }], filter: { NEQ: { state: "x" } } })).toEqual([1071, 1007, 1028, 1042, 1036]);
      });

      test(stateTests.queryScope, ["QUERY_API"], async () => {
        await load();
        const r = await store.query!(parseStateQuery({}), scope);
        expect(r.results.map((x) => x.key).sort()).toEqual([...people.map((p) => k(`q/${p.id}`)), k("q/binary")].sort());
        const binary = r.results.find((x) => x.key === k("q/binary"))!;
        expect(binary.data).toEqual(new Uint8Array([0xff, 0x00, 0xfe]));
        for (const x of r.results) expect(x.etag).toBe((await get(x.key))!.etag);
      });
    });

    // ---- TTL -------------------------------------------------------------------------
    // The writes happen once, then one wait of 2 s serves every TTL test.

    describe("TTL", () => {
      let ready: Promise<void> | undefined;
      const prepare = () =>
        (ready ??= (async () => {
          await set(k("ttl-expires"), "short-lived", { ttlSeconds: 1 });
          await set(k("ttl-minus-one"), "kept", { ttlSeconds: 1 });
          await set(k("ttl-minus-one"), "kept", { ttlSeconds: -1 });
          await set(k("ttl-omitted"), "kept", { ttlSeconds: 1 });
          await set(k("ttl-omitted"), "kept");
          expect(await text(k("ttl-expires"))).toBe("short-lived");
          await new Promise((r) => setTimeout(r, 2100));
        })());

      test(stateTests.ttlExpiry, ["TTL"], async () => {
        await prepare();
        expect(await get(k("ttl-expires"))).toBeUndefined();
      }, 10_000);

      test(stateTests.ttlExpireTime, ["TTL"], async () => {
        const before = Date.now();
        await set(k("ttl-hour"), "x", { ttlSeconds: 3600 });
        const item = await get(k("ttl-hour"));
        const at = Date.parse(item?.metadata?.["ttlExpireTime"] ?? "");
        expect(at).toBeGreaterThan(before + 3590_000);
        expect(at).toBeLessThan(Date.now() + 3610_000);
        await set(k("ttl-none"), "x");
        expect((await get(k("ttl-none")))?.metadata?.["ttlExpireTime"]).toBeUndefined();
      });

      test(stateTests.ttlRemoveMinusOne, ["TTL"], async () => {
        await prepare();
        expect(await text(k("ttl-minus-one"))).toBe("kept");
      }, 10_000);

      test(stateTests.ttlRemoveOmitted, ["TTL"], async () => {
        await prepare();
        expect(await text(k("ttl-omitted"))).toBe("kept");
      }, 10_000);

      test(stateTests.ttlExpiredBulk, ["TTL"], async () => {
        await prepare();
        const reqs = [{ key: k("ttl-expires"), metadata: noMeta }, { key: k("ttl-minus-one"), metadata: noMeta }];
        const byKey = new Map((await bulkGet(reqs)).map((r) => [r.key, r]));
        expect(byKey.get(k("ttl-expires"))?.item).toBeUndefined();
        expect(byKey.get(k("ttl-minus-one"))?.item).toBeDefined();
      }, 10_000);
    });
  });
}

function throwFirst(results: PromiseSettledResult<unknown>[]): void {
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
}
