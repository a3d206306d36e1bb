/**
 * The official Dapr JS SDK (@dapr/dapr, unmodified) querying the in-memory
 * state store through a real pillion sidecar, over HTTP and gRPC, paging
 * with the token it gets back.
 */
import { CommunicationProtocolEnum, DaprClient } from "@dapr/dapr";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { sdkLogger } from "../tools/dapr-sdk-logger.js";
import { killOnExit } from "../tools/processes.js";

let sc: SidecarProcess;
beforeAll(async () => {
  sc = await startSidecar({ appId: "sdk-query" });
  killOnExit(sc.child);
});
afterAll(async () => {
  await sc?.stop();
});

describe.each([
  { name: "HTTP", protocol: CommunicationProtocolEnum.HTTP, port: () => String(sc.httpPort) },
  { name: "gRPC", protocol: CommunicationProtocolEnum.GRPC, port: () => String(sc.grpcPort) },
])("DaprClient over $name", ({ name, protocol, port }) => {
  let client: DaprClient;
  beforeAll(async () => {
    client = new DaprClient({ daprHost: "127.0.0.1", daprPort: port(), communicationProtocol: protocol, logger: sdkLogger });
    await client.start();
    await client.state.save(
      "statestore",
      [1, 2, 3, 4, 5].map((n) => ({ key: `${name}-${n}`, value: { run: name, n, even: n % 2 === 0 } })),
    );
  });
  afterAll(async () => {
    await client?.stop();
  });

  it("queries with a filter, sorts and pages with the token", async () => {
    const query = { filter: { EQ: { run: name } }, sort: [{ key: "n", order: "DESC" as const }], page: { limit: 2 } };
    const first = await client.state.query("statestore", query);
    const keys = (r: typeof first) => r.results.map((x) => x.key);
    expect(keys(first)).toEqual([`${name}-5`, `${name}-4`]);
    const second = await client.state.query("statestore", { ...query, page: { limit: 2, token: first.token! } });
    expect(keys(second)).toEqual([`${name}-3`, `${name}-2`]);
    const none = await client.state.query("statestore", { filter: { EQ: { run: "nobody" } }, sort: [], page: { limit: 0 } });
    expect(none.results).toEqual([]);
  });
});
