import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { defaultRegistryDir, FileRegistry, processAlive } from "./file-registry.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempHome(): string {
  const d = mkdtempSync(join(tmpdir(), "pillion-registry-test-"));
  dirs.push(d);
  return d;
}

const entry = (over: Partial<Parameters<FileRegistry["register"]>[0]> = {}) => ({
  appId: "orders",
  namespace: "default",
  host: "127.0.0.1",
  httpPort: 3500,
  grpcPort: 50001,
  pid: process.pid,
  peerToken: "secret",
  ...over,
});

describe("FileRegistry", () => {
  it("resolves a registered sidecar by app id and namespace, and forgets it once unregistered", async () => {
    const dir = join(tempHome(), "apps");
    const a = new FileRegistry(dir, { cacheMs: 0 });
    await a.register(entry());
    const b = new FileRegistry(dir, { cacheMs: 0 });
    expect(await b.resolve("orders", "default")).toMatchObject({ appId: "orders", httpPort: 3500, grpcPort: 50001, peerToken: "secret" });
    expect(await b.resolve("orders", "other")).toBeUndefined();
    expect(await b.resolve("order", "default")).toBeUndefined();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    await a.unregister();
    expect(await b.resolve("orders", "default")).toBeUndefined();
  });

  it("skips and removes entries of processes that are gone", async () => {
    const dir = join(tempHome(), "apps");
    const reg = new FileRegistry(dir, { cacheMs: 0, isAlive: (pid) => pid !== 4242 });
    await reg.register(entry({ pid: 4242 }));
    expect(readdirSync(dir)).toHaveLength(1);
    expect(await reg.resolve("orders", "default")).toBeUndefined();
    expect(readdirSync(dir)).toHaveLength(0);
  });

  it("round-robins over replicas and ignores files it cannot read", async () => {
    const dir = join(tempHome(), "apps");
    const reg = new FileRegistry(dir, { cacheMs: 60_000, isAlive: () => true });
    await reg.register(entry({ pid: 1, httpPort: 1001 }));
    await reg.register(entry({ pid: 2, httpPort: 1002 }));
    writeFileSync(join(dir, "orders~default~3.json"), "{not json");
    const ports = new Set<number>();
    for (let i = 0; i < 4; i++) ports.add((await reg.resolve("orders", "default"))!.httpPort);
    expect([...ports].sort()).toEqual([1001, 1002]);
  });

  it("keeps app ids with unusual characters apart", async () => {
    const dir = join(tempHome(), "apps");
    const reg = new FileRegistry(dir, { cacheMs: 0 });
    await reg.register(entry({ appId: "a~b/c" }));
    expect(await reg.resolve("a~b/c", "default")).toBeDefined();
    expect(await reg.resolve("a", "default")).toBeUndefined();
  });

  it("lives under $PILLION_HOME when set", () => {
    expect(defaultRegistryDir({ PILLION_HOME: "/x/y" })).toBe(join("/x/y", "apps"));
    expect(defaultRegistryDir({})).toContain(tmpdir());
  });

  it("knows live and dead pids", () => {
    expect(processAlive(process.pid)).toBe(true);
    expect(processAlive(-1)).toBe(false);
    expect(processAlive(2 ** 22 + 12345)).toBe(false);
  });
});
