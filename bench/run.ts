/**
 * `npm run bench`: the benchmark of the hot paths, side by side with their
 * baselines in one run. Starts the echo apps, Redis and the real pillion
 * binary, runs k6 (built once into a cache), samples CPU and RSS from /proc,
 * and writes bench/results/<date>.json, .md and .svg.
 *
 *   npm run bench                          every scenario, full shape
 *   npm run bench -- --quick               5 s smoke (1 s warm-up, 4 s steady, no saturation)
 *   npm run bench -- --scenarios=http-invoke,state   some scenarios (ids or parts of ids)
 *   npm run bench -- --scenarios=startup             start-up time and idle RSS only (part of every full run)
 *   options: --out=<dir> --no-build --no-saturation --steady=<s> --warmup=<s> --rate=<rps>
 *            --saturation-seconds=<s> --saturation-max-rate=<rps>
 *            --profile=<dir>  run pillion with --cpu-prof, its profile written there when it stops
 *            --startup-runs=<n>  starts measured for the start-up figures (10, quick 3)
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureK6, k6Version } from "./k6.js";
import { measureSaturation, measureSteady, type MeasureContext, type Sampled, type Shape } from "./measure.js";
import { findPid } from "./proc-stats.js";
import { startBareProxy, startEchoApp, startRedisPair, startSidecar, type Proc, type RedisPair, type Sidecar } from "./processes.js";
import { markdownTable, svgChart, targetText, type BenchResults, type Measured, type ScenarioResult, type TargetCheck } from "./report.js";
import { selectScenarios, type AppKind, type Load, type Ports, type Scenario } from "./scenarios.js";
import { measureStartup, startupText, type StartupResult } from "./startup.js";

const benchDir = fileURLToPath(new URL(".", import.meta.url));
const root = fileURLToPath(new URL("..", import.meta.url));

function parseArgs(argv: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of argv) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
    if (!m) throw new Error(`unexpected argument ${a}`);
    out.set(m[1]!, m[2] ?? "true");
  }
  return out;
}

const log = (line: string) => process.stdout.write(`[bench] ${line}\n`);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const quick = args.has("quick");
  const num = (name: string, full: number, q: number) => Number(args.get(name) ?? (quick ? q : full));
  const shape: Shape = {
    warmupSeconds: num("warmup", 10, 1),
    warmupRate: 100,
    steadySeconds: num("steady", 30, 4),
    rate: num("rate", 1000, 1000),
    vus: 16,
    saturationSeconds: num("saturation-seconds", 15, 3),
    saturationMaxRate: num("saturation-max-rate", 20000, 20000),
    saturationMaxVus: 64,
  };
  const saturation = quick ? args.has("saturation") : !args.has("no-saturation");
  // "startup" is not a load scenario: the start-up measurement, in every full run or when named.
  const named = args.get("scenarios")?.split(",").map((s) => s.trim()).filter(Boolean);
  const withStartup = !named || named.includes("startup");
  const loads = named?.filter((s) => s !== "startup");
  const picked = loads && !loads.length ? [] : selectScenarios(loads?.join(","));
  const outDir = args.get("out") ?? join(benchDir, "results");

  if (!args.has("no-build")) {
    log("building dist/ (npm run build)");
    execFileSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: "inherit" });
  }
  const k6 = ensureK6(root, log);
  const workDir = mkdtempSync(join(tmpdir(), "pillion-bench-k6-"));
  const ctx: MeasureContext = {
    k6,
    benchDir,
    workDir,
    protoEnv: {
      PROTO_PATHS: JSON.stringify([join(root, "api"), join(root, "node_modules", "google-proto-files"), join(benchDir, "proto")]),
      PROTO_FILES: JSON.stringify(["google/protobuf/wrappers.proto", "dapr/proto/runtime/v1/dapr.proto", "dapr/proto/runtime/v1/appcallback.proto", "bench/echo.proto"]),
    },
  };
  const date = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  const loadBefore = loadavg().map((n) => Number(n.toFixed(2)));
  let startup: StartupResult | undefined;
  if (withStartup) {
    const runs = num("startup-runs", 10, 3);
    log(`start-up: pillion and a bare node:http server, ${runs} starts each`);
    startup = await measureStartup(root, runs);
    log(startupText(startup));
  }
  const results: ScenarioResult[] = [];
  const baselines = new Map<string, Measured>();

  let redis: RedisPair | undefined;
  try {
    if (picked.some((s) => s.redis)) {
      log("starting redis-server and the minimal Redis client service");
      redis = await startRedisPair(root);
    }
    for (const kind of ["http", "grpc"] as AppKind[]) {
      const group = picked.filter((s) => s.app === kind);
      if (!group.length) continue;
      log(`starting the ${kind} echo app and pillion (--app-protocol ${kind})`);
      const app = await startEchoApp(root, kind);
      let sidecar: Sidecar | undefined;
      let bareProxy: Proc | undefined;
      try {
        if (group.some((s) => s.id === "http-bare-proxy")) bareProxy = await startBareProxy(root, app);
        const profile = args.get("profile");
        const nodeArgs = profile ? ["--cpu-prof", `--cpu-prof-dir=${profile}`, `--cpu-prof-name=pillion-${kind}-app.cpuprofile`] : [];
        sidecar = await startSidecar(root, app, kind, group.some((s) => s.redis) ? redis?.server.address : undefined, nodeArgs);
        const ports: Ports = { sidecarHttp: sidecar.httpPort, sidecarGrpc: sidecar.grpcPort, app: app.port, ...(redis && { redisDirect: redis.direct.port }), ...(bareProxy && { bareProxy: bareProxy.port }) };
        for (const s of group) {
          results.push(await runScenario(ctx, s, ports, { app, sidecar, redis, bareProxy }, shape, saturation, baselines));
        }
      } finally {
        await bareProxy?.stop();
        await sidecar?.stop();
        await app.stop();
      }
    }
  } finally {
    await redis?.direct.stop();
    await redis?.server.close();
    rmSync(workDir, { recursive: true, force: true });
  }

  const cpu = cpus();
  const report: BenchResults = {
    date,
    quick,
    machine: {
      cpuModel: cpu[0]?.model.trim() ?? "unknown",
      cores: cpu.length,
      memoryGb: totalmem() / 2 ** 30,
      kernel: release(),
      node: process.version,
      k6: k6Version,
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadavg().map((n) => Number(n.toFixed(2))),
    },
    shape,
    scenarios: results,
    ...(startup && { startup }),
  };
  mkdirSync(outDir, { recursive: true });
  const stem = join(outDir, `${date.replace(/:/g, "-")}${quick ? "-quick" : ""}`);
  writeFileSync(`${stem}.json`, JSON.stringify(report, null, 2) + "\n");
  writeFileSync(`${stem}.md`, markdownTable(report));
  writeFileSync(`${stem}.svg`, svgChart(report));
  log(`wrote ${stem}.json, .md and .svg`);
  process.stdout.write("\n" + markdownTable(report));
}

interface Running {
  readonly app: Proc;
  readonly sidecar: Sidecar;
  readonly redis: RedisPair | undefined;
  readonly bareProxy: Proc | undefined;
}

function sampledFor(load: Load, run: Running): Sampled[] {
  const redisPid = run.redis ? findPid(["redis-server", `:${run.redis.server.port}`]) : undefined;
  const first: Sampled =
    load.serves === "sidecar" ? { name: "pillion", pid: run.sidecar.pid }
    : load.serves === "app" ? { name: "app", pid: run.app.pid }
    : load.serves === "bare-proxy" ? { name: "bare proxy", pid: run.bareProxy!.pid }
    : { name: "redis client service", pid: run.redis!.direct.pid };
  const rest: Sampled[] = [];
  if (load.serves === "sidecar" || load.serves === "bare-proxy") rest.push({ name: "app", pid: run.app.pid });
  if (redisPid !== undefined) rest.push({ name: "redis-server", pid: redisPid });
  return [first, ...rest];
}

async function runScenario(
  ctx: MeasureContext,
  s: Scenario,
  ports: Ports,
  run: Running,
  shape: Shape,
  saturation: boolean,
  baselines: Map<string, Measured>,
): Promise<ScenarioResult> {
  let baseline: Measured | undefined;
  if (s.baseline) {
    baseline = baselines.get(s.baseline.id);
    if (!baseline) {
      log(`${s.baseline.id}: steady`);
      const load = s.baseline.load(ports);
      const steady = await measureSteady(ctx, s.baseline.id, load, shape, sampledFor(load, run));
      const sat = saturation ? (log(`${s.baseline.id}: saturation`), await measureSaturation(ctx, s.baseline.id, load, shape)) : undefined;
      baseline = { id: s.baseline.id, title: s.baseline.title, steady, ...(sat && { saturation: sat }) };
      baselines.set(s.baseline.id, baseline);
    }
  }
  log(`${s.id}: steady`);
  const load = s.via(ports);
  const steady = await measureSteady(ctx, s.id, load, shape, sampledFor(load, run));
  const sat = saturation ? (log(`${s.id}: saturation`), await measureSaturation(ctx, s.id, load, shape)) : undefined;
  const via: Measured = { id: s.id, title: s.title, steady, ...(sat && { saturation: sat }) };
  const b = baseline?.steady.latencyMs;
  const v = steady.latencyMs;
  const addedMs = b && { p50: v.p50 - b.p50, p90: v.p90 - b.p90, p99: v.p99 - b.p99 };
  const satRatio = baseline?.saturation && sat ? sat.maxRps / baseline.saturation.maxRps : undefined;
  const ratio = b && { p50: v.p50 / b.p50, p90: v.p90 / b.p90, p99: v.p99 / b.p99, ...(satRatio !== undefined && { saturation: satRatio }) };
  const gateway = steady.processes[0]!;
  const targets: TargetCheck[] = [];
  for (const t of s.targets) {
    const value =
      t.kind === "added-p50" ? addedMs?.p50
      : t.kind === "added-p90" ? addedMs?.p90
      : t.kind === "added-p99" ? addedMs?.p99
      : t.kind === "p90" ? v.p90
      : t.kind === "cpu-us" ? gateway.cpuUsPerRequest
      : t.kind === "rss-mb" ? gateway.rssMbMax
      : satRatio;
    if (value === undefined || !Number.isFinite(value)) continue;
    targets.push({ kind: t.kind, limit: t.limit, value, met: t.kind === "saturation-ratio" ? value >= t.limit : value <= t.limit });
  }
  for (const t of targets) log(`  ${targetText(t)}`);
  return { id: s.id, title: s.title, via, ...(baseline && { baseline }), ...(addedMs && { addedMs }), ...(ratio && { ratio }), targets };
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`[bench] failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exit(1);
  },
);
