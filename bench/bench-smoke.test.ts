/**
 * The benchmark's smoke run, as CI runs it: `npm run bench -- --quick` with
 * the lightest scenario (HTTP invocation and its direct baseline) produces
 * the results document, the Markdown table and the SVG chart. It checks
 * that the load went through without errors, never how fast.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, test } from "vitest";
import type { BenchResults } from "./report.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "pillion-bench-smoke-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function run(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.once("exit", (code) => resolve({ code, output }));
  });
}

// The first run on a machine builds k6 with go install (a few minutes, cached afterwards).
test("npm run bench -- --quick writes the results, the table and the chart", { timeout: 15 * 60_000 }, async () => {
  // dist/ is built by the test setup already.
  const { code, output } = await run(["run", "bench", "--", "--quick", "--no-build", "--scenarios=http-invoke", `--out=${out}`]);
  expect(code, output).toBe(0);
  const files = readdirSync(out).sort();
  const stem = files.find((f) => f.endsWith("-quick.json"))?.slice(0, -".json".length);
  expect(stem, files.join(", ")).toBeDefined();
  expect(files).toEqual([`${stem}.json`, `${stem}.md`, `${stem}.svg`]);

  const results = JSON.parse(readFileSync(join(out, `${stem}.json`), "utf8")) as BenchResults;
  expect(results.quick).toBe(true);
  expect(results.scenarios.map((s) => s.id)).toEqual(["http-invoke"]);
  const [s] = results.scenarios;
  for (const m of [s!.via, s!.baseline!]) {
    expect(m.steady.requests).toBeGreaterThan(0);
    expect(m.steady.failedRate).toBe(0);
    expect(m.steady.processes[0]!.cpuUsPerRequest).toBeGreaterThan(0);
  }
  expect(s!.via.steady.processes[0]!.name).toBe("pillion");
  expect(s!.addedMs).toBeDefined();

  const table = readFileSync(join(out, `${stem}.md`), "utf8");
  expect(table).toContain("| HTTP invoke /v1.0/invoke/{app}/method/echo");
  const svg = readFileSync(join(out, `${stem}.svg`), "utf8");
  expect(svg.startsWith("<svg")).toBe(true);
  expect(svg).toContain("via pillion");
});
