/**
 * Starts the real `pillion` binary (bin/pillion.js over the built dist/) on
 * free ports, the way a user runs it, and stops it after the test.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { freePort } from "./ports.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
export const pillionBin = `${root}bin/pillion.js`;

export interface SidecarProcessOptions {
  appId?: string;
  appPort?: number;
  appProtocol?: "http" | "grpc";
  resourcesPaths?: string[];
  config?: string;
  env?: Record<string, string>;
  /** Extra flags, e.g. ["--max-body-size", "1Mi"]. */
  args?: string[];
  /** The app command after "--". */
  app?: string[];
  /** Resolve once /v1.0/healthz (app ready too) answers 204 rather than only /healthz/outbound. */
  waitForApp?: boolean;
}

export interface SidecarProcess {
  readonly httpPort: number;
  readonly grpcPort: number;
  readonly httpUrl: string;
  readonly grpcUrl: string;
  readonly child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** SIGTERM, then waits for the exit code (SIGKILL after 10 s). */
  stop(): Promise<number | null>;
}

export async function startSidecar(opts: SidecarProcessOptions = {}): Promise<SidecarProcess> {
  // Another process may bind a port between freePort's check and pillion's
  // listen; only that start-up failure is tried again, on new ports.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startSidecarOnce(opts);
    } catch (err) {
      if (attempt >= 3 || !(err instanceof PortTakenError)) throw err;
    }
  }
}

class PortTakenError extends Error {}

async function startSidecarOnce(opts: SidecarProcessOptions): Promise<SidecarProcess> {
  const httpPort = await freePort();
  const grpcPort = await freePort();
  const args = [
    pillionBin,
    "run",
    "--app-id",
    opts.appId ?? "test-app",
    "--dapr-http-port",
    String(httpPort),
    "--dapr-grpc-port",
    String(grpcPort),
    "--log-level",
    "debug",
    ...(opts.appPort !== undefined ? ["--app-port", String(opts.appPort)] : []),
    ...(opts.appProtocol ? ["--app-protocol", opts.appProtocol] : []),
    ...(opts.resourcesPaths ?? []).flatMap((p) => ["--resources-path", p]),
    ...(opts.config ? ["--config", opts.config] : []),
    ...(opts.args ?? []),
    ...(opts.app ? ["--", ...opts.app] : []),
  ];
  const child = spawn(process.execPath, args, { env: { ...process.env, ...opts.env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  // No orphans when the test process ends early: SIGTERM lets pillion stop its app too.
  const terminate = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  };
  process.once("exit", terminate);
  child.once("exit", () => process.off("exit", terminate));
  const proc: SidecarProcess = {
    httpPort,
    grpcPort,
    httpUrl: `http://127.0.0.1:${httpPort}`,
    grpcUrl: `http://127.0.0.1:${grpcPort}`,
    child,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const t = setTimeout(() => child.kill("SIGKILL"), 10_000);
        const code = await exited;
        clearTimeout(t);
        return code;
      }
      return child.exitCode;
    },
  };
  const path = opts.waitForApp ? "/v1.0/healthz" : "/v1.0/healthz/outbound";
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) {
      const message = `pillion exited with ${child.exitCode} before it was ready:\n${out}`;
      throw /start-up failed: listen EADDRINUSE/.test(out) ? new PortTakenError(message) : new Error(message);
    }
    try {
      const res = await fetch(`${proc.httpUrl}${path}`);
      if (res.status === 204) return proc;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await proc.stop();
      throw new Error(`pillion did not become ready on ${path} within 20 s:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Runs pillion to completion (for start-up errors and CLI tests). */
export function runPillion(args: string[], opts: { env?: Record<string, string>; timeoutMs?: number } = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [pillionBin, ...args], { env: { ...process.env, ...opts.env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const t = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 15_000);
    child.once("exit", (code) => {
      clearTimeout(t);
      resolve({ code, output });
    });
  });
}
