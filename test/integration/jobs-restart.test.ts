/**
 * Jobs kept in a state store (--jobs-state-store) survive a sidecar restart:
 * a real Redis server behind a state.redis component, a real HTTP app, and
 * two pillion processes one after the other. A job due later fires after the
 * restart, a schedule goes on from its progress (not from the start), a job
 * that already fired does not fire again. A name that is not a state store
 * refuses start-up.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRecordingHttpServer, type RecordingHttpServer } from "../apps/bindings-http-app.js";
import { componentYaml } from "../conformance/state/index.js";
import { runPillion, startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { startRedis, type RedisServer } from "../servers/index.js";

let redis: RedisServer;
let app: RecordingHttpServer;
let dir: ReturnType<typeof tempDir>;

beforeAll(async () => {
  redis = await startRedis();
  app = await startRecordingHttpServer();
  for (const name of ["early", "later", "ticks"]) app.on("POST", `/job/${name}`, () => ({ status: 200 }));
  dir = tempDir({ "jobstore.yaml": componentYaml("jobstore", "state.redis", { redisHost: redis.address }) });
});

afterAll(async () => {
  await app?.close();
  await redis?.close();
  dir?.remove();
});

const sidecar = () =>
  startSidecar({ appId: "jobs-restart", appPort: app.port, resourcesPaths: [dir.path], args: ["--jobs-state-store", "jobstore"], waitForApp: true });
const post = (sc: SidecarProcess, name: string, body: unknown) =>
  fetch(`${sc.httpUrl}/v1.0/jobs/${name}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

async function waitGone(sc: SidecarProcess, name: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await fetch(`${sc.httpUrl}/v1.0/jobs/${name}`)).status !== 500) {
    if (Date.now() > deadline) throw new Error(`job ${name} still exists after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("a sidecar with --jobs-state-store", () => {
  it("picks the jobs up again after a restart, with their data and progress", async () => {
    const first = await sidecar();
    try {
      expect((await post(first, "early", { dueTime: "0s" })).status).toBe(204);
      // Fires at once, then three seconds later: the restart falls in between.
      expect((await post(first, "ticks", { dueTime: "0s", schedule: "@every 3s", repeats: 2 })).status).toBe(204);
      expect((await post(first, "later", { dueTime: "4s", data: { order: 7 } })).status).toBe(204);
      expect((await post(first, "hourly", { schedule: "@hourly" })).status).toBe(204);
      await waitGone(first, "early");
      await app.waitFor("POST", "/job/ticks", 1);
      // Let the first tick's progress reach the store before stopping.
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      await first.stop();
    }
    expect(app.at("POST", "/job/later").length).toBe(0);

    const second = await sidecar();
    try {
      const hourly = await fetch(`${second.httpUrl}/v1.0/jobs/hourly`);
      expect(hourly.status).toBe(200);
      expect(await hourly.json()).toMatchObject({ name: "hourly", schedule: "@hourly" });
      await Promise.all([waitGone(second, "later"), waitGone(second, "ticks")]);
      expect(app.at("POST", "/job/later").map((r) => r.body.toString())).toEqual(['{"order":7}']);
      // Two triggers in all: the second sidecar did not start the schedule over.
      expect(app.at("POST", "/job/ticks").length).toBe(2);
      expect(app.at("POST", "/job/early").length).toBe(1);
      expect((await fetch(`${second.httpUrl}/v1.0/jobs/hourly`, { method: "DELETE" })).status).toBe(204);
    } finally {
      await second.stop();
    }
  });

  it("refuses start-up when the name is not a state store component", async () => {
    const { code, output } = await runPillion(["run", "--app-id", "x", "--dapr-http-port", "0", "--dapr-grpc-port", "0", "--resources-path", dir.path, "--jobs-state-store", "nope"]);
    expect(code).toBe(1);
    expect(output).toContain('--jobs-state-store: there is no state store component named "nope" (state stores: jobstore)');
  });
});
