/**
 * The configuration store conformance suite, written once and run against
 * every configuration driver at the driver level: reading every item or
 * some, versions, subscriptions that see each change of their keys once and
 * in order (deletions as empty items), every-key subscriptions, unsubscribe,
 * two subscribers. Items are written the way the store's users write them
 * (a writer the test file provides: a plain Redis or SQL client), or through
 * the driver's own `set` when it declares WRITE. A driver skips a test only
 * by naming its reason.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  ConfigurationDriver,
  ConfigurationItem,
  ConfigurationUpdate,
} from "../../../gateway/src/components/configuration/configuration-store.js";
import type { DriverDefinition } from "../../../gateway/src/components/definition.js";
import { createDriver } from "../driver-factory.js";

export const configurationTests = {
  getAll: "get without keys returns every item with its value and version",
  getSome: "get with keys returns those items and leaves out missing keys",
  versions: "a changed item is read back with its new value and version",
  subscribeEach: "a subscription receives each change of its keys once, in order, with versions",
  rapidChanges: "changes in quick succession: never a state twice, in order, ending with the newest",
  subscribeWatchedOnly: "a subscription to some keys receives no other key",
  subscribeAll: "a subscription without keys receives changes of every key",
  subscribeDelete: "a deleted key reaches subscribers as an empty item",
  unsubscribe: "unsubscribe stops deliveries; an unknown id is an error",
  twoSubscribers: "two subscriptions to one key each receive every change once",
} as const;

export type ConfigurationTestName = (typeof configurationTests)[keyof typeof configurationTests];

/** Writes items to the store from outside the driver, as its users do. */
export interface ConfigurationWriter {
  set(items: Readonly<Record<string, { readonly value: string; readonly version: string }>>): Promise<void>;
  delete(keys: readonly string[]): Promise<void>;
  close?(): Promise<void>;
}

export interface ConfigurationConformanceOptions {
  /** e.g. "configuration.redis". */
  readonly name: string;
  readonly definition: DriverDefinition;
  /**
   * Starts what the driver needs (once per suite) and returns the component
   * metadata, and a writer unless the driver declares WRITE (then the suite
   * writes through the driver's `set`).
   */
  create(): Promise<{ metadata: Record<string, string>; writer?: ConfigurationWriter }>;
  cleanup?(): Promise<void>;
  readonly skip?: readonly { readonly reason: string; readonly tests: readonly ConfigurationTestName[] }[];
}

interface Received {
  readonly key: string;
  readonly item: ConfigurationItem;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** How long the suite waits to see that nothing more arrives (only ever used to check absence). */
const quietMs = 300;

export function runConfigurationConformance(opts: ConfigurationConformanceOptions): void {
  const skipped = new Map<string, string>();
  for (const s of opts.skip ?? []) for (const t of s.tests) skipped.set(t, s.reason);

  describe(`configuration conformance: ${opts.name}`, () => {
    let store: ConfigurationDriver;
    let writer: ConfigurationWriter;
    const run = randomUUID().slice(0, 8);
    const k = (name: string) => `conf_${run}_${name.replaceAll("-", "_")}`;

    beforeAll(async () => {
      const created = await opts.create();
      store = await createDriver<ConfigurationDriver>(opts.definition, created.metadata);
      if (created.writer) writer = created.writer;
      else {
        if (!opts.definition.features.includes("WRITE") || !store.set) throw new Error(`${opts.name}: give a writer, or declare WRITE and implement set`);
        const set = store.set.bind(store);
        writer = {
          set: async (items) => void (await set({ set: items, delete: [] })),
          delete: async (keys) => void (await set({ set: {}, delete: keys })),
        };
      }
    });
    afterAll(async () => {
      await store?.close();
      await writer?.close?.();
      await opts.cleanup?.();
    });

    const test = (name: ConfigurationTestName, fn: () => Promise<void>) => {
      const reason = skipped.get(name);
      if (reason !== undefined) it.skip(`${name} (skipped: ${reason})`, fn);
      else it(name, fn);
    };

    /** Subscribes and records what arrives, keeping only this run's keys. */
    const watch = async (keys: string[]) => {
      const got: Received[] = [];
      const ids: string[] = [];
      const id = await store.subscribe({ keys, metadata: {} }, async (u: ConfigurationUpdate) => {
        ids.push(u.id);
        for (const [key, item] of Object.entries(u.items)) if (key.startsWith(`conf_${run}_`)) got.push({ key, item });
      });
      return { id, got, ids };
    };
    const waitFor = async (got: readonly Received[], n: number) => {
      await expect.poll(() => got.length, { timeout: 10_000, interval: 20 }).toBeGreaterThanOrEqual(n);
      await sleep(quietMs);
    };

    test(configurationTests.getAll, async () => {
      await writer.set({ [k("all-a")]: { value: "alpha", version: "1" }, [k("all-b")]: { value: "beta", version: "7" } });
      const items = await store.get({ keys: [], metadata: {} });
      expect(items[k("all-a")]).toMatchObject({ value: "alpha", version: "1" });
      expect(items[k("all-b")]).toMatchObject({ value: "beta", version: "7" });
    });

    test(configurationTests.getSome, async () => {
      await writer.set({ [k("some-a")]: { value: "alpha", version: "1" }, [k("some-b")]: { value: "beta", version: "1" } });
      const items = await store.get({ keys: [k("some-a"), k("some-missing")], metadata: {} });
      expect(Object.keys(items)).toEqual([k("some-a")]);
      expect(items[k("some-a")]).toMatchObject({ value: "alpha", version: "1" });
    });

    test(configurationTests.versions, async () => {
      await writer.set({ [k("ver")]: { value: "one", version: "1" } });
      await writer.set({ [k("ver")]: { value: "two", version: "2" } });
      expect((await store.get({ keys: [k("ver")], metadata: {} }))[k("ver")]).toMatchObject({ value: "two", version: "2" });
    });

    test(configurationTests.subscribeEach, async () => {
      const w = await watch([k("each")]);
      for (let i = 1; i <= 5; i++) {
        await writer.set({ [k("each")]: { value: `v${i}`, version: String(i) } });
        await expect.poll(() => w.got.length, { timeout: 10_000, interval: 20 }).toBeGreaterThanOrEqual(i);
      }
      await waitFor(w.got, 5);
      expect(w.got.map((r) => [r.key, r.item.value, r.item.version])).toEqual([1, 2, 3, 4, 5].map((i) => [k("each"), `v${i}`, String(i)]));
      expect(new Set(w.ids)).toEqual(new Set([w.id]));
      await store.unsubscribe(w.id);
    });

    test(configurationTests.rapidChanges, async () => {
      const w = await watch([k("rapid")]);
      for (let i = 1; i <= 10; i++) await writer.set({ [k("rapid")]: { value: `v${i}`, version: String(i) } });
      await expect.poll(() => w.got.at(-1)?.item.value, { timeout: 10_000, interval: 20 }).toBe("v10");
      await sleep(quietMs);
      const versions = w.got.map((r) => Number(r.item.version));
      expect(versions.at(-1)).toBe(10);
      // Strictly increasing: in order, and no state delivered twice (a store may leave intermediate ones out).
      versions.slice(1).forEach((v, i) => expect(v).toBeGreaterThan(versions[i]!));
      await store.unsubscribe(w.id);
    });

    test(configurationTests.subscribeWatchedOnly, async () => {
      const w = await watch([k("watched")]);
      await writer.set({ [k("unwatched")]: { value: "x", version: "1" } });
      await writer.set({ [k("watched")]: { value: "y", version: "1" } });
      await waitFor(w.got, 1);
      expect(w.got.map((r) => r.key)).toEqual([k("watched")]);
      await store.unsubscribe(w.id);
    });

    test(configurationTests.subscribeAll, async () => {
      const w = await watch([]);
      await writer.set({ [k("any-1")]: { value: "x", version: "1" } });
      await writer.set({ [k("any-2")]: { value: "y", version: "1" } });
      await waitFor(w.got, 2);
      expect(w.got.map((r) => [r.key, r.item.value])).toEqual([
        [k("any-1"), "x"],
        [k("any-2"), "y"],
      ]);
      await store.unsubscribe(w.id);
    });

    test(configurationTests.subscribeDelete, async () => {
      await writer.set({ [k("gone")]: { value: "here", version: "1" } });
      const w = await watch([k("gone")]);
      await writer.delete([k("gone")]);
      await waitFor(w.got, 1);
      expect(w.got).toHaveLength(1);
      expect(w.got[0]!.key).toBe(k("gone"));
      expect(w.got[0]!.item.value).toBe("");
      expect(await store.get({ keys: [k("gone")], metadata: {} })).toEqual({});
      await store.unsubscribe(w.id);
    });

    test(configurationTests.unsubscribe, async () => {
      const stopped = await watch([k("unsub")]);
      const kept = await watch([k("unsub")]);
      await writer.set({ [k("unsub")]: { value: "1", version: "1" } });
      await waitFor(stopped.got, 1);
      await store.unsubscribe(stopped.id);
      await writer.set({ [k("unsub")]: { value: "2", version: "2" } });
      await waitFor(kept.got, 2);
      expect(stopped.got.map((r) => r.item.value)).toEqual(["1"]);
      expect(kept.got.map((r) => r.item.value)).toEqual(["1", "2"]);
      await store.unsubscribe(kept.id);
      await expect(store.unsubscribe(kept.id)).rejects.toThrow();
      await expect(store.unsubscribe(randomUUID())).rejects.toThrow();
    });

    test(configurationTests.twoSubscribers, async () => {
      const one = await watch([k("two")]);
      const two = await watch([k("two")]);
      expect(one.id).not.toBe(two.id);
      for (let i = 1; i <= 3; i++) {
        await writer.set({ [k("two")]: { value: `v${i}`, version: String(i) } });
        await expect.poll(() => Math.min(one.got.length, two.got.length), { timeout: 10_000, interval: 20 }).toBeGreaterThanOrEqual(i);
      }
      await waitFor(one.got, 3);
      await waitFor(two.got, 3);
      for (const w of [one, two]) expect(w.got.map((r) => r.item.value)).toEqual(["v1", "v2", "v3"]);
      expect(new Set(one.ids)).toEqual(new Set([one.id]));
      expect(new Set(two.ids)).toEqual(new Set([two.id]));
      await store.unsubscribe(one.id);
      await store.unsubscribe(two.id);
    });
  });
}
