/**
 * The official Dapr JS SDK (@dapr/dapr, unmodified) reading and watching
 * configuration through a real pillion sidecar over gRPC (the SDK has no
 * HTTP configuration client): get, subscribeWithKeys receiving changes made
 * with pillion's admin route, and stop().
 */
import { randomUUID } from "node:crypto";
import { CommunicationProtocolEnum, DaprClient } from "@dapr/dapr";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { componentYaml } from "../conformance/state/index.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { sdkLogger } from "../tools/dapr-sdk-logger.js";
import { killOnExit } from "../tools/processes.js";

let sc: SidecarProcess;
let dir: ReturnType<typeof tempDir>;
let client: DaprClient;
beforeAll(async () => {
  dir = tempDir({ "configstore.yaml": componentYaml("configstore", "configuration.in-memory", { items: "greeting: hello\ncolour: { value: blue, metadata: { team: web } }" }) });
  sc = await startSidecar({ appId: "sdk-config", resourcesPaths: [dir.path] });
  killOnExit(sc.child);
  client = new DaprClient({ daprHost: "127.0.0.1", daprPort: String(sc.grpcPort), communicationProtocol: CommunicationProtocolEnum.GRPC, logger: sdkLogger });
  await client.start();
});
afterAll(async () => {
  await client?.stop();
  await sc?.stop();
  dir?.remove();
});

const setItem = async (key: string, value: string) => {
  const res = await fetch(`${sc.httpUrl}/v1.0-alpha1/pillion/configuration/configstore`, { method: "PUT", body: JSON.stringify({ items: { [key]: { value } } }) });
  expect(res.status).toBe(200);
};

describe("DaprClient over gRPC", () => {
  it("gets every item, or the keys asked for", async () => {
    const all = await client.configuration.get("configstore", []);
    expect(all.items["greeting"]).toEqual({ key: "greeting", value: "hello", version: "1", metadata: {} });
    expect(all.items["colour"]).toEqual({ key: "colour", value: "blue", version: "1", metadata: { team: "web" } });
    expect(Object.keys((await client.configuration.get("configstore", ["greeting", "nope"])).items)).toEqual(["greeting"]);
  });

  it("receives changes of the watched keys until it stops", async () => {
    const key = `k-${randomUUID()}`;
    const seen: { value: string; version: string }[] = [];
    const subscription = await client.configuration.subscribeWithKeys("configstore", [key], async (res) => {
      const item = res.items[key];
      if (item) seen.push({ value: item.value, version: item.version });
    });
    // The SDK returns before its stream is open: change the key until the subscription sees a change.
    for (let i = 0; i < 100 && seen.length === 0; i++) {
      await setItem(key, `v${i}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(seen.length).toBeGreaterThan(0);
    await setItem(key, "last");
    for (let i = 0; i < 100 && seen.at(-1)?.value !== "last"; i++) await new Promise((r) => setTimeout(r, 20));
    expect(seen.at(-1)!.value).toBe("last");
    const versions = seen.map((s) => Number(s.version));
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    await subscription.stop();
  });
});
