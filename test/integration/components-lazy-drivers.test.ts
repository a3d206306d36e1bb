/**
 * Drivers are imported when a component of their type is loaded: a sidecar
 * with the in-memory defaults never loads the client libraries of the other
 * drivers (ioredis, pg, amqplib, NATS, MQTT), nor the YAML library, nor
 * undici without an HTTP app, which
 * would cost start-up time and memory. Which packages the real process loaded is read from its
 * CommonJS module cache, written when it exits by a preload module.
 */
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { startSidecar } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";

const clientLibraries = ["ioredis", "pg", "amqplib", "mqtt", "@nats-io/transport-node", "@nats-io/jetstream"];

const dir = tempDir({
  "loaded-packages.mjs": [
    'import { createRequire } from "node:module";',
    'import { writeFileSync } from "node:fs";',
    "const require = createRequire(import.meta.url);",
    'process.on("exit", () => writeFileSync(process.env.PILLION_TEST_LOADED_OUT, Object.keys(require.cache).join("\\n")));',
  ].join("\n"),
});
afterAll(() => dir.remove());

/** The npm packages the sidecar had loaded when it stopped. */
async function packagesLoaded(name: string, opts: { resourcesPaths?: string[] } = {}): Promise<Set<string>> {
  const out = `${dir.path}/${name}.txt`;
  const sidecar = await startSidecar({ ...opts, env: { NODE_OPTIONS: `--import ${dir.path}/loaded-packages.mjs`, PILLION_TEST_LOADED_OUT: out } });
  expect(await sidecar.stop(), sidecar.output()).toBe(0);
  const packages = new Set<string>();
  for (const file of readFileSync(out, "utf8").split("\n")) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
    if (m) packages.add(m[1]!);
  }
  return packages;
}

describe("driver modules are imported on first use", () => {
  it("the default in-memory components load none of the client libraries", async () => {
    const loaded = await packagesLoaded("defaults");
    // (It may load no CommonJS package at all: the list file exists, or reading it would throw; the
    // state.redis case below shows the list does name packages.)
    expect(clientLibraries.filter((p) => loaded.has(p))).toEqual([]);
    // Nor undici: with no HTTP app and no call to another sidecar nothing uses it.
    expect(loaded.has("undici")).toBe(false);
    // Nor the YAML library: the embedded defaults are built without it.
    expect(loaded.has("yaml")).toBe(false);
  });

  it("a state.redis component loads ioredis, and no other client library", async () => {
    // A bad metadata value: the driver's definition is loaded to validate it, no connection is tried.
    const res = tempDir({
      "redis.yaml": [
        "apiVersion: dapr.io/v1alpha1",
        "kind: Component",
        "metadata:",
        "  name: cache",
        "spec:",
        "  type: state.redis",
        "  version: v1",
        "  ignoreErrors: true",
        "  metadata:",
        "  - name: redisHost",
        "    value: 127.0.0.1:1",
        "  - name: ttlInSeconds",
        "    value: soon",
      ].join("\n"),
    });
    try {
      const loaded = await packagesLoaded("redis", { resourcesPaths: [res.path] });
      expect(clientLibraries.filter((p) => loaded.has(p))).toEqual(["ioredis"]);
      expect(loaded.has("yaml")).toBe(true);
    } finally {
      res.remove();
    }
  });
});
