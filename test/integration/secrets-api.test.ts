/**
 * The secrets API through a real pillion process: secretstores.local.file
 * (nested keys, multiValued) and secretstores.local.env (prefix) over REST
 * and every RPC transport, with Dapr's JSON shapes and errors; the
 * Configuration's secret scopes (403 ERR_PERMISSION_DENIED, bulk reads
 * filtered); a component whose metadata comes from a secretKeyRef; component
 * scopes (a state store and a secret store scoped to another app are not
 * there); and a sidecar without secret stores.
 */
import { Code, createClient } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dapr } from "../../gateway/src/gen/dapr/proto/runtime/v1/dapr_pb.js";
import { rpcError } from "../harness/rpc-error.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { rpcTransports } from "../tools/rpc-transports.js";

let sc: SidecarProcess;
let bare: SidecarProcess;
let dir: ReturnType<typeof tempDir>;

const secretsJson = JSON.stringify({ redisPassword: "p@ss", db: { user: "admin", conn: { host: "db.local", port: 5432 } }, hidden: "no" });

const component = (name: string, type: string, metadata: string[], extra: string[] = []) =>
  ["apiVersion: dapr.io/v1alpha1", "kind: Component", "metadata:", `  name: ${name}`, "spec:", `  type: ${type}`, "  version: v1", ...(metadata.length ? ["  metadata:", ...metadata] : ["  metadata: []"]), ...extra].join("\n");

beforeAll(async () => {
  dir = tempDir({ "secrets.json": secretsJson });
  const file = dir.file("secrets.json", secretsJson);
  dir.file("filestore.yaml", component("filestore", "secretstores.local.file", ["  - name: secretsFile", `    value: ${JSON.stringify(file)}`]));
  dir.file(
    "multistore.yaml",
    component("multistore", "secretstores.local.file", ["  - name: secretsFile", `    value: ${JSON.stringify(file)}`, "  - name: multiValued", '    value: "true"']),
  );
  dir.file("envstore.yaml", component("envstore", "secretstores.local.env", ["  - name: prefix", "    value: PILLIONTEST_"]));
  // Metadata from a secret: the configuration store's items come from envstore.
  dir.file(
    "fromsecret.yaml",
    component("fromsecret", "configuration.in-memory", ["  - name: items", "    secretKeyRef:", "      name: ITEMS", "      key: ITEMS"], ["auth:", "  secretStore: envstore"]),
  );
  dir.file("otherstate.yaml", component("otherstate", "state.in-memory", [], ["scopes:", "  - another-app"]));
  dir.file("othersecrets.yaml", component("othersecrets", "secretstores.local.env", [], ["scopes:", "  - another-app"]));
  // A Configuration among the resources does nothing in daprd's standalone mode: pillion says so.
  dir.file("stray-config.yaml", ["apiVersion: dapr.io/v1alpha1", "kind: Configuration", "metadata:", "  name: stray", "spec: {}"].join("\n"));
  dir.file("mystate.yaml", component("mystate", "state.in-memory", [], ["scopes:", "  - secrets-app"]));
  const config = tempDir({
    "config.yaml": [
      "apiVersion: dapr.io/v1alpha1",
      "kind: Configuration",
      "metadata:",
      "  name: secretscopes",
      "spec:",
      "  secrets:",
      "    scopes:",
      "      - storeName: filestore",
      "        defaultAccess: deny",
      "        allowedSecrets: [redisPassword, 'db:user']",
      "      - storeName: envstore",
      "        deniedSecrets: [HIDDEN]",
    ].join("\n"),
  });
  [sc, bare] = await Promise.all([
    startSidecar({
      appId: "secrets-app",
      resourcesPaths: [dir.path],
      config: `${config.path}/config.yaml`,
      env: { PILLIONTEST_TOKEN: "t0k3n", PILLIONTEST_HIDDEN: "h", PILLIONTEST_ITEMS: JSON.stringify({ mode: "from-a-secret" }) },
    }),
    startSidecar({ appId: "no-secrets" }),
  ]);
});
afterAll(async () => {
  await Promise.all([sc?.stop(), bare?.stop()]);
  dir?.remove();
});

async function get(path: string, base = sc.httpUrl): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${base}${path}`);
  const text = await res.text();
  return { status: res.status, body: text === "" ? undefined : (JSON.parse(text) as unknown) };
}

describe("GET /v1.0/secrets over REST", () => {
  it("answers one secret as its key/value pairs, nested keys joined with ':'", async () => {
    expect(await get("/v1.0/secrets/filestore/redisPassword")).toEqual({ status: 200, body: { redisPassword: "p@ss" } });
    expect(await get("/v1.0/secrets/filestore/db:user")).toEqual({ status: 200, body: { "db:user": "admin" } });
    expect(await get("/v1.0/secrets/envstore/TOKEN")).toEqual({ status: 200, body: { TOKEN: "t0k3n" } });
    // metadata.* query parameters go to the store (these stores take none).
    expect(await get("/v1.0/secrets/filestore/redisPassword?metadata.version_id=2")).toEqual({ status: 200, body: { redisPassword: "p@ss" } });
  });

  it("answers a multi-valued secret with all its keys", async () => {
    expect(await get("/v1.0/secrets/multistore/db")).toEqual({ status: 200, body: { user: "admin", "conn:host": "db.local", "conn:port": "5432" } });
  });

  it("answers bulk reads as a map of maps, leaving out what the scopes deny", async () => {
    expect(await get("/v1.0/secrets/filestore/bulk")).toEqual({ status: 200, body: { redisPassword: { redisPassword: "p@ss" }, "db:user": { "db:user": "admin" } } });
    const env = await get("/v1.0/secrets/envstore/bulk");
    expect(env.status).toBe(200);
    expect(env.body).toMatchObject({ TOKEN: { TOKEN: "t0k3n" } });
    expect(env.body).not.toHaveProperty("HIDDEN");
    expect((await get("/v1.0/secrets/multistore/bulk")).body).toEqual({
      redisPassword: { redisPassword: "p@ss" },
      db: { user: "admin", "conn:host": "db.local", "conn:port": "5432" },
      hidden: { hidden: "no" },
    });
  });

  it("refuses a key the scopes deny with 403 ERR_PERMISSION_DENIED, and keeps serving", async () => {
    expect(await get("/v1.0/secrets/filestore/hidden")).toEqual({
      status: 403,
      body: { errorCode: "ERR_PERMISSION_DENIED", message: 'access denied by policy to get "hidden" from "filestore"' },
    });
    expect(await get("/v1.0/secrets/envstore/HIDDEN")).toEqual({
      status: 403,
      body: { errorCode: "ERR_PERMISSION_DENIED", message: 'access denied by policy to get "HIDDEN" from "envstore"' },
    });
    // Another store holding the same file is not scoped.
    expect(await get("/v1.0/secrets/multistore/hidden")).toEqual({ status: 200, body: { hidden: "no" } });
    expect((await get("/v1.0/secrets/filestore/redisPassword")).status).toBe(200);
  });

  it("answers Dapr's errors for an unknown store (401), a missing secret, and no secret stores at all", async () => {
    expect(await get("/v1.0/secrets/nostore/x")).toEqual({ status: 401, body: { errorCode: "ERR_SECRET_STORE_NOT_FOUND", message: "failed finding secret store with key nostore" } });
    expect(await get("/v1.0/secrets/multistore/nope")).toEqual({
      status: 500,
      body: { errorCode: "ERR_SECRET_GET", message: "failed getting secret with key nope from secret store multistore: secret nope not found" },
    });
    expect(await get("/v1.0/secrets/anything/x", bare.httpUrl)).toEqual({ status: 500, body: { errorCode: "ERR_SECRET_STORES_NOT_CONFIGURED", message: "secret store is not configured" } });
    expect(await get("/v1.0/secrets/anything/bulk", bare.httpUrl)).toMatchObject({ status: 500, body: { errorCode: "ERR_SECRET_STORES_NOT_CONFIGURED" } });
  });
});

describe.each(rpcTransports)("GetSecret / GetBulkSecret over $name", (t) => {
  it("answers secrets, filters bulk reads and refuses with Dapr's codes", async () => {
    const client = createClient(Dapr, t.create(sc));
    expect((await client.getSecret({ storeName: "filestore", key: "db:user" })).data).toEqual({ "db:user": "admin" });
    const bulk = await client.getBulkSecret({ storeName: "filestore" });
    expect(Object.fromEntries(Object.entries(bulk.data).map(([k, v]) => [k, v.secrets]))).toEqual({ redisPassword: { redisPassword: "p@ss" }, "db:user": { "db:user": "admin" } });
    const denied = await rpcError(client.getSecret({ storeName: "filestore", key: "hidden" }));
    expect([denied.code, denied.rawMessage]).toEqual([Code.PermissionDenied, 'access denied by policy to get "hidden" from "filestore"']);
    const unknown = await rpcError(client.getSecret({ storeName: "nostore", key: "x" }));
    expect([unknown.code, unknown.rawMessage]).toEqual([Code.InvalidArgument, "failed finding secret store with key nostore"]);
    const missing = await rpcError(client.getSecret({ storeName: "multistore", key: "nope" }));
    expect(missing.code).toBe(Code.Internal);
    const none = await rpcError(createClient(Dapr, t.create(bare)).getBulkSecret({ storeName: "x" }));
    expect([none.code, none.rawMessage]).toEqual([Code.FailedPrecondition, "secret store is not configured"]);
  });
});

describe("components and secrets", () => {
  it("warns that a Configuration in a resources folder has no effect", () => {
    expect(sc.output()).toContain(`${dir.path}/stray-config.yaml:2: kind: Configuration "stray" in a resources folder has no effect; pass it with --config`);
  });

  it("resolves a secretKeyRef through the store named in auth.secretStore", async () => {
    const r = await get("/v1.0/configuration/fromsecret?key=mode");
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ mode: { value: "from-a-secret" } });
  });

  it("does not load components scoped to other apps (state: ERR_STATE_STORE_NOT_FOUND, secrets: ERR_SECRET_STORE_NOT_FOUND)", async () => {
    const scoped = await get("/v1.0/state/otherstate/k");
    expect(scoped.status).toBe(400);
    expect(scoped.body).toMatchObject({ errorCode: "ERR_STATE_STORE_NOT_FOUND" });
    expect((await get("/v1.0/secrets/othersecrets/TOKEN")).body).toMatchObject({ errorCode: "ERR_SECRET_STORE_NOT_FOUND" });
    // The one scoped to this app is there.
    expect((await get("/v1.0/state/mystate/k")).status).toBe(204);
    const meta = (await get("/v1.0/metadata")).body as { components: { name: string; type: string; capabilities?: string[] }[] };
    const names = meta.components.map((c) => c.name);
    expect(names).toContain("mystate");
    expect(names).not.toContain("otherstate");
    expect(names).not.toContain("othersecrets");
    expect(meta.components.find((c) => c.name === "multistore")).toMatchObject({ type: "secretstores.local.file", capabilities: ["MULTIPLE_KEY_VALUES_PER_SECRET"] });
    expect(meta.components.find((c) => c.name === "filestore")?.capabilities ?? []).toEqual([]);
  });
});
