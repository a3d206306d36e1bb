/**
 * The generated TypeScript SDK (sdks/typescript) against the real pillion
 * sidecar, over every transport it offers: gRPC and Connect from Node
 * (connect-node), gRPC-Web and Connect through the browser transports
 * (connect-web, over fetch), and the REST flavour (Dapr's HTTP API through
 * openapi-fetch). The app behind the sidecar is the SDK's own app side
 * (PillionApp), as an HTTP app here and as a gRPC app in the last suite.
 */
import { fromBinary, toJson } from "@bufbuild/protobuf";
import { ValueSchema } from "@bufbuild/protobuf/wkt";
import { Code as GrpcCode, ConnectError, createClient as createRawClient } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient as createWebClient } from "../../sdks/typescript/src/index.js";
import { Code, createClient, PillionApp, PillionError, type AppListener, type JobEvent, type PillionClient, type TopicEvent } from "../../sdks/typescript/src/node.js";
import { AppCallback } from "../../sdks/typescript/src/gen/proto/dapr/proto/runtime/v1/appcallback_pb.js";
import { UnlockResponse_Status } from "../../sdks/typescript/src/gen/proto/dapr/proto/runtime/v1/lock_pb.js";
import { componentYaml } from "../conformance/state/index.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { waitFor } from "../tools/processes.js";

interface Order {
  readonly id: number;
  readonly item: string;
}

const received: TopicEvent[] = [];
const invocations: { verb: string; data: unknown; contentType: string }[] = [];
let httpApp: PillionApp;
let listener: AppListener;
let sc: SidecarProcess;
let dir: ReturnType<typeof tempDir>;

/** The resources every sidecar here loads: state, pub/sub, secrets, configuration, lock. */
function resources(d: ReturnType<typeof tempDir>): void {
  const secrets = d.file("secrets.json", JSON.stringify({ "db-password": "s3cret", "api-key": "k-123" }));
  d.file("statestore.yaml", componentYaml("statestore", "state.in-memory", {}));
  d.file("pubsub.yaml", componentYaml("pubsub", "pubsub.in-memory", {}));
  d.file("secretstore.yaml", componentYaml("secretstore", "secretstores.local.file", { secretsFile: secrets }));
  d.file("configstore.yaml", componentYaml("configstore", "configuration.in-memory", { items: JSON.stringify({ greeting: "hello", limit: "10" }) }));
  d.file("lockstore.yaml", componentYaml("lockstore", "lock.in-memory", {}));
}

function sdkApp(): PillionApp {
  return new PillionApp()
    .subscribe<Order>("pubsub", "orders", (event) => {
      received.push(event);
    })
    .onInvoke<{ name?: string }>("greet", (req) => {
      invocations.push({ verb: req.verb, data: req.data, contentType: req.contentType });
      return { greeting: `hello ${req.data?.name ?? "nobody"}` };
    });
}

beforeAll(async () => {
  httpApp = sdkApp();
  listener = await httpApp.listen({ protocol: "http" });
  dir = tempDir();
  resources(dir);
  sc = await startSidecar({ appId: "sdk-ts", appPort: listener.port, appProtocol: "http", resourcesPaths: [dir.path], waitForApp: true });
});

afterAll(async () => {
  await sc?.stop();
  await listener?.close();
  dir?.remove();
});

const transports: { name: string; rest: boolean; make: () => PillionClient }[] = [
  { name: "gRPC (connect-node)", rest: false, make: () => createClient({ protocol: "grpc", baseUrl: sc.httpUrl, grpcUrl: sc.grpcUrl }) },
  { name: "Connect over HTTP/2 (connect-node)", rest: false, make: () => createClient({ protocol: "connect", httpVersion: "2", baseUrl: sc.httpUrl, grpcUrl: sc.grpcUrl }) },
  { name: "gRPC-Web (browser transport over fetch)", rest: false, make: () => createWebClient({ protocol: "grpc-web", baseUrl: sc.httpUrl }) },
  { name: "Connect binary (browser transport over fetch)", rest: false, make: () => createWebClient({ protocol: "connect", baseUrl: sc.httpUrl, useBinaryFormat: true }) },
  { name: "REST (openapi-fetch)", rest: true, make: () => createWebClient({ protocol: "rest", baseUrl: sc.httpUrl }) },
];

/** Waits until the sidecar no longer has the job (a one-shot job is deleted once triggered, or once its retries are spent). */
async function waitJobGone(client: PillionClient, name: string): Promise<void> {
  await waitFor(`the job ${name} to be done`, () => client.jobs.get(name).then(() => undefined, () => true));
}

/** The PillionError a call rejects with. */
async function sdkError(p: Promise<unknown>): Promise<PillionError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(PillionError);
    return e as PillionError;
  }
  throw new Error("the call succeeded but should have failed");
}

describe.each(transports.map((t, i) => ({ ...t, prefix: `t${i}` })))("the TypeScript SDK over $name", ({ make, rest, prefix }) => {
  let client: PillionClient;
  beforeAll(() => {
    client = make();
  });

  it("reports the sidecar healthy and describes it", async () => {
    await client.waitForSidecar(10_000);
    await client.health.check();
    const meta = await client.metadata.get();
    expect(meta.id).toBe("sdk-ts");
    expect(meta.registeredComponents.map((c) => c.name)).toEqual(expect.arrayContaining(["statestore", "pubsub", "lockstore"]));
  });

  it("saves, reads and deletes state, with ETags", async () => {
    const key = `${prefix}-order`;
    await client.state.save("statestore", [{ key, value: { id: 1, item: "tea" } }]);
    const got = await client.state.get<Order>("statestore", key);
    expect(got.value).toEqual({ id: 1, item: "tea" });
    expect(got.etag).not.toBe("");
    expect(new TextDecoder().decode(got.data)).toBe('{"id":1,"item":"tea"}');

    // A write with the current ETag succeeds and changes it; the stale one is refused with Aborted.
    await client.state.save("statestore", [{ key, value: { id: 1, item: "coffee" }, etag: { value: got.etag } }]);
    const stale = await sdkError(client.state.save("statestore", [{ key, value: { id: 1, item: "juice" }, etag: { value: got.etag } }]));
    expect(stale.code).toBe(Code.Aborted);
    if (rest) {
      expect(stale.httpStatus).toBe(409);
      expect(stale.errorCode).toBe("ERR_STATE_SAVE");
    }
    expect((await client.state.get<Order>("statestore", key)).value).toEqual({ id: 1, item: "coffee" });

    const bulk = await client.state.getBulk<Order>("statestore", [key, `${key}-none`]);
    const byKey = Object.fromEntries(bulk.map((i) => [i.key, i]));
    expect(byKey[key]!.value).toEqual({ id: 1, item: "coffee" });
    expect(byKey[`${key}-none`]!.value).toBeUndefined();

    await client.state.transaction("statestore", [
      { operationType: "upsert", request: { key: `${key}-tx`, value: [1, 2, 3] } },
      { operationType: "delete", request: { key } },
    ]);
    expect((await client.state.get("statestore", `${key}-tx`)).value).toEqual([1, 2, 3]);
    const deleted = await client.state.get("statestore", key);
    expect(deleted.value).toBeUndefined();
    expect(deleted.etag).toBe("");

  });

  it.runIf(!rest)("stores raw bytes that are not JSON as they are", async () => {
    const key = `${prefix}-raw`;
    await client.state.save("statestore", [{ key, value: new Uint8Array([1, 2, 255]) }]);
    const raw = await client.state.get("statestore", key);
    expect(raw.data).toEqual(new Uint8Array([1, 2, 255]));
    expect(raw.value).toEqual(new Uint8Array([1, 2, 255]));
    await client.state.delete("statestore", key);
    expect((await client.state.get("statestore", key)).data).toHaveLength(0);
  });

  it.runIf(rest)("refuses raw bytes that are not JSON, which Dapr's HTTP API cannot carry", async () => {
    const err = await sdkError(client.state.save("statestore", [{ key: `${prefix}-raw`, value: new Uint8Array([1, 2, 255]) }]));
    expect(err.code).toBe(Code.InvalidArgument);
    expect(err.errorCode).toBe("ERR_SDK_REST_NOT_JSON");
    expect(err.httpStatus).toBeUndefined();
  });

  it("maps errors to PillionError with the gRPC code and Dapr's error code", async () => {
    const err = await sdkError(client.state.get("no-such-store", "k"));
    expect(err.code).toBe(Code.InvalidArgument);
    expect(err.reason).toBe("DAPR_STATE_NOT_FOUND");
    expect(err.errorCode).toBe(rest ? "ERR_STATE_STORE_NOT_FOUND" : "DAPR_STATE_NOT_FOUND");
    expect(err.message).toContain("no-such-store");
    expect(err.httpStatus).toBe(rest ? 400 : undefined);
  });

  it("invokes a method of the app", async () => {
    const res = await client.invoke<{ greeting: string }>("sdk-ts", "greet", { name: prefix });
    expect(res.value).toEqual({ greeting: `hello ${prefix}` });
    expect(res.contentType).toMatch(/^application\/json/);
    const last = invocations.at(-1)!;
    expect(last).toMatchObject({ verb: "POST", data: { name: prefix } });
    expect(last.contentType).toMatch(/^application\/json/);
  });

  it("publishes an event that the app receives as a CloudEvent", async () => {
    await client.pubsub.publish("pubsub", "orders", { id: 7, item: prefix });
    const event = await waitFor(`the app to receive the event of ${prefix}`, () => received.find((e) => (e.data as Order | undefined)?.item === prefix));
    expect(event).toMatchObject({ pubsubName: "pubsub", topic: "orders", dataContentType: "application/json", data: { id: 7, item: prefix }, specVersion: "1.0" });
  });

  it("reads secrets", async () => {
    expect(await client.secrets.get("secretstore", "db-password")).toEqual({ "db-password": "s3cret" });
    const all = await client.secrets.getBulk("secretstore");
    expect(all["api-key"]?.secrets).toEqual({ "api-key": "k-123" });
  });

  it("reads configuration", async () => {
    const items = await client.configuration.get("configstore", ["greeting"]);
    expect(Object.keys(items)).toEqual(["greeting"]);
    expect(items["greeting"]?.value).toBe("hello");
    const all = await client.configuration.get("configstore", []);
    expect(all["limit"]?.value).toBe("10");
  });

  it("takes and releases a lock", async () => {
    const resource = `${prefix}-resource`;
    expect(await client.lock.tryLock("lockstore", resource, "owner-a", 30)).toBe(true);
    expect(await client.lock.tryLock("lockstore", resource, "owner-b", 30)).toBe(false);
    expect(await client.lock.unlock("lockstore", resource, "owner-b")).toBe(UnlockResponse_Status.LOCK_BELONGS_TO_OTHERS);
    expect(await client.lock.unlock("lockstore", resource, "owner-a")).toBe(UnlockResponse_Status.SUCCESS);
    expect(await client.lock.unlock("lockstore", resource, "owner-a")).toBe(UnlockResponse_Status.LOCK_DOES_NOT_EXIST);
  });

  it("schedules, reads and deletes a job", async () => {
    const name = `${prefix}-job`;
    await client.jobs.schedule(name, { dueTime: "1h", data: { report: prefix } });
    const job = await client.jobs.get(name);
    expect(job?.name).toBe(name);
    expect(job?.dueTime).not.toBe("");
    await client.jobs.delete(name);
    const gone = await sdkError(client.jobs.get(name));
    // As daprd: a job the scheduler does not have is its GetJob failure (500 / Internal).
    expect(gone.code).toBe(Code.Internal);
    expect(gone.errorCode).toBe("DAPR_SCHEDULER_GET_JOB");
    expect(gone.message).toContain(name);
  });

  it("delivers a due job to the app's onJob handler with its data", async () => {
    const name = `${prefix}-due`;
    const jobs: JobEvent[] = [];
    httpApp.onJob(name, (job) => void jobs.push(job));
    // Over REST this is Dapr's HTTP API (the data is stored as a google.protobuf.Value); over RPC the SDK sends JSON bytes.
    await client.jobs.schedule(name, { dueTime: "0s", data: { report: prefix, n: 1, tags: ["a"] } });
    const job = await waitFor(`the app to receive the job ${name}`, () => jobs[0]);
    expect(job).toMatchObject({ name, contentType: "application/json", data: { report: prefix, n: 1, tags: ["a"] } });
    expect(JSON.parse(new TextDecoder().decode(job.rawData))).toEqual({ report: prefix, n: 1, tags: ["a"] });
    await waitJobGone(client, name);
    expect(jobs).toHaveLength(1);
  });

  it.runIf(!rest)("subscribes to configuration changes (an RPC stream)", async () => {
    const ac = new AbortController();
    const stream = client.configuration.subscribe("configstore", ["greeting"], {}, { signal: ac.signal });
    const first = await stream[Symbol.asyncIterator]().next();
    expect(first.done).toBe(false);
    expect(first.value!.id).not.toBe("");
    ac.abort();
  });

  it.runIf(rest)("says that a streaming RPC has no REST route", async () => {
    const stream = client.configuration.subscribe("configstore", ["greeting"]);
    const err = await sdkError(Promise.resolve().then(() => stream[Symbol.asyncIterator]().next()));
    expect(err.code).toBe(Code.Unimplemented);
    expect(err.errorCode).toBe("ERR_SDK_NO_REST_ROUTE");
  });
});

describe("the TypeScript SDK's app side: failing and unknown jobs (HTTP app)", () => {
  it("answers a throwing handler 500 so that the sidecar retries the job by its failure policy", async () => {
    const calls: JobEvent[] = [];
    httpApp.onJob("http-failing", (job) => {
      calls.push(job);
      throw new Error("report service down");
    });
    const client = createClient({ protocol: "grpc", grpcUrl: sc.grpcUrl, baseUrl: sc.httpUrl });
    await client.jobs.schedule("http-failing", {
      dueTime: "0s",
      data: "x",
      failurePolicy: { policy: { case: "constant", value: { interval: { nanos: 100_000_000 }, maxRetries: 1 } } },
    });
    await waitJobGone(client, "http-failing");
    expect(calls.map((c) => c.name)).toEqual(["http-failing", "http-failing"]);

    const direct = await fetch(`http://127.0.0.1:${listener.port}/job/http-failing`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(direct.status).toBe(500);
    expect(await direct.text()).toContain("report service down");
  });

  it("answers a job it has no handler for 404, and an invocation of method job/<name> still reaches onInvoke when no job has that name", async () => {
    const res = await fetch(`http://127.0.0.1:${listener.port}/job/no-such-job`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(res.status).toBe(404);
    httpApp.onInvoke("job/as-method", () => "method");
    const asMethod = await fetch(`http://127.0.0.1:${listener.port}/job/as-method`, { method: "POST" });
    expect(await asMethod.json()).toBe("method");
  });
});

describe("the TypeScript SDK's app side as a gRPC app", () => {
  const grpcReceived: TopicEvent[] = [];
  const grpcJobs: JobEvent[] = [];
  let grpcListener: AppListener;
  let grpcSc: SidecarProcess;
  let grpcDir: ReturnType<typeof tempDir>;

  beforeAll(async () => {
    const app = new PillionApp()
      .subscribe("pubsub", "orders", (e) => {
        grpcReceived.push(e);
        return "SUCCESS";
      })
      .onInvoke("sum", (req) => (req.data as number[]).reduce((a, b) => a + b, 0))
      .onJob("grpc-report-http", (job) => void grpcJobs.push(job))
      .onJob("grpc-report-sdk", (job) => void grpcJobs.push(job))
      .onJob("grpc-failing", (job) => {
        grpcJobs.push(job);
        throw new Error("report service down");
      });
    grpcListener = await app.listen({ protocol: "grpc" });
    grpcDir = tempDir();
    resources(grpcDir);
    grpcSc = await startSidecar({ appId: "sdk-ts-grpc", appPort: grpcListener.port, appProtocol: "grpc", resourcesPaths: [grpcDir.path], waitForApp: true });
  });

  afterAll(async () => {
    await grpcSc?.stop();
    await grpcListener?.close();
    grpcDir?.remove();
  });

  it("answers an invocation through OnInvoke", async () => {
    const client = createClient({ protocol: "grpc", grpcUrl: grpcSc.grpcUrl, baseUrl: grpcSc.httpUrl });
    expect((await client.invoke<number>("sdk-ts-grpc", "sum", [1, 2, 3])).value).toBe(6);
    const viaRest = createWebClient({ protocol: "rest", baseUrl: grpcSc.httpUrl });
    expect((await viaRest.invoke<number>("sdk-ts-grpc", "sum", [4, 5])).value).toBe(9);
  });

  it("receives a published event through OnTopicEvent", async () => {
    const client = createClient({ protocol: "grpc", grpcUrl: grpcSc.grpcUrl, baseUrl: grpcSc.httpUrl });
    await client.pubsub.publish("pubsub", "orders", "plain text", { dataContentType: "text/plain" });
    const event = await waitFor("the gRPC app to receive the event", () => grpcReceived.find((e) => e.data === "plain text"));
    expect(event).toMatchObject({ pubsubName: "pubsub", topic: "orders", dataContentType: "text/plain" });
  });

  it("receives a due job through OnJobEvent with its data decoded, scheduled through Dapr's HTTP API (a google.protobuf.Value) or the SDK's gRPC client (JSON)", async () => {
    const data = { report: "daily", n: 2, ok: true, tags: ["a", "b"], none: null };
    const viaHttp = await fetch(`${grpcSc.httpUrl}/v1.0-alpha1/jobs/grpc-report-http`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ dueTime: "0s", data }),
    });
    expect(viaHttp.status).toBe(204);
    const client = createClient({ protocol: "grpc", grpcUrl: grpcSc.grpcUrl, baseUrl: grpcSc.httpUrl });
    await client.jobs.schedule("grpc-report-sdk", { dueTime: "0s", data });

    const fromHttp = await waitFor("the HTTP-scheduled job", () => grpcJobs.find((j) => j.name === "grpc-report-http"));
    expect(fromHttp.contentType).toBe("type.googleapis.com/google.protobuf.Value");
    expect(fromHttp.data).toEqual(data);
    // rawData is the Any's value: the serialized google.protobuf.Value.
    expect(toJson(ValueSchema, fromBinary(ValueSchema, fromHttp.rawData))).toEqual(data);

    const fromSdk = await waitFor("the SDK-scheduled job", () => grpcJobs.find((j) => j.name === "grpc-report-sdk"));
    expect(fromSdk.contentType).toBe("");
    expect(fromSdk.data).toEqual(data);
    expect(JSON.parse(new TextDecoder().decode(fromSdk.rawData))).toEqual(data);
  });

  it("fails the trigger when the handler throws, so that the sidecar retries the job by its failure policy", async () => {
    const client = createClient({ protocol: "grpc", grpcUrl: grpcSc.grpcUrl, baseUrl: grpcSc.httpUrl });
    await client.jobs.schedule("grpc-failing", {
      dueTime: "0s",
      failurePolicy: { policy: { case: "constant", value: { interval: { nanos: 100_000_000 }, maxRetries: 1 } } },
    });
    await waitJobGone(client, "grpc-failing");
    expect(grpcJobs.filter((j) => j.name === "grpc-failing")).toHaveLength(2);
  });

  it("answers OnJobEvent with the handler's error, and NotFound for a job it has no handler for", async () => {
    const app = createRawClient(AppCallback, createGrpcTransport({ baseUrl: `http://127.0.0.1:${grpcListener.port}` }));
    const failed = await app.onJobEvent({ name: "grpc-failing", method: "job/grpc-failing" }).then(() => undefined, (e: unknown) => ConnectError.from(e));
    expect(failed?.code).toBe(GrpcCode.Unknown);
    expect(failed?.rawMessage).toContain("report service down");
    const unknown = await app.onJobEvent({ name: "no-such-job", method: "job/no-such-job" }).then(() => undefined, (e: unknown) => ConnectError.from(e));
    expect(unknown?.code).toBe(GrpcCode.NotFound);
  });
});
