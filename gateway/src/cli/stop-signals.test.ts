/**
 * StopSignals with real signals, in a child process (a signal to the test
 * process itself would end the test run when it is not caught).
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const moduleUrl = new URL("./stop-signals.ts", import.meta.url).href;
const root = fileURLToPath(new URL("../../../", import.meta.url));

/** Runs an ES module body in node (with tsx, so it can import the TypeScript source); resolves with its output and how it ended. */
function runChild(body: string): Promise<{ out: string; code: number | null; signal: NodeJS.Signals | null }> {
  const script = `import { StopSignals } from ${JSON.stringify(moduleUrl)};\n` + `setTimeout(() => { console.log("no handler ran"); process.exit(3); }, 10000).unref();\n` + body;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ out, code, signal })));
}

describe("StopSignals", () => {
  it("hands a signal caught in the same turn as the handler is set to that handler (swapping listeners there loses it)", async () => {
    const r = await runChild(
      [
        "const signals = new StopSignals();",
        'process.kill(process.pid, "SIGTERM");', // caught, not yet dispatched
        'signals.onSignal((s) => { console.log("handled " + s); process.exit(0); });',
        "setInterval(() => {}, 1000);",
      ].join("\n"),
    );
    expect(r.out.trim()).toBe("handled SIGTERM");
    expect(r.code).toBe(0);
  });

  it("remembers a signal that arrived before any handler was set", async () => {
    const r = await runChild(
      [
        "const signals = new StopSignals();",
        'process.kill(process.pid, "SIGINT");',
        "setTimeout(() => {",
        '  console.log("signalled " + signals.signalled);',
        '  signals.onSignal((s) => { console.log("handled " + s); process.exit(0); });',
        "}, 200);",
      ].join("\n"),
    );
    expect(r.out.trim().split("\n")).toEqual(["signalled true", "handled SIGINT"]);
    expect(r.code).toBe(0);
  });

  it("runs the handler once; a second signal then ends the process with its default action", async () => {
    const r = await runChild(
      [
        "const signals = new StopSignals();",
        "signals.onSignal((s) => {",
        '  console.log("handled " + s);',
        '  setTimeout(() => process.kill(process.pid, "SIGTERM"), 50);',
        "});",
        'process.kill(process.pid, "SIGINT");',
        "setInterval(() => {}, 1000);",
      ].join("\n"),
    );
    expect(r.out.trim()).toBe("handled SIGINT");
    expect(r.signal).toBe("SIGTERM");
  });

  it("dispose() gives the signals back their default action", async () => {
    const r = await runChild(["const signals = new StopSignals();", "signals.dispose();", 'process.kill(process.pid, "SIGTERM");', "setInterval(() => {}, 1000);"].join("\n"));
    expect(r.out).toBe("");
    expect(r.signal).toBe("SIGTERM");
  });
});
