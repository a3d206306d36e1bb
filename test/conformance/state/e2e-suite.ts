/**
 * The end-to-end state subset: the same client code, over REST and gRPC,
 * against a real pillion process whose only difference between drivers is
 * the component file. This is the promise that swapping the state store is a
 * component-file change.
 */
import { create } from "@bufbuild/protobuf";
import { Code, ConnectError, createClient, type Client } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StateItemSchema, StateOptions_StateConcurrency } from "../../../gateway/src/gen/dapr/proto/common/v1/common_pb.js";
import { Dapr } from "../../../gateway/src/gen/dapr/proto/runtime/v1/dapr_pb.js";
import { TransactionalStateOperationSchema } from "../../../gateway/src/gen/dapr/proto/runtime/v1/state_pb.js";
import { startSidecar, type SidecarProcess } from "../../harness/sidecar-process.js";
import { tempDir } from "../../harness/temp-dir.js";

export interface StateEndToEndOptions {
  /** e.g. "state.redis". */
  readonly type: string;
  /** The component's metadata (the one thing that differs between drivers); called after `start`. */
  metadata(): Record<string, string>;
  /** Starts what the component needs (a server). */
  start?(): Promise<void>;
  stop?(): Promise<void>;
  /** The features the metadata API should report for the store. */
  readonly capabilities: readonly string[];
}

/** The component file the test writes: only type and metadata vary. */
export function componentYaml(name: string, type: string, metadata: Record<string, string>, extra = ""): string {
  const entries = Object.entries(metadata).map(([k, v]) => `      - name: ${k}\n        value: ${JSON.stringify(v)}`);
  return [
    "apiVersion: dapr.io/v1alpha1",
    "kind: Component",
    "metadata:",
    `  name: ${name}`,
    "spec:",
    `  type: ${type}`,
    "  version: v1",
    extra,
    entries.length ? "  metadata:\n" + entries.join("\n") : "  metadata: []",
  ]
    .filter(Boolean)
    .join("\n");
}

export function runStateEndToEnd(opts: StateEndToEndOptions): void {
  describe(`state end to end through a pillion process: ${opts.type}`, () => {
    let sc: SidecarProcess;
    let dir: ReturnType<typeof tempDir>;
    let grpc: Client<typeof Dapr>;
    const url = (p: string) => `${sc.httpUrl}${p}`;
    const run = Math.random().toString(36).slice(2, 8);
    const k = (name: string) => `e2e-${run}-${name}`;
    const save = (items: unknown) => fetch(url("/v1.0/state/statestore"), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(items) });

    beforeAll(async () => {
      await opts.start?.();
      dir = tempDir({ "statestore.yaml": componentYaml("statestore", opts.type, opts.metadata()) });
      sc = await startSidecar({ appId: "swap-app", resourcesPaths: [dir.path] });
      grpc = createClient(Dapr, createGrpcTransport({ baseUrl: sc.grpcUrl }));
    });
    afterAll(async () => {
      await sc?.stop();
      dir?.remove();
      await opts.stop?.();
    });

    it("reports the component and its features in the metadata API", async () => {
      const md = (await (await fetch(url("/v1.0/metadata"))).json()) as { components: { name: string; type: string; capabilities?: string[] }[] };
      const c = md.components.find((x) => x.name === "statestore");
      expect(c?.type).toBe(opts.type);
      expect([...(c?.capabilities ?? [])].sort()).toEqual([...opts.capabilities].sort());
    });

    it("REST: saves, gets with an ETag, rejects a stale ETag with 409, deletes with If-Match", async () => {
      expect((await save([{ key: k("order"), value: { id: 1, items: ["a", "b"] } }])).status).toBe(204);
      const res = await fetch(url(`/v1.0/state/statestore/${k("order")}`));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ id: 1, items: ["a", "b"] });
      const etag = res.headers.get("etag")!;
      expect(etag).toMatch(/^\d+$/);
      const stale = String(BigInt(etag) + 1000n);
      const bad = await save([{ key: k("order"), value: { id: 2 }, etag: stale }]);
      expect(bad.status).toBe(409);
      expect(await bad.json()).toMatchObject({ errorCode: "ERR_STATE_SAVE" });
      expect((await fetch(url(`/v1.0/state/statestore/${k("order")}`), { method: "DELETE", headers: { "if-match": stale } })).status).toBe(409);
      expect((await fetch(url(`/v1.0/state/statestore/${k("order")}`), { method: "DELETE", headers: { "if-match": etag } })).status).toBe(204);
      expect((await fetch(url(`/v1.0/state/statestore/${k("order")}`))).status).toBe(204);
    });

    it("REST: bulk get reports missing keys; a transaction with a stale ETag leaves nothing", async () => {
      await save([{ key: k("b1"), value: "one" }]);
      const bulk = await fetch(url("/v1.0/state/statestore/bulk"), { method: "POST", body: JSON.stringify({ keys: [k("b1"), k("nope")] }) });
      const items = (await bulk.json()) as { key: string; data?: unknown }[];
      expect(items.find((i) => i.key === k("b1"))?.data).toBe("one");
      expect(items.find((i) => i.key === k("nope"))?.data).toBeUndefined();
      const etag = (await fetch(url(`/v1.0/state/statestore/${k("b1")}`))).headers.get("etag")!;
      const tx = await fetch(url("/v1.0/state/statestore/transaction"), {
        method: "POST",
        body: JSON.stringify({
          operations: [
            { operation: "upsert", request: { key: k("tx-new"), value: 1 } },
            { operation: "upsert", request: { key: k("b1"), value: "changed", etag: String(BigInt(etag) + 1000n) } },
          ],
        }),
      });
      expect(tx.status).toBe(409);
      expect((await fetch(url(`/v1.0/state/statestore/${k("tx-new")}`))).status).toBe(204);
      expect(await (await fetch(url(`/v1.0/state/statestore/${k("b1")}`))).json()).toBe("one");
    });

    it("REST: a TTL item reports ttlExpireTime", async () => {
      await save([{ key: k("ttl"), value: "x", metadata: { ttlInSeconds: "600" } }]);
      const res = await fetch(url(`/v1.0/state/statestore/${k("ttl")}`));
      expect(Date.parse(res.headers.get("metadata.ttlexpiretime") ?? "")).toBeGreaterThan(Date.now() + 590_000);
    });

    it("gRPC: binary round trip, first-write, bulk get and an atomic transaction", async () => {
      const bytes = new Uint8Array([0, 0xff, 0x10, 0x80]);
      await grpc.saveState({ storeName: "statestore", states: [create(StateItemSchema, { key: k("bin"), value: bytes })] });
      const got = await grpc.getState({ storeName: "statestore", key: k("bin") });
      expect(got.data).toEqual(bytes);
      const firstWrite = { concurrency: StateOptions_StateConcurrency.CONCURRENCY_FIRST_WRITE };
      await grpc.saveState({ storeName: "statestore", states: [create(StateItemSchema, { key: k("fw"), value: new Uint8Array([1]), options: firstWrite })] });
      const again = await grpc
        .saveState({ storeName: "statestore", states: [create(StateItemSchema, { key: k("fw"), value: new Uint8Array([2]), options: firstWrite })] })
        .then(() => undefined, (e: unknown) => ConnectError.from(e));
      expect(again?.code).toBe(Code.Aborted);
      const bulk = await grpc.getBulkState({ storeName: "statestore", keys: [k("bin"), k("fw"), k("none")] });
      expect(bulk.items.find((i) => i.key === k("fw"))?.data).toEqual(new Uint8Array([1]));
      expect(bulk.items.find((i) => i.key === k("none"))?.data).toEqual(new Uint8Array());
      const tx = await grpc
        .executeStateTransaction({
          storeName: "statestore",
          operations: [
            create(TransactionalStateOperationSchema, { operationType: "delete", request: create(StateItemSchema, { key: k("bin") }) }),
            create(TransactionalStateOperationSchema, { operationType: "upsert", request: create(StateItemSchema, { key: k("fw"), value: new Uint8Array([3]), etag: { value: "999999999" } }) }),
          ],
        })
        .then(() => undefined, (e: unknown) => ConnectError.from(e));
      expect(tx?.code).toBe(Code.Aborted);
      expect((await grpc.getState({ storeName: "statestore", key: k("bin") })).data).toEqual(bytes);
    });

    if (opts.capabilities.includes("QUERY_API")) {
      it("REST: the query API filters, sorts and pages over the app's keys", async () => {
        await save([1, 2, 3, 4].map((i) => ({ key: k(`q${i}`), value: { run, n: i, even: i % 2 === 0 } })));
        const query = async (body: unknown) => {
          const res = await fetch(url("/v1.0-alpha1/state/statestore/query"), { method: "POST", body: JSON.stringify(body) });
          expect(res.status).toBe(200);
          return (await res.json()) as { results: { key: string; data: { n: number }; etag: string }[]; token?: string };
        };
        const first = await query({ filter: { AND: [{ EQ: { run } }, { EQ: { even: true } }] }, sort: [{ key: "n", order: "DESC" }], page: { limit: 1 } });
        expect(first.results.map((r) => [r.key, r.data.n])).toEqual([[k("q4"), 4]]);
        const second = await query({ filter: { AND: [{ EQ: { run } }, { EQ: { even: true } }] }, sort: [{ key: "n", order: "DESC" }], page: { limit: 1, token: first.token } });
        expect(second.results.map((r) => r.data.n)).toEqual([2]);
        const bad = await fetch(url("/v1.0-alpha1/state/statestore/query"), { method: "POST", body: '{"filter": {"LIKE": {"a": 1}}}' });
        expect(bad.status).toBe(500);
        expect(await bad.json()).toMatchObject({ errorCode: "ERR_STATE_QUERY", message: expect.stringContaining('unsupported filter "LIKE"') });
      });
    }
  });
}
