/**
 * The distributed lock API through a real pillion process with an in-memory
 * lock store, over REST and every RPC transport: taking and releasing locks,
 * the four unlock statuses as Dapr encodes them (numbers over HTTP, enum
 * values over gRPC), owner checks that change nothing, expiry, Dapr's
 * validation errors in its order, unknown stores and a sidecar without lock
 * stores.
 */
import { randomUUID } from "node:crypto";
import { Code, createClient, type Client } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dapr } from "../../gateway/src/gen/dapr/proto/runtime/v1/dapr_pb.js";
import { UnlockResponse_Status } from "../../gateway/src/gen/dapr/proto/runtime/v1/lock_pb.js";
import { componentYaml } from "../conformance/state/index.js";
import { rpcError } from "../harness/rpc-error.js";
import { runPillion, startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { rpcTransports } from "../tools/rpc-transports.js";

let sc: SidecarProcess;
let bare: SidecarProcess;
let dir: ReturnType<typeof tempDir>;

beforeAll(async () => {
  dir = tempDir({
    "lockstore.yaml": componentYaml("lockstore", "lock.in-memory", {}),
    "lockstore-shared.yaml": componentYaml("shared", "lock.in-memory", { keyPrefix: "none" }),
  });
  [sc, bare] = await Promise.all([startSidecar({ appId: "locker", resourcesPaths: [dir.path] }), startSidecar({ appId: "no-locks" })]);
});
afterAll(async () => {
  await Promise.all([sc?.stop(), bare?.stop()]);
  dir?.remove();
});

const post = async (base: string, path: string, body: unknown) => {
  const res = await fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, contentType: res.headers.get("content-type"), body: text === "" ? undefined : (JSON.parse(text) as Record<string, unknown>) };
};
const lock = (resourceId: string, lockOwner: string, expiryInSeconds = 60, store = "lockstore") =>
  post(sc.httpUrl, `/v1.0-alpha1/lock/${store}`, { resourceId, lockOwner, expiryInSeconds });
const unlock = (resourceId: string, lockOwner: string, store = "lockstore") => post(sc.httpUrl, `/v1.0-alpha1/unlock/${store}`, { resourceId, lockOwner });

describe("REST", () => {
  it("takes a free lock, refuses it to others and to the same owner, and releases it", async () => {
    const r = `res-${randomUUID()}`;
    expect(await lock(r, "a")).toEqual({ status: 200, contentType: "application/json", body: { success: true } });
    expect((await lock(r, "b")).body).toEqual({ success: false });
    expect((await lock(r, "a")).body).toEqual({ success: false });
    expect(await unlock(r, "a")).toEqual({ status: 200, contentType: "application/json", body: { status: 0 } });
    expect((await lock(r, "b")).body).toEqual({ success: true });
  });

  it("answers the unlock statuses as numbers, and an unlock by another owner changes nothing", async () => {
    const r = `res-${randomUUID()}`;
    expect((await unlock(r, "a")).body).toEqual({ status: 1 });
    await lock(r, "a");
    expect((await unlock(r, "intruder")).body).toEqual({ status: 2 });
    // Still a's: others cannot take it, a can release it.
    expect((await lock(r, "intruder")).body).toEqual({ success: false });
    expect((await unlock(r, "a")).body).toEqual({ status: 0 });
    expect((await unlock(r, "a")).body).toEqual({ status: 1 });
  });

  it("frees a lock when it expires", async () => {
    const r = `res-${randomUUID()}`;
    expect((await lock(r, "a", 1)).body).toEqual({ success: true });
    let taken = false;
    for (let i = 0; i < 100 && !taken; i++) {
      taken = (await lock(r, "b")).body?.["success"] === true;
      if (!taken) await new Promise((res) => setTimeout(res, 100));
    }
    expect(taken).toBe(true);
    expect((await unlock(r, "a")).body).toEqual({ status: 2 });
  });

  it("keeps locks of different stores apart", async () => {
    const r = `res-${randomUUID()}`;
    expect((await lock(r, "a")).body).toEqual({ success: true });
    expect((await lock(r, "b", 60, "shared")).body).toEqual({ success: true });
    expect((await unlock(r, "a", "shared")).body).toEqual({ status: 2 });
  });

  it("validates as Dapr does: expiry first, then resource id and owner, then the store", async () => {
    const err = (status: number, errorCode: string, message: string) => ({ status, contentType: "application/json", body: { errorCode, message } });
    expect(await post(sc.httpUrl, "/v1.0-alpha1/lock/lockstore", { resourceId: "r", lockOwner: "o" })).toEqual(
      err(400, "ERR_MALFORMED_REQUEST", "ExpiryInSeconds is not positive in lock store lockstore"),
    );
    expect(await post(sc.httpUrl, "/v1.0-alpha1/lock/nostore", { expiryInSeconds: -5 })).toEqual(
      err(400, "ERR_MALFORMED_REQUEST", "ExpiryInSeconds is not positive in lock store nostore"),
    );
    expect(await post(sc.httpUrl, "/v1.0-alpha1/lock/lockstore", { lockOwner: "o", expiryInSeconds: 5 })).toEqual(
      err(400, "ERR_MALFORMED_REQUEST", "ResourceId is empty in lock store lockstore"),
    );
    expect(await post(sc.httpUrl, "/v1.0-alpha1/lock/lockstore", { resourceId: "r", expiryInSeconds: 5 })).toEqual(
      err(400, "ERR_MALFORMED_REQUEST", "LockOwner is empty in lock store lockstore"),
    );
    expect(await post(sc.httpUrl, "/v1.0-alpha1/unlock/lockstore", { lockOwner: "o" })).toEqual(err(400, "ERR_MALFORMED_REQUEST", "ResourceId is empty in lock store lockstore"));
    expect(await post(sc.httpUrl, "/v1.0-alpha1/unlock/lockstore", { resourceId: "r" })).toEqual(err(400, "ERR_MALFORMED_REQUEST", "LockOwner is empty in lock store lockstore"));
    expect(await lock("r", "o", 5, "nostore")).toEqual(err(400, "ERR_LOCK_STORE_NOT_FOUND", "lock store nostore not found"));
    expect(await unlock("r", "o", "nostore")).toEqual(err(400, "ERR_LOCK_STORE_NOT_FOUND", "lock store nostore not found"));
    expect(await lock("a||b", "o")).toEqual(err(500, "ERR_TRY_LOCK", "failed to try acquiring lock: input key/keyPrefix 'a||b' can't contain '||'"));
    expect(await unlock("a||b", "o")).toEqual(err(500, "ERR_UNLOCK", "failed to release lock: input key/keyPrefix 'a||b' can't contain '||'"));
    const malformed = await post(sc.httpUrl, "/v1.0-alpha1/lock/lockstore", "{not json");
    expect(malformed.status).toBe(400);
    expect(malformed.body?.["errorCode"]).toBe("ERR_MALFORMED_REQUEST");
  });

  it("answers ERR_LOCK_STORE_NOT_CONFIGURED on a sidecar without lock stores", async () => {
    const body = { errorCode: "ERR_LOCK_STORE_NOT_CONFIGURED", message: "lock store is not configured" };
    expect(await post(bare.httpUrl, "/v1.0-alpha1/lock/lockstore", { resourceId: "r", lockOwner: "o", expiryInSeconds: 5 })).toEqual({
      status: 500,
      contentType: "application/json",
      body,
    });
    expect((await post(bare.httpUrl, "/v1.0-alpha1/unlock/lockstore", { resourceId: "r", lockOwner: "o" })).body).toEqual(body);
  });

  it("keeps serving after bad input, with every lock as it was", async () => {
    const r = `res-${randomUUID()}`;
    await lock(r, "a");
    await post(sc.httpUrl, "/v1.0-alpha1/unlock/lockstore", "[[[");
    await unlock(r, "b");
    await lock(r, "", 5);
    expect((await lock(r, "b")).body).toEqual({ success: false });
    expect((await unlock(r, "a")).body).toEqual({ status: 0 });
  });
});

describe.each(rpcTransports)("$name", ({ create }) => {
  let client: Client<typeof Dapr>;
  beforeAll(() => {
    client = createClient(Dapr, create(sc));
  });

  it("takes, refuses and releases locks, with the unlock statuses as enum values", async () => {
    const resourceId = `res-${randomUUID()}`;
    expect((await client.tryLockAlpha1({ storeName: "lockstore", resourceId, lockOwner: "a", expiryInSeconds: 60 })).success).toBe(true);
    expect((await client.tryLockAlpha1({ storeName: "lockstore", resourceId, lockOwner: "b", expiryInSeconds: 60 })).success).toBe(false);
    expect((await client.unlockAlpha1({ storeName: "lockstore", resourceId, lockOwner: "b" })).status).toBe(UnlockResponse_Status.LOCK_BELONGS_TO_OTHERS);
    expect((await client.unlockAlpha1({ storeName: "lockstore", resourceId, lockOwner: "a" })).status).toBe(UnlockResponse_Status.SUCCESS);
    expect((await client.unlockAlpha1({ storeName: "lockstore", resourceId, lockOwner: "a" })).status).toBe(UnlockResponse_Status.LOCK_DOES_NOT_EXIST);
  });

  it("shares the locks taken over REST", async () => {
    const resourceId = `res-${randomUUID()}`;
    await lock(resourceId, "rest-owner");
    expect((await client.tryLockAlpha1({ storeName: "lockstore", resourceId, lockOwner: "rpc", expiryInSeconds: 5 })).success).toBe(false);
    expect((await client.unlockAlpha1({ storeName: "lockstore", resourceId, lockOwner: "rest-owner" })).status).toBe(UnlockResponse_Status.SUCCESS);
  });

  it("answers validation, unknown store and not-configured errors with Dapr's codes", async () => {
    const cases = [
      [() => client.tryLockAlpha1({ storeName: "lockstore", resourceId: "r", lockOwner: "o", expiryInSeconds: 0 }), Code.InvalidArgument, "ExpiryInSeconds is not positive in lock store lockstore"],
      [() => client.tryLockAlpha1({ storeName: "lockstore", lockOwner: "o", expiryInSeconds: 1 }), Code.InvalidArgument, "ResourceId is empty in lock store lockstore"],
      [() => client.unlockAlpha1({ storeName: "lockstore", resourceId: "r" }), Code.InvalidArgument, "LockOwner is empty in lock store lockstore"],
      [() => client.unlockAlpha1({ storeName: "nostore", resourceId: "r", lockOwner: "o" }), Code.InvalidArgument, "lock store nostore not found"],
      [() => client.tryLockAlpha1({ storeName: "lockstore", resourceId: "a||b", lockOwner: "o", expiryInSeconds: 1 }), Code.Internal, "failed to try acquiring lock: input key/keyPrefix 'a||b' can't contain '||'"],
    ] as const;
    for (const [call, code, message] of cases) {
      const err = await rpcError(call());
      expect({ code: err.code, message: err.rawMessage }).toEqual({ code, message });
    }
    const bareClient = createClient(Dapr, create(bare));
    const err = await rpcError(bareClient.tryLockAlpha1({ storeName: "lockstore", resourceId: "r", lockOwner: "o", expiryInSeconds: 1 }));
    expect({ code: err.code, message: err.rawMessage }).toEqual({ code: Code.FailedPrecondition, message: "lock store is not configured" });
  });
});

describe("a lock component whose keyPrefix contains the separator", () => {
  it("refuses start-up with exit code 1, naming the file and the field, as Dapr refuses it", async () => {
    const d = tempDir({ "bad.yaml": componentYaml("badlocks", "lock.in-memory", { keyPrefix: "a||b" }) });
    try {
      const r = await runPillion(["run", "--app-id", "bad-lock", "--dapr-http-port", "0", "--dapr-grpc-port", "0", "--resources-path", d.path]);
      expect(r.code, r.output).toBe(1);
      expect(r.output).toContain(`${d.path}/bad.yaml`);
      expect(r.output).toContain('keyPrefix: "a||b" cannot contain "||"');
    } finally {
      d.remove();
    }
  });
});
