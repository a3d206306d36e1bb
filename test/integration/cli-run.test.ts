/**
 * The `pillion` command as a user runs it: starting an app with the sidecar's
 * ports in its environment, stopping both on SIGTERM/SIGINT or when the app
 * exits, flag errors, help and version, daprd-style single-dash flags.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "../harness/ports.js";
import { pillionBin, runPillion } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { answers, isRunning, spawnCaptured, waitFor, type Spawned } from "../tools/processes.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const envApp = join(root, "test", "tools", "env-app.mjs");
const packageVersion = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;

const started: Spawned[] = [];
const appPids: number[] = [];
const dirs: { remove(): void }[] = [];
afterEach(async () => {
  // Gracefully first, so pillion stops its app; then anything left is killed.
  for (const p of started.splice(0)) {
    if (p.child.exitCode === null && p.child.signalCode === null) {
      p.child.kill("SIGTERM");
      const t = setTimeout(() => p.kill(), 10_000);
      await p.exited;
      clearTimeout(t);
    }
  }
  for (const pid of appPids.splice(0)) if (isRunning(pid)) process.kill(pid, "SIGKILL");
  for (const d of dirs.splice(0)) d.remove();
});

interface AppReport {
  pid: number;
  env: Record<string, string>;
}

/** Starts `pillion <args> -- node env-app.mjs <file> [exit code]` and waits for the app's report. */
async function runWithApp(flags: (ports: { http: number; grpc: number }) => string[], appExitCode?: number) {
  const dir = tempDir();
  dirs.push(dir);
  const report = join(dir.path, "app.json");
  const ports = { http: await freePort(), grpc: await freePort() };
  const p = spawnCaptured(process.execPath, [pillionBin, ...flags(ports), "--", process.execPath, envApp, report, ...(appExitCode === undefined ? [] : [String(appExitCode)])]);
  started.push(p);
  const app = await waitFor(`the app to write ${report}\n${p.output()}`, () => (existsSync(report) ? (JSON.parse(readFileSync(report, "utf8")) as AppReport) : undefined));
  appPids.push(app.pid);
  return { p, app, ports };
}

const runFlags = (ports: { http: number; grpc: number }, appId = "cli-app") => ["run", "--app-id", appId, "--dapr-http-port", String(ports.http), "--dapr-grpc-port", String(ports.grpc)];

describe("pillion run -- <app>", () => {
  it("starts the app with DAPR_HTTP_PORT, DAPR_GRPC_PORT and APP_ID, and the sidecar serves on those ports", async () => {
    const { app, ports } = await runWithApp((ports) => runFlags(ports, "env-check"));
    expect(app.env).toMatchObject({ APP_ID: "env-check", DAPR_HTTP_PORT: String(ports.http), DAPR_GRPC_PORT: String(ports.grpc) });
    const meta = await fetch(`http://127.0.0.1:${ports.http}/v1.0/metadata`);
    expect(((await meta.json()) as { id: string }).id).toBe("env-check");
  });

  it.each(["SIGTERM", "SIGINT"] as const)("stops the app and the sidecar on %s, exiting 0", async (signal) => {
    const { p, app, ports } = await runWithApp((ports) => runFlags(ports));
    expect(isRunning(app.pid)).toBe(true);
    p.child.kill(signal);
    const { code } = await p.exited;
    expect(code, p.output()).toBe(0);
    expect(isRunning(app.pid)).toBe(false);
    expect(await answers(`http://127.0.0.1:${ports.http}/v1.0/healthz`)).toBe(false);
    expect(p.output()).toContain("pillion sidecar stopped");
  });

  it("stops the sidecar when the app exits, with the app's exit code", async () => {
    const { p, ports } = await runWithApp((ports) => runFlags(ports), 3);
    const { code } = await p.exited;
    expect(code, p.output()).toBe(3);
    expect(await answers(`http://127.0.0.1:${ports.http}/v1.0/healthz`)).toBe(false);
  });

  it("exits 0 when the app exits 0", async () => {
    const { p } = await runWithApp((ports) => runFlags(ports), 0);
    expect((await p.exited).code, p.output()).toBe(0);
  });

  it("accepts daprd-style single-dash flags and flag=value", async () => {
    const http = await freePort();
    const grpc = await freePort();
    const p = spawnCaptured(process.execPath, [pillionBin, "-app-id", "single-dash", `-dapr-http-port=${http}`, "-dapr-grpc-port", String(grpc), "-log-level", "warn"]);
    started.push(p);
    const id = await waitFor(`the sidecar on ${http}\n${p.output()}`, async () => {
      try {
        const res = await fetch(`http://127.0.0.1:${http}/v1.0/metadata`);
        return ((await res.json()) as { id: string }).id;
      } catch {
        return undefined;
      }
    });
    expect(id).toBe("single-dash");
    p.child.kill("SIGTERM");
    expect((await p.exited).code).toBe(0);
  });
});

describe("pillion flag errors, help and version", () => {
  it.each([
    [["run", "--app-id", "x", "--no-such-flag"], 'unknown flag "--no-such-flag"'],
    [["run", "--app-id", "x", "-bogus", "1"], 'unknown flag "-bogus"'],
    [["--app-id", "x", "--app-port", "http"], '--app-port: "http" is not a whole number from 1 to 65535'],
    [["run", "--app-id", "x", "--app-port", "70000"], '--app-port: "70000" is not a whole number from 1 to 65535'],
    [["run", "--app-id", "x", "--app-protocol", "ftp"], '--app-protocol: "ftp" is not supported'],
    [["run", "--app-id", "x", "--log-level", "loud"], '--log-level: "loud" is not one of'],
    [["run", "--app-id", "x", "--max-body-size", "lots"], '--max-body-size: "lots" is not a size'],
    [["run", "--app-id", "x", "--dapr-http-port"], "flag --dapr-http-port needs a value"],
    [["run", "--app-id", "x", "stray"], 'unexpected argument "stray"'],
    [["run"], "--app-id is required"],
  ])("pillion %j prints the problem and the usage and exits 2", async (args, problem) => {
    const { code, output } = await runPillion(args, { env: { APP_ID: "" } });
    expect(code, output).toBe(2);
    expect(output).toContain(problem);
    expect(output).toContain("Usage: pillion run --app-id <id>");
  });

  it("exits 2 with the usage for an unknown command", async () => {
    const { code, output } = await runPillion(["launch"]);
    expect(code).toBe(2);
    expect(output).toContain("Usage:");
  });

  it.each([[["--help"]], [["-h"]], [["help"]], [[]]])("pillion %j prints the usage and exits 0", async (args) => {
    const { code, output } = await runPillion(args);
    expect(code).toBe(0);
    expect(output).toContain("pillion run --app-id <id>");
  });

  it.each([[["run", "--help"]], [["run", "-h"]], [["--app-id", "x", "--help"]]])("pillion %j lists the flags and exits 0", async (args) => {
    const { code, output } = await runPillion(args);
    expect(code).toBe(0);
    for (const flag of ["--app-id", "--app-port", "--dapr-http-port", "--dapr-grpc-port", "--resources-path", "--max-body-size"]) expect(output).toContain(flag);
  });

  it.each([[["--version"]], [["version"]]])("pillion %j prints the package version", async (args) => {
    const { code, output } = await runPillion(args);
    expect(code).toBe(0);
    expect(output.trim()).toBe(packageVersion);
  });
});
