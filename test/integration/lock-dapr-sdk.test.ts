/**
 * The official Dapr JS SDK (@dapr/dapr, unmodified) taking and releasing
 * locks through a real pillion sidecar with an in-memory lock store, over
 * HTTP and gRPC.
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
beforeAll(async () => {
  dir = tempDir({ "lockstore.yaml": componentYaml("lockstore", "lock.in-memory", {}) });
  sc = await startSidecar({ appId: "sdk-locker", resourcesPaths: [dir.path] });
  killOnExit(sc.child);
});
afterAll(async () => {
  await sc?.stop();
  dir?.remove();
});

// The SDK's LockStatus values (not exported from its index).
const [success, doesNotExist, belongsToOthers] = [0, 1, 2];

describe.each([
  { name: "HTTP", protocol: CommunicationProtocolEnum.HTTP, port: () => String(sc.httpPort) },
  { name: "gRPC", protocol: CommunicationProtocolEnum.GRPC, port: () => String(sc.grpcPort) },
])("DaprClient over $name", ({ protocol, port }) => {
  let client: DaprClient;
  beforeAll(async () => {
    client = new DaprClient({ daprHost: "127.0.0.1", daprPort: port(), communicationProtocol: protocol, logger: sdkLogger });
    await client.start();
  });
  afterAll(async () => {
    await client?.stop();
  });

  it("locks, is refused by another owner, and unlocks with the statuses the SDK knows", async () => {
    const resource = `res-${randomUUID()}`;
    expect(await client.lock.lock("lockstore", resource, "owner-1", 30)).toEqual({ success: true });
    expect(await client.lock.lock("lockstore", resource, "owner-2", 30)).toEqual({ success: false });
    expect(await client.lock.unlock("lockstore", resource, "owner-2")).toEqual({ status: belongsToOthers });
    expect(await client.lock.unlock("lockstore", resource, "owner-1")).toEqual({ status: success });
    expect(await client.lock.unlock("lockstore", resource, "owner-1")).toEqual({ status: doesNotExist });
  });
});
