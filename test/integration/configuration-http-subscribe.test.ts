/**
 * HTTP configuration subscriptions through a real pillion process and a real
 * app: `GET /v1.0/configuration/{store}/subscribe` answers {"id"}, then every
 * change of a watched key is posted to the app as
 * `POST /configuration/{store}/{key}` with Dapr's body ({"id", "items"}), one
 * call per changed key; an unsubscribed subscription posts nothing more. A
 * gRPC app gets the same through AppCallback/OnInvoke.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HTTPExtension_Verb } from "../../gateway/src/gen/dapr/proto/common/v1/common_pb.js";
import { componentYaml } from "../conformance/state/index.js";
import { startGrpcApp, type GrpcApp } from "../apps/grpc-app.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { startHttpTestApp, type HttpTestApp, type ReceivedRequest } from "../tools/http-test-app.js";

let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  dir = tempDir({ "configstore.yaml": componentYaml("configstore", "configuration.in-memory", { items: "greeting: hello" }) });
});
afterAll(() => dir?.remove());

const getJson = async (base: string, path: string) => {
  const res = await fetch(`${base}${path}`);
  return { status: res.status, contentType: res.headers.get("content-type"), body: (await res.json()) as Record<string, unknown> };
};
const change = async (base: string, items: Record<string, { value: string; version?: string }>, deleteKeys: string[] = []) => {
  const res = await fetch(`${base}/v1.0-alpha1/pillion/configuration/configstore`, { method: "PUT", body: JSON.stringify({ items, deleteKeys }) });
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: Record<string, { version: string }> }).items;
};

/** Waits until `find` returns something, polling (bounded). */
async function eventually<T>(find: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = find();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

interface UpdateEvent {
  id: string;
  items: Record<string, { value?: string; version?: string; metadata?: Record<string, string> }>;
}

describe("an HTTP app", () => {
  let app: HttpTestApp;
  let sc: SidecarProcess;
  beforeAll(async () => {
    app = await startHttpTestApp();
    sc = await startSidecar({ appId: "config-http", appPort: app.port, resourcesPaths: [dir.path], waitForApp: true });
  });
  afterAll(async () => {
    await sc?.stop();
    await app?.close();
  });

  const posts = (id: string): (ReceivedRequest & { event: UpdateEvent })[] =>
    app.requests
      .filter((r) => r.method === "POST" && r.path.startsWith("/configuration/"))
      .map((r) => ({ ...r, event: JSON.parse(r.body) as UpdateEvent }))
      .filter((r) => r.event.id === id);

  it("answers the subscription id and posts each change of a watched key to /configuration/{store}/{key}", async () => {
    const k = `k-${randomUUID()}`;
    const sub = await getJson(sc.httpUrl, `/v1.0/configuration/configstore/subscribe?key=${k}`);
    expect(sub.status).toBe(200);
    expect(sub.contentType).toBe("application/json");
    expect(Object.keys(sub.body)).toEqual(["id"]);
    const id = sub.body["id"] as string;
    expect(id).not.toBe("");

    await change(sc.httpUrl, { [`unwatched-${randomUUID()}`]: { value: "x" } });
    const stored = await change(sc.httpUrl, { [k]: { value: "v1" } });
    const [post] = await eventually(() => (posts(id).length ? posts(id) : undefined), "the first post");
    expect(post!.path).toBe(`/configuration/configstore/${k}`);
    expect(post!.headers["content-type"]).toBe("application/json");
    expect(post!.event).toEqual({ id, items: { [k]: { value: "v1", version: stored[k]!.version } } });
    expect(posts(id)).toHaveLength(1);
  });

  it("posts a change of several keys once per key, each with the whole change, on the alpha route too", async () => {
    const [a, b] = [`a-${randomUUID()}`, `b-${randomUUID()}`];
    const { body } = await getJson(sc.httpUrl, `/v1.0-alpha1/configuration/configstore/subscribe?key=${a}&key=${b}`);
    const id = body["id"] as string;
    await change(sc.httpUrl, { [a]: { value: "1" }, [b]: { value: "2" } });
    const got = await eventually(() => (posts(id).length === 2 ? posts(id) : undefined), "two posts");
    expect(got.map((p) => p.path).sort()).toEqual([`/configuration/configstore/${a}`, `/configuration/configstore/${b}`].sort());
    expect(got[0]!.event).toEqual(got[1]!.event);
    expect(Object.keys(got[0]!.event.items).sort()).toEqual([a, b].sort());
  });

  it("stops posting once unsubscribed, while other subscriptions go on", async () => {
    const k = `k-${randomUUID()}`;
    const first = (await getJson(sc.httpUrl, `/v1.0/configuration/configstore/subscribe?key=${k}`)).body["id"] as string;
    const second = (await getJson(sc.httpUrl, `/v1.0/configuration/configstore/subscribe?key=${k}`)).body["id"] as string;
    expect(await getJson(sc.httpUrl, `/v1.0/configuration/configstore/${first}/unsubscribe`)).toEqual({ status: 200, contentType: "application/json", body: { ok: true } });
    await change(sc.httpUrl, { [k]: { value: "after" } });
    await eventually(() => (posts(second).length ? true : undefined), "the post of the remaining subscription");
    expect(posts(first)).toEqual([]);
    const again = await getJson(sc.httpUrl, `/v1.0/configuration/configstore/${first}/unsubscribe`);
    expect(again.status).toBe(500);
  });

  it("posts a deleted key as an item without value, with the new version", async () => {
    const k = `k-${randomUUID()}`;
    await change(sc.httpUrl, { [k]: { value: "soon gone" } });
    const id = (await getJson(sc.httpUrl, `/v1.0/configuration/configstore/subscribe?key=${k}`)).body["id"] as string;
    const stored = await change(sc.httpUrl, {}, [k]);
    const [post] = await eventually(() => (posts(id).length ? posts(id) : undefined), "the delete post");
    expect(post!.event).toEqual({ id, items: { [k]: { version: stored[k]!.version } } });
  });

  it("answers an unknown store with Dapr's error and subscribes nothing", async () => {
    const res = await getJson(sc.httpUrl, "/v1.0/configuration/nostore/subscribe?key=a");
    expect(res).toMatchObject({ status: 400, body: { errorCode: "ERR_CONFIGURATION_STORE_NOT_FOUND", message: "configuration store nostore not found" } });
  });
});

describe("a gRPC app", () => {
  let app: GrpcApp;
  let sc: SidecarProcess;
  beforeAll(async () => {
    app = await startGrpcApp();
    sc = await startSidecar({ appId: "config-grpc", appPort: app.port, appProtocol: "grpc", resourcesPaths: [dir.path], waitForApp: true });
  });
  afterAll(async () => {
    await sc?.stop();
    await app?.close();
  });

  it("gets each change through AppCallback/OnInvoke as a POST of Dapr's body", async () => {
    const k = `k-${randomUUID()}`;
    const id = (await getJson(sc.httpUrl, `/v1.0/configuration/configstore/subscribe?key=${k}`)).body["id"] as string;
    const stored = await change(sc.httpUrl, { [k]: { value: "grpc" } });
    const call = await eventually(() => app.invocations.find((i) => i.request.method === `/configuration/configstore/${k}`), "the OnInvoke call");
    expect(call.request.contentType).toBe("application/json");
    expect(call.request.httpExtension?.verb).toBe(HTTPExtension_Verb.POST);
    expect(JSON.parse(new TextDecoder().decode(call.request.data!.value))).toEqual({ id, items: { [k]: { value: "grpc", version: stored[k]!.version } } });
  });
});
