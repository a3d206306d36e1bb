/**
 * The figures of a benchmark run: the results document (JSON), a Markdown
 * table and an SVG chart (latency percentiles direct vs via pillion, and
 * CPU time per request), written side by side.
 */
import type { Latency, SaturationResult, SteadyResult } from "./measure.js";
import type { Shape } from "./measure.js";
import type { TargetKind } from "./scenarios.js";
import { startupText, type StartupResult } from "./startup.js";

export interface Measured {
  readonly id: string;
  readonly title: string;
  readonly steady: SteadyResult;
  readonly saturation?: SaturationResult;
}

export interface TargetCheck {
  readonly kind: TargetKind;
  readonly limit: number;
  readonly value: number;
  readonly met: boolean;
}

export interface ScenarioResult {
  readonly id: string;
  readonly title: string;
  readonly via: Measured;
  readonly baseline?: Measured;
  /** via minus direct, ms. */
  readonly addedMs?: Pick<Latency, "p50" | "p90" | "p99">;
  /** via divided by direct. */
  readonly ratio?: Pick<Latency, "p50" | "p90" | "p99"> & { readonly saturation?: number };
  readonly targets: readonly TargetCheck[];
}

export interface BenchResults {
  readonly date: string;
  readonly quick: boolean;
  readonly machine: {
    readonly cpuModel: string;
    readonly cores: number;
    readonly memoryGb: number;
    readonly kernel: string;
    readonly node: string;
    readonly k6: string;
    readonly loadAverageBefore: readonly number[];
    readonly loadAverageAfter: readonly number[];
  };
  readonly shape: Shape;
  readonly scenarios: readonly ScenarioResult[];
  /** Start-up time and idle RSS (full runs, or --scenarios=startup). */
  readonly startup?: StartupResult;
}

const f = (n: number | undefined, digits = 2) => (n === undefined || !Number.isFinite(n) ? "–" : n.toFixed(digits));
const trio = (l: Pick<Latency, "p50" | "p90" | "p99"> | undefined) => (l ? `${f(l.p50)} / ${f(l.p90)} / ${f(l.p99)}` : "–");

const targetLabel: Record<TargetKind, (limit: number) => string> = {
  "added-p50": (l) => `added p50 ≤ ${l} ms`,
  "added-p90": (l) => `added p90 ≤ ${l} ms`,
  "added-p99": (l) => `added p99 ≤ ${l} ms`,
  p90: (l) => `p90 ≤ ${l} ms`,
  "cpu-us": (l) => `CPU ≤ ${l} µs/req`,
  "rss-mb": (l) => `RSS ≤ ${l} MB`,
  "saturation-ratio": (l) => `saturation ≥ ${l * 100}% of direct`,
};

export function targetText(t: TargetCheck): string {
  const value = t.kind === "saturation-ratio" ? `${f(t.value * 100, 0)}%` : f(t.value, t.kind === "cpu-us" || t.kind === "rss-mb" ? 0 : 2);
  return `${t.met ? "met" : "MISSED"}: ${targetLabel[t.kind](t.limit)} (${value})`;
}

export function markdownTable(r: BenchResults): string {
  const lines = [
    `Benchmark of ${r.date}${r.quick ? " (quick smoke: figures are not meaningful)" : ""}: ${r.machine.cores} × ${r.machine.cpuModel}, ${f(r.machine.memoryGb, 0)} GB, Linux ${r.machine.kernel}, Node ${r.machine.node}, k6 ${r.machine.k6}.`,
    `Load: ${r.shape.warmupSeconds} s at ${r.shape.warmupRate} rps, then ${r.shape.steadySeconds} s at ${r.shape.rate} rps (constant-arrival-rate, ${r.shape.vus} VUs, 1 KB payloads); load average before ${r.machine.loadAverageBefore.join(" ")}, after ${r.machine.loadAverageAfter.join(" ")}.`,
    "",
    "| Scenario | direct p50 / p90 / p99 ms | via pillion p50 / p90 / p99 ms | added p50 / p90 / p99 ms | gateway CPU µs/req (kernel share) | vCPU per 1000 rps | gateway RSS MB | app CPU µs/req | max rps direct / via | other load (cores) |",
    "|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const s of r.scenarios) {
    const gw = s.via.steady.processes[0];
    const app = s.via.steady.processes.find((p) => p.name === "app");
    const baseSat = s.baseline?.saturation?.maxRps;
    const viaSat = s.via.saturation?.maxRps;
    // 0: the ramp was aborted (errors or latency) before two seconds of samples, so no throughput was measured.
    const satText = (n: number | undefined) => (n === undefined || n === 0 ? "–" : f(n, 0));
    const ratio = s.ratio?.saturation !== undefined && Number.isFinite(s.ratio.saturation) && viaSat ? ` (${f(s.ratio.saturation * 100, 0)}%)` : "";
    const sat = viaSat === undefined ? "–" : `${satText(baseSat)} / ${satText(viaSat)}${ratio}`;
    const failed = s.via.steady.failedRate > 0 || (s.baseline?.steady.failedRate ?? 0) > 0 ? ` ⚠ errors ${f(s.via.steady.failedRate * 100, 1)}%` : "";
    lines.push(
      `| ${s.title}${s.baseline ? ` <br>vs ${s.baseline.title}` : ""}${failed} | ${trio(s.baseline?.steady.latencyMs)} | ${trio(s.via.steady.latencyMs)} | ${trio(s.addedMs)} | ${f(gw?.cpuUsPerRequest, 0)} (${f((gw?.kernelShare ?? NaN) * 100, 0)}%) | ${f(gw?.vcpuPer1000Rps, 3)} | ${f(gw?.rssMbMax, 0)} | ${f(app?.cpuUsPerRequest, 0)} | ${sat} | ${f(s.via.steady.otherBusyCores, 2)} |`,
    );
  }
  const floors = r.scenarios
    .filter((s) => s.baseline)
    .map((s) => `${s.baseline!.title}: ${f(s.baseline!.steady.processes[0]?.cpuUsPerRequest, 0)} µs/req (${f((s.baseline!.steady.processes[0]?.kernelShare ?? NaN) * 100, 0)}% in the kernel)`);
  const unique = [...new Set(floors)];
  if (unique.length) lines.push("", `Floor (CPU per request of the process serving the direct load): ${unique.join("; ")}.`);
  const checks = r.scenarios.flatMap((s) => s.targets.map((t) => `- ${s.title}: ${targetText(t)}`));
  // A start-up-only run (--scenarios=startup) has no load table.
  if (!r.scenarios.length) lines.splice(1);
  if (r.startup) lines.push("", startupText(r.startup));
  if (checks.length) lines.push("", "Targets:", "", ...checks);
  return lines.join("\n") + "\n";
}

// ---- SVG chart ------------------------------------------------------------------

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const colors = { direct: "#9aa5b1", via: "#2f6fde", app: "#c9a227" };

interface Bar {
  readonly label: string;
  readonly value: number;
  readonly color: string;
}

interface Group {
  readonly label: string;
  readonly bars: readonly Bar[];
}

const rowH = 11;
const labelW = 300;
const plotW = 520;

/** Horizontal bars, one group per scenario; log scale when `log`. Returns the fragment and its height. */
function barChart(title: string, unit: string, groups: readonly Group[], y0: number, log: boolean): { svg: string; height: number } {
  const values = groups.flatMap((g) => g.bars.map((b) => b.value)).filter((v) => Number.isFinite(v) && v > 0);
  const max = Math.max(...values, log ? 1 : 1e-9);
  const min = log ? Math.min(0.01, ...values) : 0;
  const lo = log ? Math.floor(Math.log10(min)) : 0;
  const hi = log ? Math.ceil(Math.log10(max)) : max * 1.1;
  const x = (v: number) => labelW + (log ? ((Math.log10(Math.max(v, 10 ** lo)) - lo) / (hi - lo)) * plotW : (v / hi) * plotW);
  const out: string[] = [`<text x="10" y="${y0 + 16}" font-size="14" font-weight="bold">${esc(title)}</text>`];
  let y = y0 + 34;
  const top = y;
  for (const g of groups) {
    const label = g.label.length > 46 ? `${g.label.slice(0, 45)}…` : g.label;
    out.push(`<text x="${labelW - 8}" y="${y + rowH}" font-size="11" text-anchor="end"><title>${esc(g.label)}</title>${esc(label)}</text>`);
    for (const b of g.bars) {
      const w = Number.isFinite(b.value) ? Math.max(1, x(b.value) - labelW) : 0;
      out.push(`<rect x="${labelW}" y="${y}" width="${w.toFixed(1)}" height="${rowH - 2}" fill="${b.color}"><title>${esc(`${g.label} ${b.label}: ${f(b.value, 3)} ${unit}`)}</title></rect>`);
      out.push(`<text x="${(labelW + w + 4).toFixed(1)}" y="${y + rowH - 3}" font-size="9">${esc(`${b.label} ${f(b.value, b.value >= 10 ? 0 : 2)}`)}</text>`);
      y += rowH;
    }
    y += 6;
  }
  const ticks = log ? Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i)) : [0, hi / 4, hi / 2, (3 * hi) / 4, hi];
  for (const t of ticks) {
    out.push(`<line x1="${x(t).toFixed(1)}" y1="${top - 4}" x2="${x(t).toFixed(1)}" y2="${y}" stroke="#ddd"/>`);
    out.push(`<text x="${x(t).toFixed(1)}" y="${y + 12}" font-size="9" text-anchor="middle">${t >= 1 || t === 0 ? f(t, t >= 10 || t === 0 ? 0 : 1) : String(t)} ${unit}</text>`);
  }
  return { svg: out.join("\n"), height: y + 22 - y0 };
}

export function svgChart(r: BenchResults): string {
  const latency: Group[] = r.scenarios.map((s) => ({
    label: s.title,
    bars: (["p50", "p90", "p99"] as const).flatMap((p) => [
      ...(s.baseline ? [{ label: `${p} direct`, value: s.baseline.steady.latencyMs[p], color: colors.direct }] : []),
      { label: `${p} via pillion`, value: s.via.steady.latencyMs[p], color: colors.via },
    ]),
  }));
  const cpu: Group[] = r.scenarios.map((s) => ({
    label: s.title,
    bars: [
      ...(s.baseline ? [{ label: "direct: serving process", value: s.baseline.steady.processes[0]?.cpuUsPerRequest ?? NaN, color: colors.direct }] : []),
      { label: "pillion", value: s.via.steady.processes[0]?.cpuUsPerRequest ?? NaN, color: colors.via },
    ],
  }));
  const head = `pillion benchmark ${r.date}${r.quick ? " (quick smoke)" : ""}: ${r.shape.rate} rps, 1 KB, ${r.machine.cores} × ${r.machine.cpuModel}`;
  const a = barChart("Latency (ms, log scale): direct vs via pillion", "ms", latency, 24, true);
  const b = barChart("CPU time per request (µs)", "µs", cpu, 24 + a.height + 10, false);
  const height = 24 + a.height + 10 + b.height + 10;
  const width = labelW + plotW + 120;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="16" font-size="12">${esc(head)}</text>`,
    a.svg,
    b.svg,
    "</svg>",
    "",
  ].join("\n");
}
