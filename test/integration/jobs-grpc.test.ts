/**
 * Jobs over gRPC and Connect with real gRPC apps behind the real pillion
 * binary: schedule/get/list/delete/delete-by-prefix (stable and Alpha1),
 * Dapr's status codes and ErrorInfo for bad input, triggers as
 * AppCallback/OnJobEvent, and the AppCallbackAlpha/OnJobEventAlpha1 fallback
 * for an app without OnJobEvent.
 */
import { create } from "@bufbuild/protobuf";
import { anyPack, StringValueSchema } from "@bufbuild/protobuf/wkt";
import { Code, ConnectError, createClient, type Client } from "@connectrpc/connect";
import { createConnectTransport, createGrpcTransport } from "@connectrpc/connect-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HTTPExtension_Verb } from "../../gateway/src/gen/dapr/proto/common/v1/common_pb.js";
import { Dapr } from "../../gateway/src/gen/dapr/proto/runtime/v1/dapr_pb.js";
import { ErrorInfoSchema } from "../../gateway/src/gen/google/rpc/error_details_pb.js";
import { startBindingsGrpcApp, type BindingsGrpcApp } from "../apps/bindings-grpc-app.js";
import { rpcError } from "../harness/rpc-error.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";

let app: BindingsGrpcApp;
let alphaApp: BindingsGrpcApp;
let sc: SidecarProcess;
let alphaSc: SidecarProcess;
let grpc: Client<typeof Dapr>;
let connect: Client<typeof Dapr>;

beforeAll(async () => {
  [app, alphaApp] = await Promise.all([startBindingsGrpcApp({ bindings: [] }), startBindingsGrpcApp({ bindings: [], alphaJobsOnly: true })]);
  app.onJob("failing", () => new ConnectError("not now", Code.Unavailable));
  app.onJob("not-found", () => new ConnectError("no such job here", Code.NotFound));
  [sc, alphaSc] = await Promise.all([
    startSidecar({ appId: "jobs-grpc", appPort: app.port, appProtocol: "grpc", waitForApp: true }),
    startSidecar({ appId: "jobs-alpha", appPort: alphaApp.port, appProtocol: "grpc", waitForApp: true }),
  ]);
  grpc = createClient(Dapr, createGrpcTransport({ baseUrl: sc.grpcUrl }));
  connect = createClient(Dapr, createConnectTransport({ baseUrl: sc.httpUrl, httpVersion: "1.1" }));
});

afterAll(async () => {
  await Promise.all([sc?.stop(), alphaSc?.stop()]);
  await Promise.all([app?.close(), alphaApp?.close()]);
});

const textData = (s: string) => anyPack(StringValueSchema, create(StringValueSchema, { value: s }));

async function waitGone(client: Client<typeof Dapr>, name: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const err = await client.getJob({ name }).then(
      () => undefined,
      (e: unknown) => ConnectError.from(e),
    );
    if (err) return;
    if (Date.now() > deadline) throw new Error(`job ${name} still exists after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("the gRPC and Connect API", () => {
  it("schedules, gets, lists, deletes by prefix and deletes, stable and Alpha1", async () => {
    await grpc.scheduleJob({ job: { name: "report-a", schedule: "0 30 * * * *", data: textData("a") } });
    await connect.scheduleJobAlpha1({ job: { name: "report-b", dueTime: "2099-01-01T00:00:00Z", failurePolicy: { policy: { case: "drop", value: {} } } } });
    await grpc.scheduleJob({ job: { name: "other", schedule: "@hourly", repeats: 5, ttl: "48h" } });

    const { job } = await connect.getJob({ name: "report-a" });
    expect(job?.name).toBe("report-a");
    expect(job?.schedule).toBe("0 30 * * * *");
    expect(job?.data?.typeUrl).toBe("type.googleapis.com/google.protobuf.StringValue");
    expect(job?.failurePolicy?.policy.case).toBe("constant");
    expect((await grpc.getJobAlpha1({ name: "report-b" })).job?.failurePolicy?.policy.case).toBe("drop");

    const listed = await grpc.listJobs({});
    expect(listed.jobs.map((j) => j.name)).toEqual(["other", "report-a", "report-b"]);
    expect(listed.jobs[0]).toMatchObject({ schedule: "@hourly", repeats: 5, ttl: "48h" });
    expect((await connect.listJobsAlpha1({})).jobs.length).toBe(3);

    await grpc.deleteJobsByPrefix({ namePrefix: "report-" });
    expect((await grpc.listJobs({})).jobs.map((j) => j.name)).toEqual(["other"]);
    await connect.deleteJobsByPrefixAlpha1({ namePrefix: "nothing-matches" });
    await grpc.deleteJobAlpha1({ name: "other" });
    expect((await connect.listJobs({})).jobs).toEqual([]);
  });

  it("answers bad input with Dapr's codes and ErrorInfo, and keeps nothing", async () => {
    const cases: [() => Promise<unknown>, Code, string, string][] = [
      [() => grpc.scheduleJob({}), Code.InvalidArgument, "DAPR_SCHEDULER_EMPTY", "Job is empty"],
      [() => grpc.scheduleJob({ job: { schedule: "@hourly" } }), Code.InvalidArgument, "DAPR_SCHEDULER_JOB_NAME_EMPTY", "Name is empty"],
      [() => grpc.scheduleJob({ job: { name: "x" } }), Code.InvalidArgument, "DAPR_SCHEDULER_SCHEDULE_EMPTY", "Schedule is empty"],
      [() => connect.scheduleJob({ job: { name: "x", schedule: "61 * * * * *" } }), Code.Internal, "DAPR_SCHEDULER_SCHEDULE_JOB", "job failed validation"],
      [() => grpc.scheduleJob({ job: { name: "x", dueTime: "1h", ttl: "1h" } }), Code.Internal, "DAPR_SCHEDULER_SCHEDULE_JOB", "job must have a schedule to have a ttl"],
      [() => grpc.scheduleJob({ job: { name: "x", schedule: "@hourly", repeats: 0 } }), Code.Internal, "DAPR_SCHEDULER_SCHEDULE_JOB", "defined repeats must be greater than 0"],
      [() => grpc.getJob({ name: "" }), Code.InvalidArgument, "DAPR_SCHEDULER_JOB_NAME_EMPTY", "Name is empty"],
      [() => connect.getJob({ name: "x" }), Code.Internal, "DAPR_SCHEDULER_GET_JOB", "code = NotFound desc = job not found: x"],
      [() => grpc.deleteJob({ name: "" }), Code.InvalidArgument, "DAPR_SCHEDULER_JOB_NAME_EMPTY", "Name is empty"],
      [() => grpc.deleteJobsByPrefix({ namePrefix: "UPPER..prefix" }), Code.Internal, "DAPR_SCHEDULER_DELETE_JOB", "job name is invalid"],
    ];
    for (const [call, code, reason, text] of cases) {
      const err = await rpcError(call());
      expect(err.code, reason).toBe(code);
      expect(err.rawMessage).toContain(text);
      const [info] = err.findDetails(ErrorInfoSchema);
      expect(info?.reason).toBe(reason);
      expect(info?.domain).toBe("dapr.io");
      expect(info?.metadata["appID"]).toBe("jobs-grpc");
    }
    await grpc.scheduleJob({ job: { name: "dup", schedule: "@hourly" } });
    const dup = await rpcError(grpc.scheduleJob({ job: { name: "dup", schedule: "@hourly" } }));
    expect(dup.code).toBe(Code.AlreadyExists);
    await grpc.scheduleJob({ job: { name: "dup", schedule: "@daily" }, overwrite: true });
    expect((await grpc.listJobs({})).jobs.map((j) => [j.name, j.schedule])).toEqual([["dup", "@daily"]]);
    await grpc.deleteJob({ name: "dup" });
  });
});

describe("triggers to a gRPC app", () => {
  it("calls OnJobEvent with the name, data, method and content type", async () => {
    await grpc.scheduleJob({ job: { name: "ping", dueTime: "0s", data: textData("hello") } });
    const [call] = await app.waitFor(() => app.jobCalls.filter((c) => c.request.name === "ping"), 1);
    expect(call!.method).toBe("OnJobEvent");
    expect(call!.request.method).toBe("job/ping");
    expect(call!.request.contentType).toBe("type.googleapis.com/google.protobuf.StringValue");
    expect(call!.request.httpExtension?.verb).toBe(HTTPExtension_Verb.POST);
    expect(call!.request.data?.typeUrl).toBe("type.googleapis.com/google.protobuf.StringValue");
    expect(Buffer.from(call!.request.data!.value)).toEqual(Buffer.from(textData("hello").value));
    await waitGone(grpc, "ping");
  });

  it("retries a failed trigger by the constant policy and takes NotFound as done", async () => {
    const policy = { policy: { case: "constant" as const, value: { interval: { nanos: 100_000_000 }, maxRetries: 1 } } };
    await grpc.scheduleJob({ job: { name: "failing", dueTime: "0s", failurePolicy: policy } });
    await grpc.scheduleJob({ job: { name: "not-found", dueTime: "0s", failurePolicy: policy } });
    await Promise.all([waitGone(grpc, "failing"), waitGone(grpc, "not-found")]);
    expect(app.jobCalls.filter((c) => c.request.name === "failing").length).toBe(2);
    expect(app.jobCalls.filter((c) => c.request.name === "not-found").length).toBe(1);
  });

  it("falls back to OnJobEventAlpha1 when the app does not implement OnJobEvent", async () => {
    const client = createClient(Dapr, createGrpcTransport({ baseUrl: alphaSc.grpcUrl }));
    await client.scheduleJobAlpha1({ job: { name: "old-app", schedule: "@every 1s", repeats: 2 } });
    const calls = await alphaApp.waitFor(() => alphaApp.jobCalls, 2);
    expect(calls.map((c) => [c.method, c.request.name])).toEqual([
      ["OnJobEventAlpha1", "old-app"],
      ["OnJobEventAlpha1", "old-app"],
    ]);
    await waitGone(client, "old-app");
    expect(alphaApp.jobCalls.length).toBe(2);
  });
});
