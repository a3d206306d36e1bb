/**
 * Jobs over REST with a real HTTP app behind the real pillion binary:
 * schedule/get/delete on /v1.0 and /v1.0-alpha1, Dapr's DAPR_SCHEDULER_*
 * errors for bad input, and triggers as `POST /job/<name>` with the job's
 * data (due time, schedule with repeats, ttl, failure policies, 404 as done).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRecordingHttpServer, type RecordingHttpServer } from "../apps/bindings-http-app.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";

let app: RecordingHttpServer;
let sc: SidecarProcess;

beforeAll(async () => {
  app = await startRecordingHttpServer();
  for (const name of ["once", "rep", "ttl", "alpha", "replaced", "untraced"]) app.on("POST", `/job/${name}`, () => ({ status: 200 }));
  app.on("POST", "/job/retried", () => ({ status: 500, body: "boom" }));
  app.on("POST", "/job/dropped", () => ({ status: 500 }));
  app.on("POST", "/job/gone", () => ({ status: 404 }));
  sc = await startSidecar({ appId: "jobs-http", appPort: app.port, waitForApp: true });
});

afterAll(async () => {
  await sc?.stop();
  await app?.close();
});

const post = (path: string, body: unknown) =>
  fetch(`${sc.httpUrl}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });
const get = (path: string) => fetch(`${sc.httpUrl}${path}`);

/** Resolves once GET says the job is gone (a finished job is deleted). */
async function waitGone(name: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await get(`/v1.0/jobs/${name}`)).status !== 500) {
    if (Date.now() > deadline) throw new Error(`job ${name} still exists after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("the REST API", () => {
  it("schedules, reads back (data as an Any of a Value, the default failure policy) and deletes a job", async () => {
    const res = await post("/v1.0/jobs/daily-report", { schedule: "@daily", repeats: 3, ttl: "240h", data: { b: [1, "x"], a: null } });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");
    const got = await get("/v1.0/jobs/daily-report");
    expect(got.status).toBe(200);
    expect(await got.json()).toEqual({
      name: "daily-report",
      schedule: "@daily",
      repeats: 3,
      ttl: "240h",
      data: { "@type": "type.googleapis.com/google.protobuf.Value", value: { b: [1, "x"], a: null } },
      failurePolicy: { constant: { interval: "1s", maxRetries: 3 } },
    });
    // The alpha route reads the same jobs.
    expect((await get("/v1.0-alpha1/jobs/daily-report")).status).toBe(200);
    expect((await fetch(`${sc.httpUrl}/v1.0/jobs/daily-report`, { method: "DELETE" })).status).toBe(204);
    const after = await get("/v1.0/jobs/daily-report");
    expect(after.status).toBe(500);
    expect(await after.json()).toMatchObject({
      errorCode: "DAPR_SCHEDULER_GET_JOB",
      message: "failed to get job due to: rpc error: code = NotFound desc = job not found: daily-report",
    });
    // Deleting again is fine, as with Dapr's scheduler.
    expect((await fetch(`${sc.httpUrl}/v1.0/jobs/daily-report`, { method: "DELETE" })).status).toBe(204);
  });

  it("refuses an existing name without overwrite (409) and replaces it with overwrite", async () => {
    expect((await post("/v1.0/jobs/twice", { schedule: "@hourly" })).status).toBe(204);
    const again = await post("/v1.0/jobs/twice", { schedule: "@hourly" });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({
      errorCode: "DAPR_SCHEDULER_SCHEDULE_JOB",
      message: "failed to schedule job due to: rpc error: code = AlreadyExists desc = job already exists: 'app||default||jobs-http||twice'",
    });
    expect((await post("/v1.0/jobs/twice", { schedule: "0 0 12 * * MON", overwrite: true })).status).toBe(204);
    expect(await (await get("/v1.0/jobs/twice")).json()).toMatchObject({ schedule: "0 0 12 * * MON" });
  });

  it.each([
    ["a name in the body", { name: "other", schedule: "@every 1s" }, 400, "DAPR_SCHEDULER_JOB_NAME", "Set the job name in the url only"],
    ["neither schedule nor due time", { repeats: 2 }, 400, "DAPR_SCHEDULER_SCHEDULE_EMPTY", "Schedule is empty"],
    ["a cron with four fields", { schedule: "* * * *" }, 500, "DAPR_SCHEDULER_SCHEDULE_JOB", "job failed validation: expected exactly 6 fields, found 4: [* * * *]"],
    ["a bad @every", { schedule: "@every soon" }, 500, "DAPR_SCHEDULER_SCHEDULE_JOB", "job failed validation"],
    ["an unreadable due time", { dueTime: "tomorrow" }, 500, "DAPR_SCHEDULER_SCHEDULE_JOB", "due time format not recognized"],
    ["repeats without a schedule", { dueTime: "1h", repeats: 2 }, 500, "DAPR_SCHEDULER_SCHEDULE_JOB", "job must have a schedule to repeat"],
    ["a ttl before the due time", { schedule: "@hourly", dueTime: "2099-01-02T00:00:00Z", ttl: "2099-01-01T00:00:00Z" }, 500, "DAPR_SCHEDULER_SCHEDULE_JOB", "ttl must be greater than due time"],
  ])("answers %s with Dapr's error and stores nothing", async (_what, body, status, code, text) => {
    const res = await post("/v1.0/jobs/bad-one", body);
    expect(res.status).toBe(status);
    const err = (await res.json()) as { errorCode: string; message: string; details: { reason: string }[] };
    expect(err.errorCode).toBe(code);
    expect(err.message).toContain(text);
    expect(err.details[0]!.reason).toBe(code);
    expect((await get("/v1.0/jobs/bad-one")).status).toBe(500);
  });

  it("trims spaces around the name in the URL, as Dapr does", async () => {
    expect((await post("/v1.0/jobs/%20padded%20", { schedule: "@hourly" })).status).toBe(204);
    expect(await (await get("/v1.0/jobs/padded")).json()).toMatchObject({ name: "padded" });
    expect((await fetch(`${sc.httpUrl}/v1.0/jobs/padded`, { method: "DELETE" })).status).toBe(204);
    const blank = await post("/v1.0/jobs/%20%20", { schedule: "@hourly" });
    expect(blank.status).toBe(400);
    expect(await blank.json()).toMatchObject({ errorCode: "DAPR_SCHEDULER_JOB_NAME_EMPTY", message: "Name is empty" });
  });

  it("refuses a name that is not a DNS subdomain once lower-cased", async () => {
    const res = await post("/v1.0/jobs/bad..name", { schedule: "@hourly" });
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ errorCode: "DAPR_SCHEDULER_SCHEDULE_JOB", message: expect.stringContaining('job name is invalid "app||default||jobshttp||bad..name": a lowercase RFC 1123 subdomain') });
  });
});

describe("triggers to the app", () => {
  it("posts a due job once to /job/<name> with its data as Go's protojson writes it (keys sorted)", async () => {
    expect((await post("/v1.0/jobs/once", { dueTime: "0s", data: { z: 1, a: { y: true, b: "s" } } })).status).toBe(204);
    const [call] = await app.waitFor("POST", "/job/once", 1);
    expect(call!.body.toString()).toBe('{"a":{"b":"s","y":true},"z":1}');
    expect(call!.headers["content-type"]).toBe("application/json");
    expect(call!.headers["traceparent"]).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    await waitGone("once");
    expect(app.at("POST", "/job/once").length).toBe(1);
  });

  it("fires a schedule `repeats` times, then deletes the job; a job posted on the alpha route fires too", async () => {
    expect((await post("/v1.0/jobs/rep", { schedule: "@every 1s", repeats: 2, data: "text" })).status).toBe(204);
    expect((await post("/v1.0-alpha1/jobs/alpha", { schedule: "*/1 * * * * *", repeats: 1 })).status).toBe(204);
    await waitGone("rep");
    const calls = app.at("POST", "/job/rep");
    expect(calls.map((c) => c.body.toString())).toEqual(['"text"', '"text"']);
    await waitGone("alpha");
    expect(app.at("POST", "/job/alpha").map((c) => c.body.length)).toEqual([0]);
  });

  it("stops a schedule at its ttl", async () => {
    // Every second from creation, for two seconds: two activations, the third is past the ttl.
    expect((await post("/v1.0/jobs/ttl", { schedule: "@every 1s", ttl: "2s" })).status).toBe(204);
    await waitGone("ttl");
    expect(app.at("POST", "/job/ttl").length).toBe(2);
  });

  it("retries a failed trigger as the constant policy says, gives up at once with drop, and takes 404 as done", async () => {
    expect((await post("/v1.0/jobs/retried", { dueTime: "0s", failurePolicy: { constant: { interval: "0.1s", maxRetries: 2 } } })).status).toBe(204);
    expect((await post("/v1.0/jobs/dropped", { dueTime: "0s", failurePolicy: { drop: {} } })).status).toBe(204);
    expect((await post("/v1.0/jobs/gone", { dueTime: "0s" })).status).toBe(204);
    await Promise.all([waitGone("retried"), waitGone("dropped"), waitGone("gone")]);
    expect(app.at("POST", "/job/retried").length).toBe(3);
    expect(app.at("POST", "/job/dropped").length).toBe(1);
    expect(app.at("POST", "/job/gone").length).toBe(1);
    expect((await get("/v1.0/healthz")).status).toBe(204);
  });

  it("sends no traceparent when the Configuration turns tracing off (samplingRate 0)", async () => {
    const dir = tempDir({
      "no-tracing.yaml": "apiVersion: dapr.io/v1alpha1\nkind: Configuration\nmetadata:\n  name: no-tracing\nspec:\n  tracing:\n    samplingRate: \"0\"\n",
    });
    const untraced = await startSidecar({ appId: "jobs-untraced", appPort: app.port, waitForApp: true, config: `${dir.path}/no-tracing.yaml` });
    try {
      const res = await fetch(`${untraced.httpUrl}/v1.0/jobs/untraced`, { method: "POST", body: JSON.stringify({ dueTime: "0s" }) });
      expect(res.status).toBe(204);
      const [call] = await app.waitFor("POST", "/job/untraced", 1);
      expect(call!.headers["traceparent"]).toBeUndefined();
    } finally {
      await untraced.stop();
      dir.remove();
    }
  });

  it("fires a replaced job with its new data only", async () => {
    expect((await post("/v1.0/jobs/replaced", { dueTime: "1h", data: "old" })).status).toBe(204);
    expect((await post("/v1.0/jobs/replaced", { dueTime: "0s", data: "new", overwrite: true })).status).toBe(204);
    await waitGone("replaced");
    expect(app.at("POST", "/job/replaced").map((c) => c.body.toString())).toEqual(['"new"']);
  });
});
