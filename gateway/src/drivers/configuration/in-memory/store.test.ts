import { afterEach, describe, expect, it } from "vitest";
import type { ConfigurationUpdate } from "../../../components/configuration/configuration-store.js";
import { createLogger } from "../../../util/logger.js";
import { InMemoryConfigurationStore } from "./store.js";

const logger = createLogger({ level: "error", write: () => undefined });
const noMeta = {};

describe("InMemoryConfigurationStore", () => {
  const stores: InMemoryConfigurationStore[] = [];
  const make = (initial = {}) => {
    const s = new InMemoryConfigurationStore(initial, logger);
    stores.push(s);
    return s;
  };
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
  });

  it("answers every item, or the keys asked for, leaving out keys it does not have", async () => {
    const s = make({ a: { value: "1" }, b: { value: "2", version: "v9", metadata: { m: "x" } } });
    expect(await s.get({ keys: [], metadata: noMeta })).toEqual({
      a: { value: "1", version: "1", metadata: {} },
      b: { value: "2", version: "v9", metadata: { m: "x" } },
    });
    expect(await s.get({ keys: ["b", "nope"], metadata: noMeta })).toEqual({ b: { value: "2", version: "v9", metadata: { m: "x" } } });
  });

  it("gives each change a new version and notifies the subscriptions watching its keys, in order", async () => {
    const s = make({ a: { value: "1" } });
    const all: ConfigurationUpdate[] = [];
    const onlyB: ConfigurationUpdate[] = [];
    const idAll = await s.subscribe({ keys: [], metadata: noMeta }, async (u) => void all.push(u));
    const idB = await s.subscribe({ keys: ["b"], metadata: noMeta }, async (u) => void onlyB.push(u));
    expect(idAll).not.toBe(idB);

    expect(await s.set({ set: { a: { value: "10" }, b: { value: "20" } }, delete: [] })).toEqual({
      a: { value: "10", version: "2", metadata: {} },
      b: { value: "20", version: "2", metadata: {} },
    });
    await s.set({ set: {}, delete: ["a", "never-there"] });
    await s.set({ set: { b: { value: "21", version: "mine" } }, delete: [] });
    await new Promise((r) => setImmediate(r));

    expect(all).toEqual([
      { id: idAll, items: { a: { value: "10", version: "2", metadata: {} }, b: { value: "20", version: "2", metadata: {} } } },
      { id: idAll, items: { a: { value: "", version: "3", metadata: {} } } },
      { id: idAll, items: { b: { value: "21", version: "mine", metadata: {} } } },
    ]);
    expect(onlyB.map((u) => u.items)).toEqual([{ b: { value: "20", version: "2", metadata: {} } }, { b: { value: "21", version: "mine", metadata: {} } }]);
    expect(await s.get({ keys: [], metadata: noMeta })).toEqual({ b: { value: "21", version: "mine", metadata: {} } });
  });

  it("stops notifying on unsubscribe, even a change already queued, and refuses unknown ids", async () => {
    const s = make();
    const got: ConfigurationUpdate[] = [];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const id = await s.subscribe({ keys: [], metadata: noMeta }, async (u) => {
      got.push(u);
      await held;
    });
    await s.set({ set: { a: { value: "1" } }, delete: [] });
    await s.set({ set: { a: { value: "2" } }, delete: [] });
    await new Promise((r) => setImmediate(r));
    await s.unsubscribe(id);
    release();
    await new Promise((r) => setImmediate(r));
    expect(got.map((u) => u.items["a"]!.value)).toEqual(["1"]);
    await expect(s.unsubscribe(id)).rejects.toThrow(`subscription with id ${id} does not exist`);
  });
});
