/**
 * The same state round trip and the same errors over every protocol the
 * sidecar serves: REST, Connect (JSON and binary) and gRPC-Web on both
 * ports, and gRPC on the gRPC port. All of them reach the one state block, so
 * what one protocol writes every other reads.
 */
import { create } from "@bufbuild/protobuf";
import { Code, ConnectError, createClient, type Client } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StateOptions_StateConcurrency } from "../../gateway/src/gen/dapr/proto/common/v1/common_pb.js";
import { Dapr } from "../../gateway/src/gen/dapr/proto/runtime/v1/dapr_pb.js";
import { ErrorInfoSchema, ResourceInfoSchema } from "../../gateway/src/gen/google/rpc/error_details_pb.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { rpcTransports } from "../tools/rpc-transports.js";

let sc: SidecarProcess;
beforeAll(async () => {
  sc = await startSidecar({ appId: "protocols" });
});
afterAll(async () => {
  await sc?.stop();
});

const text = new TextEncoder();
const json = (v: unknown) => text.encode(JSON.stringify(v));
const parse = (b: Uint8Array) => JSON.parse(new TextDecoder().decode(b)) as unknown;

/** The ConnectError a call rejects with. */
async function rpcError(p: Promise<unknown>): Promise<ConnectError> {
  try {
    await p;
  } catch (e) {
    return ConnectError.from(e);
  }
  throw new Error("the call succeeded but should have failed");
}

describe.each(rpcTransports.map((t, i) => ({ ...t, prefix: `t${i}` })))("$name", ({ create: transport, prefix }) => {
  let client: Client<typeof Dapr>;
  beforeAll(() => {
    client = createClient(Dapr, transport(sc));
  });

  it("saves, gets with an ETag, bulk-gets, runs a transaction and deletes", async () => {
    const k = (s: string) => `${prefix}-${s}`;
    await client.saveState({
      storeName: "statestore",
      states: [
        { key: k("a"), value: json({ n: 1 }) },
        { key: k("b"), value: json("two") },
      ],
    });
    const a = await client.getState({ storeName: "statestore", key: k("a") });
    expect(parse(a.data)).toEqual({ n: 1 });
    expect(a.etag).not.toBe("");

    const bulk = await client.getBulkState({ storeName: "statestore", keys: [k("a"), k("b"), k("none")] });
    const byKey = Object.fromEntries(bulk.items.map((i) => [i.key, i]));
    expect(Object.keys(byKey).sort()).toEqual([k("a"), k("b"), k("none")].sort());
    expect(parse(byKey[k("b")]!.data)).toBe("two");
    expect(byKey[k("none")]!.data).toHaveLength(0);

    await client.executeStateTransaction({
      storeName: "statestore",
      operations: [
        { operationType: "upsert", request: { key: k("c"), value: json([1, 2]) } },
        { operationType: "delete", request: { key: k("b") } },
      ],
    });
    expect(parse((await client.getState({ storeName: "statestore", key: k("c") })).data)).toEqual([1, 2]);
    expect((await client.getState({ storeName: "statestore", key: k("b") })).data).toHaveLength(0);

    await client.deleteState({ storeName: "statestore", key: k("a"), etag: { value: a.etag } });
    const gone = await client.getState({ storeName: "statestore", key: k("a") });
    expect(gone.data).toHaveLength(0);
    expect(gone.etag).toBe("");
  });

  it("answers an ETag mismatch with Aborted and keeps the stored value", async () => {
    const key = `${prefix}-etag`;
    await client.saveState({ storeName: "statestore", states: [{ key, value: json(1) }] });
    const err = await rpcError(
      client.saveState({
        storeName: "statestore",
        states: [{ key, value: json(2), etag: { value: "not-the-etag" }, options: { concurrency: StateOptions_StateConcurrency.CONCURRENCY_FIRST_WRITE } }],
      }),
    );
    expect(err.code).toBe(Code.Aborted);
    expect(err.rawMessage).toMatch(/etag/i);
    const delErr = await rpcError(client.deleteState({ storeName: "statestore", key, etag: { value: "not-the-etag" } }));
    expect(delErr.code).toBe(Code.Aborted);
    expect(parse((await client.getState({ storeName: "statestore", key })).data)).toBe(1);
  });

  it("answers an unknown store with InvalidArgument and google.rpc.ErrorInfo / ResourceInfo details", async () => {
    const err = await rpcError(client.getState({ storeName: "nostore", key: "k" }));
    expect(err.code).toBe(Code.InvalidArgument);
    expect(err.rawMessage).toBe("state store nostore is not found");
    const [info] = err.findDetails(ErrorInfoSchema);
    expect(info).toMatchObject({ reason: "DAPR_STATE_NOT_FOUND", domain: "dapr.io" });
    expect(info!.metadata).toMatchObject({ appID: "protocols" });
    expect(err.findDetails(ResourceInfoSchema)).toEqual([]);
  });

  it("answers an RPC nobody implements with Unimplemented naming the method", async () => {
    const err = await rpcError(client.converseAlpha2({ name: "llm", inputs: [] }));
    expect(err.code).toBe(Code.Unimplemented);
    expect(err.rawMessage).toContain("dapr.proto.runtime.v1.Dapr/ConverseAlpha2");
  });

  it("answers a method the service does not have with Unimplemented", async () => {
    const method = { ...Dapr.method.getMetadata, name: "NoSuchMethod" };
    const err = await rpcError(transport(sc).unary(method, undefined, undefined, undefined, create(method.input)));
    expect(err.code).toBe(Code.Unimplemented);
  });
});

describe("REST", () => {
  const url = (p: string) => `${sc.httpUrl}${p}`;
  const post = (p: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(url(p), { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

  it("saves, gets with an ETag, bulk-gets, runs a transaction and deletes", async () => {
    expect((await post("/v1.0/state/statestore", [{ key: "rest-a", value: { n: 1 } }, { key: "rest-b", value: "two" }])).status).toBe(204);
    const a = await fetch(url("/v1.0/state/statestore/rest-a"));
    expect(a.status).toBe(200);
    const etag = a.headers.get("etag");
    expect(etag).toBeTruthy();
    expect(await a.json()).toEqual({ n: 1 });

    const bulk = await post("/v1.0/state/statestore/bulk", { keys: ["rest-a", "rest-b", "rest-none"] });
    expect(bulk.status).toBe(200);
    const items = (await bulk.json()) as { key: string; data?: unknown; etag?: string }[];
    expect(items.map((i) => i.key).sort()).toEqual(["rest-a", "rest-b", "rest-none"]);
    expect(items.find((i) => i.key === "rest-b")!.data).toBe("two");
    expect(items.find((i) => i.key === "rest-none")!.data).toBeUndefined();

    const tx = await post("/v1.0/state/statestore/transaction", {
      operations: [
        { operation: "upsert", request: { key: "rest-c", value: [1, 2] } },
        { operation: "delete", request: { key: "rest-b" } },
      ],
    });
    expect(tx.status).toBe(204);
    expect(await (await fetch(url("/v1.0/state/statestore/rest-c"))).json()).toEqual([1, 2]);
    expect((await fetch(url("/v1.0/state/statestore/rest-b"))).status).toBe(204);

    const del = await fetch(url("/v1.0/state/statestore/rest-a"), { method: "DELETE", headers: { "if-match": etag! } });
    expect(del.status).toBe(204);
    expect((await fetch(url("/v1.0/state/statestore/rest-a"))).status).toBe(204);
  });

  it("answers an ETag mismatch with 409 ERR_STATE_SAVE / ERR_STATE_DELETE", async () => {
    await post("/v1.0/state/statestore", [{ key: "rest-etag", value: 1 }]);
    const save = await post("/v1.0/state/statestore", [{ key: "rest-etag", value: 2, etag: "nope", options: { concurrency: "first-write" } }]);
    expect(save.status).toBe(409);
    expect(await save.json()).toMatchObject({ errorCode: "ERR_STATE_SAVE" });
    const del = await fetch(url("/v1.0/state/statestore/rest-etag"), { method: "DELETE", headers: { "if-match": "nope" } });
    expect(del.status).toBe(409);
    expect(await del.json()).toMatchObject({ errorCode: "ERR_STATE_DELETE" });
    expect(await (await fetch(url("/v1.0/state/statestore/rest-etag"))).json()).toBe(1);
  });

  it("answers an unknown store with 400 ERR_STATE_STORE_NOT_FOUND and an ErrorInfo detail", async () => {
    const res = await fetch(url("/v1.0/state/nostore/k"));
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/json");
    const body = (await res.json()) as { errorCode: string; message: string; details: Record<string, unknown>[] };
    expect(body.errorCode).toBe("ERR_STATE_STORE_NOT_FOUND");
    expect(body.message).toBe("state store nostore is not found");
    expect(body.details).toContainEqual({
      "@type": "type.googleapis.com/google.rpc.ErrorInfo",
      reason: "DAPR_STATE_NOT_FOUND",
      domain: "dapr.io",
      metadata: { appID: "protocols" },
    });
  });

  it("answers a route whose RPC nobody implements with 501 ERR_API_UNIMPLEMENTED naming the method", async () => {
    const res = await post("/v1.0-alpha2/conversation/llm/converse", { inputs: [] });
    expect(res.status).toBe(501);
    const body = (await res.json()) as { errorCode: string; message: string };
    expect(body.errorCode).toBe("ERR_API_UNIMPLEMENTED");
    expect(body.message).toContain("dapr.proto.runtime.v1.Dapr/ConverseAlpha2");
  });
});

describe("across protocols", () => {
  it("reads over every protocol what REST wrote, and over REST what each protocol wrote", async () => {
    const post = await fetch(`${sc.httpUrl}/v1.0/state/statestore`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ key: "shared", value: { from: "rest" } }]),
    });
    expect(post.status).toBe(204);
    const restEtag = (await fetch(`${sc.httpUrl}/v1.0/state/statestore/shared`)).headers.get("etag");
    for (const t of rpcTransports) {
      const client = createClient(Dapr, t.create(sc));
      const got = await client.getState({ storeName: "statestore", key: "shared" });
      expect(parse(got.data), t.name).toEqual({ from: "rest" });
      expect(got.etag, t.name).toBe(restEtag);
      await client.saveState({ storeName: "statestore", states: [{ key: `written-by-${t.name}`, value: json({ from: t.name }) }] });
      const res = await fetch(`${sc.httpUrl}/v1.0/state/statestore/${encodeURIComponent(`written-by-${t.name}`)}`);
      expect(await res.json(), t.name).toEqual({ from: t.name });
    }
  });
});
