/**
 * Start-up: the real `pillion` binary started N times with the default
 * (embedded, in-memory) components and no app, one at a time. Per start:
 * time from spawn to the first `/v1.0/healthz` 204 and to the HTTP port
 * accepting connections, the CPU time the process used until healthy (user +
 * system, from /proc: steadier than wall time on a shared machine), and the
 * idle RSS one second after it is healthy.
 * The baseline is a bare `node:http` server started the same way (its time
 * to answer, its RSS): what any Node process costs before pillion's own work.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { connect } from "node:net";
import { join } from "node:path";
import { freePort } from "../test/harness/ports.js";
import { cpuTimes, rssMb } from "./proc-stats.js";

export interface StartupFigures {
  /** Medians over the runs. */
  readonly listeningMs: number;
  readonly healthyMs: number;
  /** CPU time (user + system) used until healthy. */
  readonly cpuMs: number;
  readonly idleRssMb: number;
}

export interface StartupResult {
  readonly runs: number;
  readonly pillion: StartupFigures;
  readonly bareNode: StartupFigures;
}

const bareServer = `require("node:http").createServer((q, s) => { s.statusCode = 204; s.end(); }).listen(Number(process.env.PORT), "127.0.0.1");`;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, "127.0.0.1");
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
  });
}

async function healthy(port: number, path: string): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}${path}`);
    await res.arrayBuffer();
    return res.status === 204;
  } catch {
    return false;
  }
}

/** One start: spawn, poll (every 2 ms) until listening then healthy, wait 1 s, read RSS, stop. */
async function once(start: (port: number) => ChildProcess, path: string): Promise<StartupFigures> {
  const port = await freePort();
  const t0 = performance.now();
  const child = start(port);
  let out = "";
  child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  try {
    const deadline = t0 + 30_000;
    const poll = async (probe: () => Promise<boolean>): Promise<number> => {
      for (;;) {
        if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode} before it was ready:\n${out}`);
        if (await probe()) return performance.now() - t0;
        if (performance.now() > deadline) throw new Error(`not ready within 30 s:\n${out}`);
        await sleep(2);
      }
    };
    const listeningMs = await poll(() => accepts(port));
    const healthyMs = await poll(() => healthy(port, path));
    const cpu = cpuTimes(child.pid!);
    await sleep(1000);
    return { listeningMs, healthyMs, cpuMs: (cpu.user + cpu.system) * 1000, idleRssMb: rssMb(child.pid!) };
  } finally {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  }
}

async function series(runs: number, start: (port: number) => ChildProcess, path: string): Promise<StartupFigures> {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await once(start, path));
  return {
    listeningMs: median(all.map((r) => r.listeningMs)),
    healthyMs: median(all.map((r) => r.healthyMs)),
    cpuMs: median(all.map((r) => r.cpuMs)),
    idleRssMb: median(all.map((r) => r.idleRssMb)),
  };
}

/** Starts pillion `runs` times (default components, no app) and the bare node server as many times. */
export async function measureStartup(root: string, runs: number): Promise<StartupResult> {
  const pillion = await series(
    runs,
    (port) => {
      const args = [join(root, "bin", "pillion.js"), "run", "--app-id", "startup", "--dapr-http-port", String(port), "--dapr-grpc-port", "0", "--log-level", "warn"];
      return spawn(process.execPath, args, { cwd: root, env: process.env, stdio: ["ignore", "pipe", "pipe"] });
    },
    "/v1.0/healthz",
  );
  const bareNode = await series(runs, (port) => spawn(process.execPath, ["-e", bareServer], { env: { ...process.env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"] }), "/");
  return { runs, pillion, bareNode };
}

export function startupText(s: StartupResult): string {
  const f = (x: StartupFigures) => `listening ${x.listeningMs.toFixed(0)} ms, healthy ${x.healthyMs.toFixed(0)} ms (CPU ${x.cpuMs.toFixed(0)} ms), idle RSS ${x.idleRssMb.toFixed(0)} MB`;
  return `Start-up (median of ${s.runs}, default in-memory components, no app): pillion ${f(s.pillion)}; a bare node:http server ${f(s.bareNode)}.`;
}
