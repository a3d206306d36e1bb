/**
 * One k6 load against one target, and what it cost: latency percentiles of
 * the steady phase from k6's summary, and, over a window inside the steady
 * phase, the requests done (k6's live iteration count) against the CPU time
 * and RSS of the processes serving them (from /proc) and the machine's load.
 * A saturation run ramps the arrival rate and keeps the highest throughput
 * sustained over two seconds.
 */
import { join } from "node:path";
import { freePort } from "../test/harness/ports.js";
import { readSummary, runK6 } from "./k6.js";
import { cpuTimes, machineCpu, rssMb } from "./proc-stats.js";
import type { Load } from "./scenarios.js";

export interface Shape {
  readonly warmupSeconds: number;
  readonly warmupRate: number;
  readonly steadySeconds: number;
  readonly rate: number;
  readonly vus: number;
  readonly saturationSeconds: number;
  readonly saturationMaxRate: number;
  readonly saturationMaxVus: number;
}

export interface Latency {
  readonly avg: number;
  readonly min: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
}

export interface ProcessCost {
  readonly name: string;
  readonly cpuUsPerRequest: number;
  /** The part of that CPU time spent in the kernel (system time: syscalls, loopback TCP). */
  readonly kernelShare: number;
  /** vCPU used per 1000 requests/s (Dapr's unit). */
  readonly vcpuPer1000Rps: number;
  readonly rssMbMax: number;
}

export interface SteadyResult {
  /** Milliseconds, steady phase only. */
  readonly latencyMs: Latency;
  readonly requests: number;
  readonly failedRate: number;
  readonly droppedIterations: number;
  /** Requests per second over the sampling window. */
  readonly rps: number;
  readonly windowSeconds: number;
  /** The process the load reached first, then the others sampled (app, k6). */
  readonly processes: readonly ProcessCost[];
  /** Cores busy on the whole machine during the window, and how many of them were not this benchmark. */
  readonly machineBusyCores: number;
  readonly otherBusyCores: number;
}

export interface SaturationResult {
  /** The highest throughput sustained over about two seconds. */
  readonly maxRps: number;
  /** Why the ramp stopped: "ramp ended" or the threshold that aborted it. */
  readonly stoppedBy: string;
  readonly latencyMs: Latency;
}

export interface Sampled {
  readonly name: string;
  readonly pid: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function latencyOf(values: Record<string, number> | undefined): Latency {
  const v = values ?? {};
  return { avg: v["avg"] ?? NaN, min: v["min"] ?? NaN, p50: v["med"] ?? NaN, p90: v["p(90)"] ?? NaN, p99: v["p(99)"] ?? NaN, max: v["max"] ?? NaN };
}

function metricNames(load: Load): { trend: string; failed: string } {
  return load.script === "grpc.js" ? { trend: "grpc_req_duration", failed: "grpc_req_failed" } : { trend: "http_req_duration", failed: "http_req_failed" };
}

export interface MeasureContext {
  readonly k6: string;
  readonly benchDir: string;
  readonly workDir: string;
  readonly protoEnv: Record<string, string>;
}

function envOf(ctx: MeasureContext, load: Load, extra: Record<string, string>): Record<string, string> {
  return { ...(load.script === "grpc.js" ? ctx.protoEnv : {}), ...load.env, ...extra };
}

export async function measureSteady(ctx: MeasureContext, label: string, load: Load, shape: Shape, sampled: readonly Sampled[]): Promise<SteadyResult> {
  const summaryPath = join(ctx.workDir, `${label}-steady.json`);
  const run = runK6(
    ctx.k6,
    join(ctx.benchDir, "k6", load.script),
    envOf(ctx, load, {
      MODE: "steady",
      SUMMARY_PATH: summaryPath,
      WARMUP_S: String(shape.warmupSeconds),
      WARMUP_RATE: String(shape.warmupRate),
      STEADY_S: String(shape.steadySeconds),
      RATE: String(shape.rate),
      VUS: String(shape.vus),
    }),
    await freePort(),
  );
  let exited = false;
  void run.done.then(() => (exited = true));
  // The clock's zero: the first finished iteration (k6's API answers already while the VUs initialise).
  while (!((await run.iterations()) ?? 0) && !exited) await sleep(20);
  const t0 = Date.now();
  const pids = [...sampled, { name: "k6", pid: run.pid }];
  // The window: from one second into the steady phase to one second before its end (at least half a second).
  const margin = Math.min(1, shape.steadySeconds / 4);
  const startAt = t0 + (shape.warmupSeconds + margin) * 1000;
  const endAt = t0 + (shape.warmupSeconds + shape.steadySeconds - margin) * 1000;
  const rss = new Map<number, number>();
  const sampleRss = () => {
    for (const p of pids) {
      try {
        rss.set(p.pid, Math.max(rss.get(p.pid) ?? 0, rssMb(p.pid)));
      } catch {
        // ended
      }
    }
  };
  while (Date.now() < startAt && !exited) await sleep(50);
  const snap = async () => ({ at: Date.now(), iterations: (await run.iterations()) ?? NaN, cpu: pids.map((p) => safeCpu(p.pid)), machine: machineCpu() });
  const a = await snap();
  while (Date.now() < endAt && !exited) {
    sampleRss();
    await sleep(Math.min(250, Math.max(1, endAt - Date.now())));
  }
  const b = await snap();
  const { code, output } = await run.done;
  if (code !== 0) throw new Error(`k6 (${label}) exited with ${code}:\n${output.slice(-4000)}`);
  if (exited && Number.isNaN(b.iterations)) throw new Error(`k6 (${label}) ended before the sampling window:\n${output.slice(-4000)}`);
  const summary = readSummary(summaryPath);
  const m = metricNames(load);
  const requests = b.iterations - a.iterations;
  const seconds = (b.at - a.at) / 1000;
  const processes = pids.map((p, i) => {
    const system = b.cpu[i]!.system - a.cpu[i]!.system;
    const cpu = b.cpu[i]!.user - a.cpu[i]!.user + system;
    return {
      name: p.name,
      cpuUsPerRequest: (cpu / requests) * 1e6,
      kernelShare: system / cpu,
      vcpuPer1000Rps: cpu / seconds / (requests / seconds / 1000),
      rssMbMax: rss.get(p.pid) ?? 0,
    };
  });
  const busy = b.machine.busy - a.machine.busy;
  const ours = pids.reduce((sum, _p, i) => sum + (b.cpu[i]!.user + b.cpu[i]!.system - a.cpu[i]!.user - a.cpu[i]!.system), 0);
  return {
    latencyMs: latencyOf(summary.metrics[`${m.trend}{scenario:steady}`]?.values),
    requests: summary.metrics["iterations{scenario:steady}"]?.values["count"] ?? 0,
    failedRate: summary.metrics[`${m.failed}{scenario:steady}`]?.values["rate"] ?? 0,
    droppedIterations: summary.metrics["dropped_iterations{scenario:steady}"]?.values["count"] ?? 0,
    rps: requests / seconds,
    windowSeconds: seconds,
    processes,
    machineBusyCores: busy / seconds,
    otherBusyCores: Math.max(0, (busy - ours) / seconds),
  };
}

function safeCpu(pid: number): { user: number; system: number } {
  try {
    return cpuTimes(pid);
  } catch {
    return { user: NaN, system: NaN };
  }
}

export async function measureSaturation(ctx: MeasureContext, label: string, load: Load, shape: Shape): Promise<SaturationResult> {
  const summaryPath = join(ctx.workDir, `${label}-saturation.json`);
  const run = runK6(
    ctx.k6,
    join(ctx.benchDir, "k6", load.script),
    envOf(ctx, load, {
      MODE: "saturation",
      SUMMARY_PATH: summaryPath,
      VUS: String(shape.vus),
      SAT_S: String(shape.saturationSeconds),
      SAT_START_RATE: String(Math.min(shape.rate, shape.saturationMaxRate)),
      SAT_MAX_RATE: String(shape.saturationMaxRate),
      SAT_MAX_VUS: String(shape.saturationMaxVus),
    }),
    await freePort(),
  );
  let exited = false;
  void run.done.then(() => (exited = true));
  const samples: { at: number; n: number }[] = [];
  while (!exited) {
    const n = await run.iterations();
    if (n !== undefined) samples.push({ at: Date.now(), n });
    await sleep(250);
  }
  const { code, output } = await run.done;
  if (code !== 0 && code !== 99) throw new Error(`k6 (${label} saturation) exited with ${code}:\n${output.slice(-4000)}`);
  let maxRps = 0;
  for (let i = 0, j = 0; j < samples.length; j++) {
    while (samples[j]!.at - samples[i]!.at > 2000) i++;
    const dt = samples[j]!.at - samples[i]!.at;
    if (dt >= 1500) maxRps = Math.max(maxRps, ((samples[j]!.n - samples[i]!.n) * 1000) / dt);
  }
  const summary = readSummary(summaryPath);
  const m = metricNames(load);
  return {
    maxRps,
    stoppedBy: code === 99 ? "a threshold (errors >= 1% or p99 over the limit) aborted the ramp" : "ramp ended",
    latencyMs: latencyOf(summary.metrics[m.trend]?.values),
  };
}
