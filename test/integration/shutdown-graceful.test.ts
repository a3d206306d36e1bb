/**
 * Graceful shutdown of a real pillion process: POST /v1.0/shutdown and gRPC
 * Shutdown answer at once (204 / Empty); then new calls are refused while an
 * invocation already in flight to the app finishes, and the process exits 0.
 * SIGTERM does the same; dapr-force-shutdown exits 1 at once; under
 * `pillion run -- app` the app is stopped too;
 * a call held past --dapr-graceful-shutdown-seconds does not keep the
 * process alive.
 */
import { once } from "node:events";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createClient } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import { afterEach, describe, expect, it } from "vitest";
import { Dapr } from "../../gateway/src/gen/dapr/proto/runtime/v1/dapr_pb.js";
import { startHttpEchoApp, type HttpEchoApp } from "../apps/http-echo-app.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";

let app: HttpEchoApp | undefined;
let sc: SidecarProcess | undefined;
let dir: ReturnType<typeof tempDir> | undefined;

afterEach(async () => {
  app?.release();
  await sc?.stop();
  await app?.close();
  dir?.remove();
  app = sc = dir = undefined;
});

/** The exit code, once the process has exited by itself. */
async function exitCode(p: SidecarProcess): Promise<number | null> {
  if (p.child.exitCode === null && p.child.signalCode === null) await once(p.child, "exit");
  return p.child.exitCode;
}

async function until(cond: () => boolean): Promise<void> {
  while (!cond()) await new Promise((r) => setTimeout(r, 20));
}

/** A call made now: refused (connection error) or answered 503 ERR_SIDECAR_STOPPING; anything else fails the test. */
async function expectRefused(url: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { connection: "close" } });
  } catch {
    return; // connection refused or closed
  }
  expect(res.status).toBe(503);
  expect(await res.json()).toMatchObject({ errorCode: "ERR_SIDECAR_STOPPING" });
}

async function sidecarWithHeldCall(extraArgs: string[] = []): Promise<{ held: Promise<Response> }> {
  app = await startHttpEchoApp();
  sc = await startSidecar({ appId: "shutdown-app", appPort: app.port, waitForApp: true, args: ["--dapr-graceful-shutdown-seconds", "20", ...extraArgs] });
  const held = fetch(`${sc.httpUrl}/v1.0/invoke/shutdown-app/method/hold`);
  await until(() => app!.inFlight === 1);
  return { held };
}

describe("graceful shutdown", () => {
  it("POST /v1.0/shutdown answers 204 at once, refuses new calls, lets the call in flight finish, and exits 0", async () => {
    const { held } = await sidecarWithHeldCall();
    const res = await fetch(`${sc!.httpUrl}/v1.0/shutdown`, { method: "POST" });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");
    await expectRefused(`${sc!.httpUrl}/v1.0/metadata`);
    expect(sc!.child.exitCode).toBeNull(); // still draining: the held call is not done
    app!.release();
    const done = await held;
    expect(done.status).toBe(200);
    expect(await done.text()).toBe("released");
    expect(await exitCode(sc!)).toBe(0);
    expect(sc!.output()).toContain("shutdown requested via API");
  });

  it("gRPC Shutdown answers Empty and the process exits 0; new RPCs are refused", async () => {
    const { held } = await sidecarWithHeldCall();
    const client = createClient(Dapr, createGrpcTransport({ baseUrl: sc!.grpcUrl }));
    await client.shutdown({});
    // A new connection: refused once the listener is closed, or Unavailable while draining.
    const late = createClient(Dapr, createGrpcTransport({ baseUrl: sc!.grpcUrl }));
    await expect(late.getMetadata({})).rejects.toThrow();
    app!.release();
    expect((await held).status).toBe(200);
    expect(await exitCode(sc!)).toBe(0);
  });

  it("SIGTERM drains the same way and exits 0", async () => {
    const { held } = await sidecarWithHeldCall();
    sc!.child.kill("SIGTERM");
    await until(() => sc!.output().includes("pillion sidecar is stopping"));
    await expectRefused(`${sc!.httpUrl}/v1.0/metadata`);
    app!.release();
    expect((await held).status).toBe(200);
    expect(await exitCode(sc!)).toBe(0);
  });

  it("does not wait past --dapr-graceful-shutdown-seconds for a call that never ends", async () => {
    app = await startHttpEchoApp();
    sc = await startSidecar({ appId: "shutdown-app", appPort: app.port, waitForApp: true, args: ["--dapr-graceful-shutdown-seconds", "1"] });
    const held = fetch(`${sc.httpUrl}/v1.0/invoke/shutdown-app/method/hold`).then(
      (r) => r.status,
      () => "cut off",
    );
    await until(() => app!.inFlight === 1);
    expect((await fetch(`${sc.httpUrl}/v1.0/shutdown`, { method: "POST" })).status).toBe(204);
    expect(await exitCode(sc)).toBe(0);
    expect(await held).not.toBe(200);
  });

  it("with dapr-force-shutdown: true, answers 204 and exits 1 without draining, as daprd does", async () => {
    const { held } = await sidecarWithHeldCall();
    const outcome = held.then(
      () => "answered",
      () => "cut off",
    );
    const res = await fetch(`${sc!.httpUrl}/v1.0/shutdown`, { method: "POST", headers: { "dapr-force-shutdown": "true" } });
    expect(res.status).toBe(204);
    expect(await exitCode(sc!)).toBe(1);
    expect(await outcome).toBe("cut off"); // not drained
  });

  it("under `pillion run -- app`, the Shutdown API stops the app too", async () => {
    dir = tempDir();
    const marker = join(dir.path, "app-stopped");
    const script = dir.file(
      "app.mjs",
      [
        'import { writeFileSync } from "node:fs";',
        `process.on("SIGTERM", () => { writeFileSync(${JSON.stringify(marker)}, "SIGTERM"); process.exit(0); });`,
        `writeFileSync(${JSON.stringify(marker)}, "started");`,
        "setInterval(() => {}, 1000);",
      ].join("\n"),
    );
    sc = await startSidecar({ appId: "shutdown-cli", app: [process.execPath, script] });
    await until(() => existsSync(marker)); // its SIGTERM handler is in place
    expect((await fetch(`${sc.httpUrl}/v1.0/shutdown`, { method: "POST" })).status).toBe(204);
    expect(await exitCode(sc)).toBe(0);
    expect(readFileSync(marker, "utf8")).toBe("SIGTERM");
  });
});
