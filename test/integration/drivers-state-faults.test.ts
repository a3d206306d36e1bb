/**
 * Faults of real state servers under a running pillion: the server goes away
 * (calls fail with Dapr's codes and the cause, the sidecar keeps serving) and
 * comes back (the sidecar recovers by itself); a server unreachable at
 * start-up stops start-up with the file and component, unless the component
 * says spec.ignoreErrors.
 */
import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dapr } from "../../gateway/src/gen/dapr/proto/runtime/v1/dapr_pb.js";
import { componentYaml } from "../conformance/state/index.js";
import { freePort } from "../harness/ports.js";
import { runPillion, startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { startPostgres, startRedis } from "../servers/index.js";

interface Server {
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

const drivers = [
  {
    type: "state.redis",
    start: async () => {
      const s = await startRedis();
      return { server: s as Server, metadata: { redisHost: s.address, dialTimeout: "2s" } };
    },
    unreachable: (port: number) => ({ redisHost: `127.0.0.1:${port}`, dialTimeout: "2s" }),
  },
  {
    type: "state.postgresql",
    start: async () => {
      const s = await startPostgres();
      return { server: s as Server, metadata: { connectionString: s.dsn, timeout: "5s" } };
    },
    unreachable: (port: number) => ({ connectionString: `host=127.0.0.1 port=${port} user=postgres database=postgres`, timeout: "2s" }),
  },
];

describe.each(drivers)("$type", (driver) => {
  describe("when the server goes away and comes back", () => {
    let server: Server;
    let sc: SidecarProcess;
    let dir: ReturnType<typeof tempDir>;
    const url = (p: string) => `${sc.httpUrl}${p}`;

    beforeAll(async () => {
      const started = await driver.start();
      server = started.server;
      dir = tempDir({ "statestore.yaml": componentYaml("statestore", driver.type, started.metadata) });
      sc = await startSidecar({ appId: "faults", resourcesPaths: [dir.path] });
    });
    afterAll(async () => {
      await sc?.stop();
      dir?.remove();
      await server?.close();
    });

    it("answers 500 with Dapr's codes and the cause, keeps serving, and recovers by itself", async () => {
      const save = (key: string, value: unknown) =>
        fetch(url("/v1.0/state/statestore"), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify([{ key, value }]) });
      expect((await save("before", { kept: true })).status).toBe(204);

      await server.stop();

      const get = await fetch(url("/v1.0/state/statestore/before"));
      expect(get.status).toBe(500);
      const getBody = (await get.json()) as { errorCode: string; message: string };
      expect(getBody.errorCode).toBe("ERR_STATE_GET");
      expect(getBody.message).toMatch(/ECONNREFUSED|unreachable|terminat|closed|connect/i);

      const saved = await save("during", 1);
      expect(saved.status).toBe(500);
      const saveBody = (await saved.json()) as { errorCode: string; message: string };
      expect(saveBody.errorCode).toBe("ERR_STATE_SAVE");
      expect(saveBody.message).toMatch(/ECONNREFUSED|unreachable|terminat|closed|connect/i);

      const grpc = createClient(Dapr, createGrpcTransport({ baseUrl: sc.grpcUrl }));
      const err = await grpc.getState({ storeName: "statestore", key: "before" }).then(
        () => undefined,
        (e: unknown) => ConnectError.from(e),
      );
      expect(err?.code).toBe(Code.Internal);

      // The sidecar itself stays up.
      expect((await fetch(url("/v1.0/healthz/outbound"))).status).toBe(204);
      expect(sc.child.exitCode).toBeNull();

      await server.start();

      await expect
        .poll(async () => (await fetch(url("/v1.0/state/statestore/before"))).status, { timeout: 20_000, interval: 200 })
        .toBe(200);
      expect(await (await fetch(url("/v1.0/state/statestore/before"))).json()).toEqual({ kept: true });
      expect((await save("after", 2)).status).toBe(204);
      expect(await (await fetch(url("/v1.0/state/statestore/after"))).json()).toBe(2);
    }, 60_000);
  });

  describe("when the server is unreachable at start-up", () => {
    let dir: ReturnType<typeof tempDir>;
    afterAll(() => dir?.remove());

    it("refuses to start, naming the file and the component", async () => {
      const port = await freePort();
      dir = tempDir();
      const file = dir.file("statestore.yaml", componentYaml("statestore", driver.type, driver.unreachable(port)));
      const http = await freePort();
      const grpc = await freePort();
      const r = await runPillion(["run", "--app-id", "faults", "--dapr-http-port", String(http), "--dapr-grpc-port", String(grpc), "--resources-path", dir.path], { timeoutMs: 20_000 });
      expect(r.code).not.toBe(0);
      expect(r.code).not.toBeNull();
      expect(r.output).toContain(file);
      expect(r.output).toContain('component "statestore"');
      expect(r.output).toMatch(/ECONNREFUSED|connect/i);
    }, 30_000);

    it("with spec.ignoreErrors, starts the rest and reports the component as not ready", async () => {
      const port = await freePort();
      const d = tempDir({
        "statestore.yaml": componentYaml("statestore", driver.type, driver.unreachable(port), "  ignoreErrors: true"),
        "other.yaml": componentYaml("other", "state.in-memory", {}),
      });
      let sc: SidecarProcess | undefined;
      try {
        sc = await startSidecar({ appId: "faults", resourcesPaths: [d.path] });
        const md = (await (await fetch(`${sc.httpUrl}/v1.0/metadata`)).json()) as { extended: Record<string, string>; components: { name: string }[] };
        expect(md.extended[`pillion.notReady.state/statestore`]).toMatch(/failed to start/);
        expect(md.extended[`pillion.notReady.state/other`]).toBeUndefined();
        const res = await fetch(`${sc.httpUrl}/v1.0/state/statestore/k`);
        expect(res.status).toBe(500);
        expect(((await res.json()) as { message: string }).message).toMatch(/not ready/);
        // The other store works.
        const ok = await fetch(`${sc.httpUrl}/v1.0/state/other`, { method: "POST", body: JSON.stringify([{ key: "k", value: 1 }]) });
        expect(ok.status).toBe(204);
      } finally {
        await sc?.stop();
        d.remove();
      }
    }, 30_000);
  });
});
