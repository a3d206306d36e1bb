/**
 * The processes a benchmark run needs, started the way a user runs them:
 * the echo app (HTTP or gRPC), Redis and the minimal Redis client service,
 * and the real `pillion` binary (bin/pillion.js over dist/). Every one is
 * stopped with SIGTERM at the end (and when the run is interrupted).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../test/harness/ports.js";
import { startRedis, type RedisServer } from "../test/servers/redis.js";
import { appId, stateKey, stateSaveBody, type AppKind } from "./scenarios.js";

export interface Proc {
  readonly name: string;
  readonly pid: number;
  readonly port: number;
  output(): string;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
const killAll = () => {
  for (const c of running) c.kill("SIGTERM");
};
process.once("exit", killAll);
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.once(sig, () => {
    killAll();
    process.exit(130);
  });
}

function track(name: string, child: ChildProcess, port: number): Proc {
  running.add(child);
  let out = "";
  child.stdout?.on("data", (d: Buffer) => (out = (out + d.toString()).slice(-20_000)));
  child.stderr?.on("data", (d: Buffer) => (out = (out + d.toString()).slice(-20_000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.once("exit", () => running.delete(child));
  return {
    name,
    pid: child.pid!,
    port,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const t = setTimeout(() => child.kill("SIGKILL"), 5000);
        await exited;
        clearTimeout(t);
      }
    },
  };
}

async function until(what: string, proc: Proc, child: ChildProcess, probe: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}:\n${proc.output()}`);
    if (await probe()) return;
    if (Date.now() > deadline) {
      await proc.stop();
      throw new Error(`${what} was not ready within ${timeoutMs / 1000} s:\n${proc.output()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A node process running one of bench/*.ts (through tsx), ready once it prints "listening". */
async function startNodeService(root: string, name: string, file: string, env: Record<string, string>): Promise<Proc> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", join(root, "bench", file)], {
    cwd: root,
    env: { ...process.env, ...env, APP_PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const proc = track(name, child, port);
  await until(name, proc, child, async () => proc.output().includes("listening"));
  return proc;
}

export function startEchoApp(root: string, kind: AppKind): Promise<Proc> {
  return startNodeService(root, `${kind} echo app`, kind === "http" ? "echo-http-app.ts" : "echo-grpc-app.ts", {});
}

/** The bare node:http + undici proxy in front of the HTTP app (a textbook node proxy, for reference). */
export function startBareProxy(root: string, app: Proc): Promise<Proc> {
  return startNodeService(root, "bare proxy", "bare-proxy.ts", { TARGET_PORT: String(app.port) });
}

export interface RedisPair {
  readonly server: RedisServer;
  readonly direct: Proc;
}

export async function startRedisPair(root: string): Promise<RedisPair> {
  const server = await startRedis();
  const direct = await startNodeService(root, "redis client service", "redis-direct.ts", { REDIS_ADDR: server.address, APP_ID: appId });
  return { server, direct };
}

function componentsYaml(redisAddress: string | undefined): string {
  const docs = [
    "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: memstore\nspec:\n  type: state.in-memory\n  version: v1\n",
    "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: pubsub\nspec:\n  type: pubsub.in-memory\n  version: v1\n",
  ];
  if (redisAddress) {
    docs.push(
      `apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: redisstore\nspec:\n  type: state.redis\n  version: v1\n  metadata:\n    - name: redisHost\n      value: "${redisAddress}"\n`,
    );
  }
  return docs.join("---\n");
}

export interface Sidecar extends Proc {
  readonly httpPort: number;
  readonly grpcPort: number;
}

/** The real pillion binary in front of the app, with in-memory state and pub/sub (and Redis state when given). */
export async function startSidecar(root: string, app: Proc, kind: AppKind, redisAddress: string | undefined, nodeArgs: readonly string[] = []): Promise<Sidecar> {
  const httpPort = await freePort();
  const grpcPort = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "pillion-bench-"));
  writeFileSync(join(dir, "components.yaml"), componentsYaml(redisAddress));
  const args = [
    ...nodeArgs,
    join(root, "bin", "pillion.js"),
    "run",
    "--app-id", appId,
    "--app-port", String(app.port),
    "--app-protocol", kind,
    "--dapr-http-port", String(httpPort),
    "--dapr-grpc-port", String(grpcPort),
    "--resources-path", dir,
    "--log-level", "warn",
  ];
  const child = spawn(process.execPath, args, { cwd: root, env: process.env, stdio: ["ignore", "pipe", "pipe"] });
  child.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  const proc = track("pillion", child, httpPort);
  await until("pillion", proc, child, async () => {
    try {
      return (await fetch(`http://127.0.0.1:${httpPort}/v1.0/healthz`)).status === 204;
    } catch {
      return false;
    }
  });
  // The key the state get scenarios read.
  for (const store of redisAddress ? ["memstore", "redisstore"] : ["memstore"]) {
    const res = await fetch(`http://127.0.0.1:${httpPort}/v1.0/state/${store}`, { method: "POST", body: stateSaveBody, headers: { "content-type": "application/json" } });
    if (res.status !== 204) throw new Error(`seeding ${store}/${stateKey} answered ${res.status}: ${await res.text()}`);
  }
  return { ...proc, httpPort, grpcPort };
}
