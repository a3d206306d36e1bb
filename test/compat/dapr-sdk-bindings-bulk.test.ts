/**
 * The official Dapr JS SDK (@dapr/dapr, unmodified) against pillion's output
 * bindings and bulk publish, over HTTP and gRPC: binding.send on
 * bindings.localstorage (create then get returns what was written; an
 * operation the driver does not declare is refused), and pubsub.publishBulk
 * (every entry accepted by an in-memory pub/sub; an unknown pub/sub
 * reports every entry as failed).
 */
import { CommunicationProtocolEnum, DaprClient } from "@dapr/dapr";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { sdkClient, sdkFlavours } from "../tools/dapr-sdk-client.js";
import { killOnExit } from "../tools/processes.js";

let sc: SidecarProcess;
let dir: ReturnType<typeof tempDir>;

beforeAll(async () => {
  dir = tempDir();
  const resources = tempDir({
    "files.yaml": [
      "apiVersion: dapr.io/v1alpha1",
      "kind: Component",
      "metadata:",
      "  name: files",
      "spec:",
      "  type: bindings.localstorage",
      "  version: v1",
      "  metadata:",
      "  - name: rootPath",
      `    value: ${JSON.stringify(dir.path)}`,
    ].join("\n"),
    "pubsub.yaml": ["apiVersion: dapr.io/v1alpha1", "kind: Component", "metadata:", "  name: pubsub", "spec:", "  type: pubsub.in-memory", "  version: v1"].join("\n"),
  });
  sc = await startSidecar({ appId: "sdk-bindings", resourcesPaths: [resources.path] });
  killOnExit(sc.child);
  resources.remove();
});
afterAll(async () => {
  await sc?.stop();
  dir?.remove();
});

describe.each(sdkFlavours)("DaprClient bindings and bulk publish over $name", ({ name, protocol }) => {
  let client: DaprClient;
  beforeAll(async () => {
    client = sdkClient(sc, protocol);
    await client.start();
  });
  afterAll(async () => {
    await client?.stop();
  });

  it("writes a file through an output binding and reads it back", async () => {
    await client.binding.send("files", "create", { order: name }, { fileName: `order-${name}.json` });
    const got = await client.binding.send("files", "get", "", { fileName: `order-${name}.json` });
    // Over gRPC the SDK answers the whole InvokeBindingResponse ({ data, metadata }); over HTTP the body.
    const body: unknown = protocol === CommunicationProtocolEnum.GRPC ? (got as { data: unknown }).data : got;
    const text = typeof body === "string" ? body : body instanceof Uint8Array ? Buffer.from(body).toString() : JSON.stringify(body);
    expect(JSON.parse(text)).toEqual({ order: name });
  });

  it("is refused an operation the binding does not have", async () => {
    await expect(client.binding.send("files", "teleport", "x")).rejects.toThrow();
    // The sidecar keeps serving.
    await client.binding.send("files", "create", "still here", { fileName: `after-${name}.txt` });
  });

  it("bulk publishes every entry", async () => {
    const res = await client.pubsub.publishBulk("pubsub", "orders", [{ n: 1 }, { n: 2 }, "three"]);
    expect(res.failedMessages).toEqual([]);
  });

  it("reports every entry failed on an unknown pub/sub", async () => {
    const res = await client.pubsub.publishBulk("nopubsub", "orders", [{ n: 1 }, { n: 2 }]);
    expect(res.failedMessages).toHaveLength(2);
  });
});
