/**
 * Metadata and health over every protocol: what one protocol sets, every
 * other reads the same (a REST raw text body becomes the same string an RPC
 * sets), and the health checks answer alike.
 */
import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dapr } from "../../gateway/src/gen/dapr/proto/runtime/v1/dapr_pb.js";
import { HealthService } from "../../gateway/src/gen/pillion/runtime/v1/health_pb.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { rpcTransports } from "../tools/rpc-transports.js";

let sc: SidecarProcess;
beforeAll(async () => {
  sc = await startSidecar({ appId: "protocols-metadata" });
});
afterAll(async () => {
  await sc?.stop();
});

const value = (who: string) => `set by ${who}: ünïcødé ✓ "quoted" {json-ish}`;

describe("metadata across protocols", () => {
  it("reads over REST and every RPC transport what each of them set", async () => {
    const put = await fetch(`${sc.httpUrl}/v1.0/metadata/by-rest`, { method: "PUT", headers: { "content-type": "text/plain" }, body: value("rest") });
    expect(put.status).toBe(204);
    for (const [i, t] of rpcTransports.entries()) {
      await createClient(Dapr, t.create(sc)).setMetadata({ key: `by-rpc-${i}`, value: value(t.name) });
    }
    const expected: Record<string, string> = { "by-rest": value("rest") };
    for (const [i, t] of rpcTransports.entries()) expected[`by-rpc-${i}`] = value(t.name);

    const rest = (await (await fetch(`${sc.httpUrl}/v1.0/metadata`)).json()) as { id: string; extended: Record<string, string> };
    expect(rest.id).toBe("protocols-metadata");
    expect(rest.extended).toMatchObject(expected);
    for (const t of rpcTransports) {
      const meta = await createClient(Dapr, t.create(sc)).getMetadata({});
      expect(meta.id, t.name).toBe("protocols-metadata");
      expect(meta.extendedMetadata, t.name).toMatchObject(expected);
      expect(meta.registeredComponents.map((c) => c.name), t.name).toContain("statestore");
    }
  });

  it("ignores an empty metadata key over every RPC transport, as daprd does", async () => {
    for (const t of rpcTransports) {
      await createClient(Dapr, t.create(sc)).setMetadata({ key: "", value: "x" });
      const meta = await createClient(Dapr, t.create(sc)).getMetadata({});
      expect(Object.keys(meta.extendedMetadata), t.name).not.toContain("");
    }
  });
});

describe("health across protocols", () => {
  it("answers 204 on the REST health routes and an appid mismatch with 500 ERR_HEALTH_APPID_NOT_MATCH", async () => {
    expect((await fetch(`${sc.httpUrl}/v1.0/healthz`)).status).toBe(204);
    expect((await fetch(`${sc.httpUrl}/v1.0/healthz/outbound`)).status).toBe(204);
    expect((await fetch(`${sc.httpUrl}/v1.0/healthz?appid=protocols-metadata`)).status).toBe(204);
    const other = await fetch(`${sc.httpUrl}/v1.0/healthz?appid=someone-else`);
    expect(other.status).toBe(500);
    expect(((await other.json()) as { errorCode: string }).errorCode).toBe("ERR_HEALTH_APPID_NOT_MATCH");
  });

  it.each(rpcTransports)("answers the health service over $name", async (t) => {
    const health = createClient(HealthService, t.create(sc));
    await expect(health.healthz({})).resolves.toBeDefined();
    await expect(health.healthzOutbound({})).resolves.toBeDefined();
    const err = await health.healthz({ appid: "someone-else" }).then(
      () => undefined,
      (e: unknown) => ConnectError.from(e),
    );
    expect(err?.code).toBe(Code.Internal);
    expect(err?.rawMessage).toBe("dapr app-id does not match");
  });
});
