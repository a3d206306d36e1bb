/**
 * The official Dapr JS SDK (@dapr/dapr, unmodified) against pillion's
 * secrets and lifecycle APIs, over HTTP and gRPC: secret.get and
 * secret.getBulk on secretstores.local.file and secretstores.local.env,
 * a key the Configuration's secret scopes deny (refused, and left out of
 * bulk reads), and sidecar.shutdown() ending the process with exit code 0.
 */
import { once } from "node:events";
import type { DaprClient } from "@dapr/dapr";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { sdkClient, sdkFlavours } from "../tools/dapr-sdk-client.js";
import { killOnExit } from "../tools/processes.js";

let sc: SidecarProcess;
let dir: ReturnType<typeof tempDir>;

const component = (name: string, type: string, metadata: [string, string][]) =>
  [
    "apiVersion: dapr.io/v1alpha1",
    "kind: Component",
    "metadata:",
    `  name: ${name}`,
    "spec:",
    `  type: ${type}`,
    "  version: v1",
    "  metadata:",
    ...metadata.flatMap(([k, v]) => [`  - name: ${k}`, `    value: ${JSON.stringify(v)}`]),
  ].join("\n");

beforeAll(async () => {
  dir = tempDir();
  const secrets = dir.file("secrets.json", JSON.stringify({ apiKey: "k-123", db: { user: "admin" }, internal: "x" }));
  const resources = tempDir({
    "files.yaml": component("files", "secretstores.local.file", [["secretsFile", secrets]]),
    "env.yaml": component("env", "secretstores.local.env", [["prefix", "SDKTEST_"]]),
  });
  const config = dir.file(
    "config.yaml",
    ["apiVersion: dapr.io/v1alpha1", "kind: Configuration", "metadata:", "  name: c", "spec:", "  secrets:", "    scopes:", "      - storeName: files", "        deniedSecrets: [internal]"].join("\n"),
  );
  sc = await startSidecar({ appId: "sdk-secrets", resourcesPaths: [resources.path], config, env: { SDKTEST_TOKEN: "env-token" } });
  killOnExit(sc.child);
  resources.remove();
});
afterAll(async () => {
  await sc?.stop();
  dir?.remove();
});

describe.each(sdkFlavours)("DaprClient secrets over $name", ({ protocol }) => {
  let client: DaprClient;
  beforeAll(async () => {
    client = sdkClient(sc, protocol);
    await client.start();
  });
  afterAll(async () => {
    await client?.stop();
  });

  it("gets one secret", async () => {
    expect(await client.secret.get("files", "apiKey")).toEqual({ apiKey: "k-123" });
    expect(await client.secret.get("files", "db:user")).toEqual({ "db:user": "admin" });
    expect(await client.secret.get("env", "TOKEN")).toEqual({ TOKEN: "env-token" });
  });

  it("gets every secret the scopes allow", async () => {
    expect(await client.secret.getBulk("files")).toEqual({ apiKey: { apiKey: "k-123" }, "db:user": { "db:user": "admin" } });
  });

  it("is refused a secret the scopes deny, and an unknown store", async () => {
    await expect(client.secret.get("files", "internal")).rejects.toThrow(/access denied by policy to get "internal" from "files"|ERR_PERMISSION_DENIED|403/);
    await expect(client.secret.get("nostore", "x")).rejects.toThrow();
    // The sidecar keeps serving.
    expect(await client.secret.get("files", "apiKey")).toEqual({ apiKey: "k-123" });
  });
});

describe.each(sdkFlavours)("DaprClient sidecar.shutdown() over $name", ({ name, protocol }) => {
  it("stops the sidecar, which exits 0", async () => {
    const own = await startSidecar({ appId: `sdk-shutdown-${name.toLowerCase()}` });
    killOnExit(own.child);
    const client = sdkClient(own, protocol);
    await client.start();
    await client.sidecar.shutdown();
    if (own.child.exitCode === null && own.child.signalCode === null) await once(own.child, "exit");
    expect(own.child.exitCode).toBe(0);
    await client.stop().catch(() => undefined);
  });
});
