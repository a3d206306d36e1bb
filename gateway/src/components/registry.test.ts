import { describe, expect, it } from "vitest";
import { builtinDrivers, builtinRegistry, loadBuiltinDrivers } from "./builtin.js";
import { defineDriver, fullType, type DriverDefinition } from "./definition.js";
import { DriverRegistry, type LazyDriver } from "./registry.js";

const def = (type: string, versions = ["v1"]) =>
  defineDriver({ kind: "state", type, versions, description: "", metadata: {}, features: [], create: () => ({}) }) as unknown as DriverDefinition;

/** A lazy driver that counts its loads. */
function counted(kind: LazyDriver["kind"], type: string, load: () => Promise<DriverDefinition>) {
  const d = { kind, type, loads: 0, load: () => (d.loads++, load()) };
  return d;
}

describe("DriverRegistry", () => {
  it("imports a lazy driver only when a component of its type is resolved, once", async () => {
    const redis = counted("state", "redis", async () => def("redis"));
    const pg = counted("state", "postgresql", async () => def("postgresql"));
    const r = new DriverRegistry([redis, pg]);
    expect(redis.loads).toBe(0);
    expect(r.list("state").map(fullType)).toEqual(["state.postgresql", "state.redis"]);
    expect(redis.loads + pg.loads).toBe(0);
    expect(await r.resolve("state.redis", "v1")).toMatchObject({ kind: "state", type: "redis" });
    await r.resolve("state.redis", "v1");
    expect(redis.loads).toBe(1);
    expect(pg.loads).toBe(0);
  });

  it("names the known types of the kind for an unknown type, without importing any driver", async () => {
    const redis = counted("state", "redis", async () => def("redis"));
    const r = new DriverRegistry([redis, def("in-memory")]);
    expect(await r.resolve("state.nosuch", "v1")).toBe('unknown component type "state.nosuch" (known state types: state.in-memory, state.redis)');
    expect(await r.resolve("lock.nosuch", "v1")).toBe('unknown component type "lock.nosuch"');
    expect(redis.loads).toBe(0);
  });

  it("checks the version against the loaded definition", async () => {
    const r = new DriverRegistry([counted("state", "redis", async () => def("redis", ["v1", "v2"]))]);
    expect(await r.resolve("state.redis", "v9")).toBe('state.redis has no version "v9" (known: v1, v2)');
  });

  it("refuses a module whose definition is another driver's", async () => {
    const r = new DriverRegistry([counted("state", "redis", async () => def("postgresql"))]);
    await expect(r.resolve("state.redis", "v1")).rejects.toThrow("driver state.redis loaded the definition of state.postgresql");
  });

  it("tries a failed import again on the next resolve", async () => {
    let fail = true;
    const redis = counted("state", "redis", async () => {
      if (fail) throw new Error("Cannot find package 'ioredis'");
      return def("redis");
    });
    const r = new DriverRegistry([redis]);
    await expect(r.resolve("state.redis", "v1")).rejects.toThrow("Cannot find package 'ioredis'");
    fail = false;
    expect(await r.resolve("state.redis", "v1")).toMatchObject({ type: "redis" });
    expect(redis.loads).toBe(2);
  });

  it("refuses a type registered twice, lazy or not", () => {
    expect(() => new DriverRegistry([def("redis"), counted("state", "redis", async () => def("redis"))])).toThrow("driver state.redis is registered twice");
  });

  it("resolves an alias to its driver, loaded once for both names, and lists the driver under its own type only", async () => {
    const pg = counted("state", "postgresql", async () => def("postgresql"));
    const r = new DriverRegistry([{ ...pg, aliases: ["postgres"] }, def("redis")]);
    const viaAlias = await r.resolve("state.postgres", "v1");
    expect(viaAlias).toMatchObject({ kind: "state", type: "postgresql" });
    expect(await r.resolve("state.postgresql", "v1")).toBe(viaAlias);
    expect(pg.loads).toBe(1);
    expect(await r.resolve("state.postgres", "v9")).toBe('state.postgres has no version "v9" (known: v1)');
    expect(r.list("state").map(fullType)).toEqual(["state.postgresql", "state.redis"]);
    // An alias names a driver of the same kind only.
    expect(await r.resolve("lock.postgres", "v1")).toBe('unknown component type "lock.postgres"');
  });

  it("refuses an alias that names another driver's type or alias", () => {
    const aliased = (type: string, aliases: string[]) => ({ ...counted("state", type, async () => def(type)), aliases });
    expect(() => new DriverRegistry([def("redis"), aliased("postgresql", ["redis"])])).toThrow("driver state.redis is registered twice");
    expect(() => new DriverRegistry([aliased("postgresql", ["pg"]), def("pg")])).toThrow("driver state.pg is registered twice");
    expect(() => new DriverRegistry([aliased("postgresql", ["pg"]), aliased("cockroach", ["pg"])])).toThrow("driver state.pg is registered twice");
  });
});

describe("the built-in drivers", () => {
  it("each entry's module holds the definition of the kind and type the entry names", async () => {
    const defs = await loadBuiltinDrivers();
    expect(defs.map(fullType)).toEqual(builtinDrivers.map(fullType));
    expect(new Set(defs.map(fullType)).size).toBe(defs.length);
  });

  it.each([
    ["configuration.postgres", "configuration.postgresql"],
    ["state.postgres", "state.postgresql"],
    ["bindings.postgres", "bindings.postgresql"],
    ["pubsub.mqtt", "pubsub.mqtt3"],
    ["bindings.mqtt", "bindings.mqtt3"],
  ])("resolves %s to %s, as daprd registers the component under both names", async (alias, type) => {
    const r = builtinRegistry();
    const canonical = await r.resolve(type, "v1");
    expect(typeof canonical === "string" ? canonical : fullType(canonical)).toBe(type);
    expect(await r.resolve(alias, "v1")).toBe(canonical);
  });
});
