/**
 * The official Dapr Python SDK 1.18.3 (unmodified, from the cached
 * virtualenv) scheduling, reading and deleting jobs through the real pillion
 * sidecar over gRPC, with a real HTTP app receiving the trigger. (The
 * official JS SDK, @dapr/dapr 3.18, has no jobs client.)
 */
import { execFile } from "node:child_process";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startRecordingHttpServer, type RecordingHttpServer } from "../apps/bindings-http-app.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { killOnExit } from "../tools/processes.js";
import { daprPythonSdk } from "../tools/python-sdk.js";

// Prints one JSON report of what the SDK saw.
const script = `
import json
from google.protobuf.any_pb2 import Any as GrpcAny
from google.protobuf.struct_pb2 import Value
from dapr.clients import DaprClient
from dapr.clients.exceptions import DaprGrpcError
from dapr.clients.grpc._jobs import ConstantFailurePolicy, DropFailurePolicy, Job

out = {}
with DaprClient() as d:
    data = GrpcAny()
    data.Pack(Value(string_value="from python"))
    d.schedule_job(Job(name="py-now", due_time="0s", data=data))
    d.schedule_job(Job(name="py-later", schedule="@every 1h", repeats=4, ttl="48h", failure_policy=ConstantFailurePolicy(max_retries=5, interval_seconds=2)))
    got = d.get_job("py-later")
    out["later"] = {"name": got.name, "schedule": got.schedule, "repeats": got.repeats, "ttl": got.ttl, "dueTime": got.due_time,
                    "policy": type(got.failure_policy).__name__, "maxRetries": got.failure_policy.max_retries, "data": got.data is not None}
    try:
        d.schedule_job(Job(name="py-later", schedule="@daily"))
    except DaprGrpcError as e:
        out["exists"] = {"code": e.code().name, "reason": e.status_details().error_info["reason"]}
    d.schedule_job(Job(name="py-later", schedule="@daily", failure_policy=DropFailurePolicy()), overwrite=True)
    out["replaced"] = {"schedule": d.get_job("py-later").schedule, "policy": type(d.get_job("py-later").failure_policy).__name__}
    d.delete_job("py-later")
    try:
        d.get_job("py-later")
    except DaprGrpcError as e:
        out["afterDelete"] = {"code": e.code().name, "message": e.details()}
print(json.dumps(out))
`;

interface Report {
  later: { name: string; schedule: string; repeats: number; ttl: string; dueTime: string | null; policy: string; maxRetries: number; data: boolean };
  exists: { code: string; reason: string };
  replaced: { schedule: string; policy: string };
  afterDelete: { code: string; message: string };
}

let app: RecordingHttpServer;
let sc: SidecarProcess;
let report: Report;

beforeAll(async () => {
  const python = daprPythonSdk("1.18.3");
  app = await startRecordingHttpServer();
  app.on("POST", "/job/py-now", () => ({ status: 200 }));
  sc = await startSidecar({ appId: "py-jobs", appPort: app.port, waitForApp: true });
  killOnExit(sc.child);
  const env = { ...process.env, DAPR_HTTP_PORT: String(sc.httpPort), DAPR_GRPC_PORT: String(sc.grpcPort), DAPR_RUNTIME_HOST: "127.0.0.1", DAPR_HEALTH_TIMEOUT: "20" };
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(python, ["-c", script], { env, timeout: 60_000 }, (err, out, errOut) => {
      if (err) reject(new Error(`the Python SDK script failed: ${err.message}\n${errOut}\n--- sidecar ---\n${sc.output().slice(-4000)}`));
      else resolve(out);
    });
  });
  report = JSON.parse(stdout.trim().split("\n").pop()!) as Report;
}, 600_000);

afterAll(async () => {
  await sc?.stop();
  await app?.close();
});

it("schedules, reads back, refuses a duplicate, overwrites and deletes jobs", () => {
  expect(report.later).toEqual({ name: "py-later", schedule: "@every 1h", repeats: 4, ttl: "48h", dueTime: null, policy: "ConstantFailurePolicy", maxRetries: 5, data: false });
  expect(report.exists).toEqual({ code: "ALREADY_EXISTS", reason: "DAPR_SCHEDULER_SCHEDULE_JOB" });
  expect(report.replaced).toEqual({ schedule: "@daily", policy: "DropFailurePolicy" });
  expect(report.afterDelete.code).toBe("INTERNAL");
  expect(report.afterDelete.message).toBe("failed to get job due to: rpc error: code = NotFound desc = job not found: py-later");
});

it("delivers the job the SDK scheduled to the HTTP app with its data", async () => {
  const [call] = await app.waitFor("POST", "/job/py-now", 1);
  expect(call!.body.toString()).toBe('"from python"');
});
