/**
 * k6 for the benchmark: built from source with `go install` at a pinned
 * version into node_modules/.cache/pillion/k6/<version>/ (once; later runs
 * reuse it), and run with its REST API on so that the orchestrator can read
 * the live iteration count while a test runs.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const k6Version = "v1.8.1";

/**
 * The k6 binary, built when missing. `root` is the repository. PILLION_K6_CACHE
 * moves the cache (e.g. to a folder a CI keeps between runs, as `npm ci`
 * empties node_modules).
 */
export function ensureK6(root: string, log: (line: string) => void): string {
  const dir = join(process.env["PILLION_K6_CACHE"] ?? join(root, "node_modules", ".cache", "pillion", "k6"), k6Version);
  const bin = join(dir, "k6");
  if (existsSync(bin)) return bin;
  const go = spawnSync("go", ["version"], { encoding: "utf8" });
  if (go.status !== 0) throw new Error("k6 is not built yet and Go is missing: install Go (https://go.dev/dl/), then run the benchmark again");
  mkdirSync(dir, { recursive: true });
  log(`building k6 ${k6Version} with go install into ${dir} (once; takes a few minutes)`);
  const r = spawnSync("go", ["install", `go.k6.io/k6@${k6Version}`], { env: { ...process.env, GOBIN: dir }, stdio: ["ignore", "inherit", "inherit"] });
  if (r.status !== 0 || !existsSync(bin)) throw new Error(`go install go.k6.io/k6@${k6Version} failed (exit ${r.status})`);
  return bin;
}

export interface K6Run {
  readonly pid: number;
  /** The live count of finished iterations (undefined until k6's API answers). */
  iterations(): Promise<number | undefined>;
  /** Resolves with k6's exit code once it ends (99 = a threshold aborted the test, expected in saturation runs). */
  readonly done: Promise<{ code: number | null; output: string }>;
}

export function runK6(bin: string, script: string, env: Record<string, string>, apiPort: number): K6Run {
  const child = spawn(bin, ["run", "--quiet", "--no-color", "--address", `127.0.0.1:${apiPort}`, script], {
    env: { ...process.env, ...env, K6_NO_USAGE_REPORT: "true" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const done = new Promise<{ code: number | null; output: string }>((resolve) => child.once("exit", (code) => resolve({ code, output })));
  return {
    pid: child.pid!,
    done,
    iterations: async () => {
      try {
        const res = await fetch(`http://127.0.0.1:${apiPort}/v1/metrics/iterations`, { signal: AbortSignal.timeout(5000) });
        if (!res.ok) return undefined;
        const body = (await res.json()) as { data?: { attributes?: { sample?: { count?: number } } } };
        return body.data?.attributes?.sample?.count ?? 0;
      } catch {
        return undefined;
      }
    },
  };
}

/** k6's end-of-test summary (handleSummary's data). */
export interface K6Summary {
  readonly metrics: Record<string, { type: string; values: Record<string, number> }>;
}

export function readSummary(path: string): K6Summary {
  return JSON.parse(readFileSync(path, "utf8")) as K6Summary;
}
