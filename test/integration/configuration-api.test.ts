/**
 * The configuration API through a real pillion process with in-memory
 * configuration stores, over REST and every RPC transport: reading items
 * (all, by key, 204 when nothing matches), changing them with pillion's
 * admin route, gRPC subscription streams (the id first, then each change
 * with its new version, only for the watched keys), unsubscribing over gRPC
 * and REST with Dapr's answers, and the errors for unknown stores, a sidecar
 * without configuration stores, and a subscription without an app.
 */
import { randomUUID } from "node:crypto";
import { Code, createClient, type Client } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SubscribeConfigurationResponse } from "../../gateway/src/gen/dapr/proto/runtime/v1/configuration_pb.js";
import { Dapr } from "../../gateway/src/gen/dapr/proto/runtime/v1/dapr_pb.js";
import { ConfigurationAdminService } from "../../gateway/src/gen/pillion/runtime/v1/configuration_admin_pb.js";
import { ErrorInfoSchema } from "../../gateway/src/gen/google/rpc/error_details_pb.js";
import { componentYaml } from "../conformance/state/index.js";
import { rpcError } from "../harness/rpc-error.js";
import { runPillion, startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { rpcTransports } from "../tools/rpc-transports.js";

let sc: SidecarProcess;
let bare: SidecarProcess;
let dir: ReturnType<typeof tempDir>;

const initialItems = JSON.stringify({ greeting: "hello", limit: 10, theme: { value: "dark", version: "7", metadata: { owner: "web" } } });

beforeAll(async () => {
  dir = tempDir({
    "configstore.yaml": componentYaml("configstore", "configuration.in-memory", { items: initialItems }),
    "readonly.yaml": componentYaml("fixed", "configuration.in-memory", { items: "frozen: yes" }),
    "empty.yaml": componentYaml("empty", "configuration.in-memory", {}),
  });
  [sc, bare] = await Promise.all([startSidecar({ appId: "configured", resourcesPaths: [dir.path] }), startSidecar({ appId: "unconfigured" })]);
});
afterAll(async () => {
  await Promise.all([sc?.stop(), bare?.stop()]);
  dir?.remove();
});

interface HttpAnswer {
  status: number;
  contentType: string | null;
  body: unknown;
}

async function http(base: string, method: string, path: string, body?: unknown): Promise<HttpAnswer> {
  const res = await fetch(`${base}${path}`, {
    method,
    ...(body !== undefined && { headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, contentType: res.headers.get("content-type"), body: text === "" ? undefined : (JSON.parse(text) as unknown) };
}
const get = (path: string, base = sc.httpUrl) => http(base, "GET", path);
/** Changes items through pillion's admin route. */
const change = (items: Record<string, { value: string; version?: string; metadata?: Record<string, string> }>, deleteKeys: string[] = [], store = "configstore") =>
  http(sc.httpUrl, "PUT", `/v1.0-alpha1/pillion/configuration/${store}`, { items, deleteKeys });

describe("REST reads", () => {
  it("answers every item as Dapr's bare map of key to {value, version, metadata}", async () => {
    for (const version of ["v1.0", "v1.0-alpha1"]) {
      const res = await get(`/${version}/configuration/configstore?key=greeting&key=limit&key=theme`);
      expect(res).toEqual({
        status: 200,
        contentType: "application/json",
        body: { greeting: { value: "hello", version: "1" }, limit: { value: "10", version: "1" }, theme: { value: "dark", version: "7", metadata: { owner: "web" } } },
      });
    }
  });

  it("answers only the keys asked for, and 204 when none of them exists or the store is empty", async () => {
    expect((await get("/v1.0/configuration/fixed?key=frozen&key=nope")).body).toEqual({ frozen: { value: "yes", version: "1" } });
    expect(await get("/v1.0/configuration/fixed?key=nope")).toEqual({ status: 204, contentType: null, body: undefined });
    expect((await get("/v1.0-alpha1/configuration/empty")).status).toBe(204);
    expect((await get("/v1.0/configuration/fixed")).body).toEqual({ frozen: { value: "yes", version: "1" } });
  });

  it("answers unknown stores and a sidecar without configuration stores with Dapr's errors", async () => {
    expect(await get("/v1.0/configuration/nostore")).toEqual({
      status: 400,
      contentType: "application/json",
      body: {
        errorCode: "ERR_CONFIGURATION_STORE_NOT_FOUND",
        message: "configuration store nostore not found",
        details: [{ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "ERR_CONFIGURATION_STORE_NOT_FOUND", domain: "dapr.io" }],
      },
    });
    const none = await get("/v1.0/configuration/configstore", bare.httpUrl);
    expect(none.status).toBe(500);
    expect(none.body).toMatchObject({ errorCode: "ERR_CONFIGURATION_STORE_NOT_CONFIGURED", message: "configuration stores not configured" });
  });
});

describe("admin route", () => {
  it("sets and deletes items in one change, each with the change's new version", async () => {
    const a = `a-${randomUUID()}`;
    const b = `b-${randomUUID()}`;
    const first = await change({ [a]: { value: "1" }, [b]: { value: "2", metadata: { note: "x" } } });
    expect(first.status).toBe(200);
    const items = (first.body as { items: Record<string, { value?: string; version: string; metadata?: object }> }).items;
    expect(items[a]).toEqual({ value: "1", version: items[a]!.version });
    expect(items[b]).toEqual({ value: "2", version: items[a]!.version, metadata: { note: "x" } });

    const second = await change({ [a]: { value: "10", version: "mine" } }, [b, "never-existed"]);
    const items2 = (second.body as { items: Record<string, { value?: string; version: string }> }).items;
    expect(items2[a]).toEqual({ value: "10", version: "mine" });
    expect(Object.keys(items2).sort()).toEqual([a, b].sort());
    expect(items2[b]!.value).toBeUndefined();
    expect(Number(items2[b]!.version)).toBeGreaterThan(Number(items[a]!.version));
    expect((await get(`/v1.0/configuration/configstore?key=${a}&key=${b}`)).body).toEqual({ [a]: { value: "10", version: "mine" } });
  });

  it("refuses bad changes and unknown stores, changing nothing", async () => {
    const k = `k-${randomUUID()}`;
    await change({ [k]: { value: "kept" } });
    const both = await change({ [k]: { value: "new" } }, [k]);
    expect(both.status).toBe(400);
    expect(both.body).toMatchObject({ errorCode: "ERR_BAD_REQUEST" });
    expect(JSON.stringify(both.body)).toContain(k);
    const emptyKey = await change({ "": { value: "x" } });
    expect(emptyKey.status).toBe(400);
    expect((await http(sc.httpUrl, "PUT", "/v1.0-alpha1/pillion/configuration/configstore", "{nope")).body).toMatchObject({ errorCode: "ERR_MALFORMED_REQUEST" });
    expect((await change({ x: { value: "y" } }, [], "nostore")).body).toMatchObject({ errorCode: "ERR_CONFIGURATION_STORE_NOT_FOUND" });
    expect((await get(`/v1.0/configuration/configstore?key=${k}`)).body).toMatchObject({ [k]: { value: "kept" } });
  });
});

describe("subscriptions without an app", () => {
  it("refuse the HTTP subscribe route with ERR_APP_CHANNEL_NIL after checking the store", async () => {
    expect(await get("/v1.0/configuration/configstore/subscribe?key=greeting")).toEqual({
      status: 500,
      contentType: "application/json",
      body: { errorCode: "ERR_APP_CHANNEL_NIL", message: "app channel is not initialized. cannot subscribe to configuration updates" },
    });
    expect((await get("/v1.0/configuration/nostore/subscribe")).body).toMatchObject({ errorCode: "ERR_CONFIGURATION_STORE_NOT_FOUND" });
  });
});

/** Reads a stream message by message. */
function reader(stream: AsyncIterable<SubscribeConfigurationResponse>) {
  const it = stream[Symbol.asyncIterator]();
  return {
    next: async () => {
      const r = await it.next();
      if (r.done) throw new Error("the stream ended");
      return r.value;
    },
    ended: async () => (await it.next()).done === true,
  };
}

const plainItems = (m: SubscribeConfigurationResponse) =>
  Object.fromEntries(Object.entries(m.items).map(([k, v]) => [k, { value: v.value, version: v.version, metadata: { ...v.metadata } }]));

describe.each(rpcTransports)("$name", ({ create }) => {
  let client: Client<typeof Dapr>;
  let admin: Client<typeof ConfigurationAdminService>;
  beforeAll(() => {
    client = createClient(Dapr, create(sc));
    admin = createClient(ConfigurationAdminService, create(sc));
  });

  it("reads items with GetConfiguration and GetConfigurationAlpha1", async () => {
    for (const call of [client.getConfiguration, client.getConfigurationAlpha1]) {
      const res = await call({ storeName: "fixed", keys: [] });
      expect(plainItems(res as unknown as SubscribeConfigurationResponse)).toEqual({ frozen: { value: "yes", version: "1", metadata: {} } });
      expect(Object.keys((await call({ storeName: "fixed", keys: ["nope"] })).items)).toEqual([]);
    }
  });

  it("streams the subscription id, then each change of the watched keys with its new version, until unsubscribed", async () => {
    const [a, b, other] = ["a", "b", "other"].map((p) => `${p}-${randomUUID()}`) as [string, string, string];
    const s = reader(client.subscribeConfiguration({ storeName: "configstore", keys: [b, a] }));
    const first = await s.next();
    expect(first.id).not.toBe("");
    expect(Object.keys(first.items)).toEqual([]);

    const set1 = await admin.setConfiguration({ storeName: "configstore", items: { [a]: { value: "1", metadata: { by: "test" } } } });
    const m1 = await s.next();
    expect(m1.id).toBe(first.id);
    expect(plainItems(m1)).toEqual({ [a]: { value: "1", version: set1.items[a]!.version, metadata: { by: "test" } } });

    // A change of a key nobody watches is not sent; the next message is the next watched change.
    await change({ [other]: { value: "x" } });
    const set2 = await change({ [b]: { value: "2" } }, [a]);
    const m2 = await s.next();
    const v2 = (set2.body as { items: Record<string, { version: string }> }).items[b]!.version;
    expect(plainItems(m2)).toEqual({ [a]: { value: "", version: v2, metadata: {} }, [b]: { value: "2", version: v2, metadata: {} } });
    expect(Number(v2)).toBeGreaterThan(Number(set1.items[a]!.version));

    expect(await client.unsubscribeConfiguration({ storeName: "configstore", id: first.id })).toMatchObject({ ok: true, message: "" });
    expect(await s.ended()).toBe(true);
    expect(await client.unsubscribeConfigurationAlpha1({ storeName: "configstore", id: first.id })).toMatchObject({
      ok: false,
      message: `failed to unsubscribe to configuration request ${first.id}: subscription does not exist`,
    });
  });

  it("watches every key when none is given, on the Alpha1 stream, and ends it on a REST unsubscribe", async () => {
    const k = `k-${randomUUID()}`;
    const s = reader(client.subscribeConfigurationAlpha1({ storeName: "configstore" }));
    const { id } = await s.next();
    await change({ [k]: { value: "v" } });
    expect(Object.keys((await s.next()).items)).toEqual([k]);
    expect(await get(`/v1.0/configuration/configstore/${id}/unsubscribe`)).toEqual({ status: 200, contentType: "application/json", body: { ok: true } });
    expect(await s.ended()).toBe(true);
  });

  it("ends the subscription when the client goes away", async () => {
    const abort = new AbortController();
    const s = reader(client.subscribeConfiguration({ storeName: "configstore", keys: ["greeting"] }, { signal: abort.signal }));
    const { id } = await s.next();
    abort.abort();
    let gone = false;
    for (let i = 0; i < 100 && !gone; i++) {
      gone = !(await client.unsubscribeConfiguration({ storeName: "configstore", id })).ok;
      if (!gone) await new Promise((r) => setTimeout(r, 50));
    }
    expect(gone).toBe(true);
  });

  it("answers a subscription to an unknown store, and a sidecar without stores, with Dapr's errors", async () => {
    const err = await rpcError(reader(client.subscribeConfiguration({ storeName: "nostore", keys: ["a"] })).next());
    expect({ code: err.code, message: err.rawMessage }).toEqual({ code: Code.InvalidArgument, message: "configuration store nostore not found" });
    expect(err.findDetails(ErrorInfoSchema)[0]).toMatchObject({ reason: "ERR_CONFIGURATION_STORE_NOT_FOUND", domain: "dapr.io" });
    const bareClient = createClient(Dapr, create(bare));
    const none = await rpcError(bareClient.getConfiguration({ storeName: "configstore" }));
    expect({ code: none.code, message: none.rawMessage }).toEqual({ code: Code.FailedPrecondition, message: "configuration stores not configured" });
  });
});

describe("REST unsubscribe", () => {
  it("answers an unknown subscription with 500 and Dapr's {\"message\"} body, and an unknown store with its error", async () => {
    expect(await get("/v1.0/configuration/configstore/not-an-id/unsubscribe")).toEqual({
      status: 500,
      contentType: "application/json",
      body: { message: "failed to unsubscribe to configuration request not-an-id: subscription does not exist" },
    });
    expect((await get("/v1.0-alpha1/configuration/nostore/x/unsubscribe")).body).toMatchObject({ errorCode: "ERR_CONFIGURATION_STORE_NOT_FOUND" });
  });

  it("refuses to end a subscription of another store", async () => {
    const client = createClient(Dapr, rpcTransports[0]!.create(sc));
    const s = reader(client.subscribeConfiguration({ storeName: "configstore" }));
    const { id } = await s.next();
    expect((await get(`/v1.0/configuration/fixed/${id}/unsubscribe`)).status).toBe(500);
    expect((await get(`/v1.0/configuration/configstore/${id}/unsubscribe`)).body).toEqual({ ok: true });
    expect(await s.ended()).toBe(true);
  });
});

describe("a configuration.in-memory component with malformed items", () => {
  it("refuses start-up with exit code 1, naming the file, the field and the item", async () => {
    const d = tempDir({ "bad.yaml": componentYaml("badstore", "configuration.in-memory", { items: "theme: { colour: red }" }) });
    try {
      const r = await runPillion(["run", "--app-id", "bad-config", "--dapr-http-port", "0", "--dapr-grpc-port", "0", "--resources-path", d.path]);
      expect(r.code, r.output).toBe(1);
      expect(r.output).toContain(`${d.path}/bad.yaml`);
      expect(r.output).toContain("items: theme.colour: is not an item field");
    } finally {
      d.remove();
    }
  });
});
