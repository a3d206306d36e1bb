/**
 * A cached virtualenv with the official Dapr Python SDK, for tests that read
 * what that SDK ships (its compiled protos). Created once under
 * node_modules/.cache/pillion/ and reused by later runs.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cacheRoot = join(root, "node_modules", ".cache", "pillion");

/** The python3 of the machine, or an error that says how to get it. */
function systemPython(): string {
  const probe = spawnSync("python3", ["-c", "import venv, ensurepip"], { encoding: "utf8" });
  if (probe.error) {
    throw new Error("python3 is not installed; the Dapr Python SDK compatibility test needs it. Install it with: apt-get install -y python3 python3-venv");
  }
  if (probe.status !== 0) {
    throw new Error(`python3 cannot create virtualenvs (${probe.stderr.trim().split("\n").at(-1)}). Install the venv module with: apt-get install -y python3-venv`);
  }
  return "python3";
}

/**
 * The python executable of a virtualenv holding `dapr==<version>`, created
 * on first use. A half-built env is never reused: it is built in a temporary
 * folder and renamed into place only when pip succeeded.
 */
export function daprPythonSdk(version: string): string {
  const dir = join(cacheRoot, `python-dapr-${version}`);
  const python = join(dir, "bin", "python");
  const marker = join(dir, "installed.txt");
  if (existsSync(marker) && readFileSync(marker, "utf8").trim() === `dapr==${version}`) return python;
  mkdirSync(cacheRoot, { recursive: true });
  const building = `${dir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  try {
    execFileSync(systemPython(), ["-m", "venv", building], { stdio: ["ignore", "pipe", "pipe"] });
    execFileSync(join(building, "bin", "python"), ["-m", "pip", "install", "--disable-pip-version-check", "--quiet", `dapr==${version}`], {
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 300_000,
    });
  } catch (e) {
    rmSync(building, { recursive: true, force: true });
    const err = e as { stderr?: Buffer; message: string };
    throw new Error(
      `could not install dapr==${version} into a virtualenv: ${err.stderr?.toString().trim() || err.message}\n` +
        `To do it by hand: python3 -m venv ${dir} && ${python} -m pip install dapr==${version}`,
    );
  }
  writeFileSync(join(building, "installed.txt"), `dapr==${version}\n`);
  // Another test process may have finished first (and may be using its env): keep that one.
  if (!existsSync(marker)) {
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true }); // an unfinished env of another version of this file
    try {
      renameSync(building, dir);
    } catch (e) {
      if (!existsSync(marker)) throw e;
    }
  }
  rmSync(building, { recursive: true, force: true });
  return python;
}

/** Runs a script from test/tools/ with the given python and returns its stdout bytes. */
export function runPythonTool(python: string, script: string): Buffer {
  try {
    return execFileSync(python, [join(root, "test", "tools", script)], { stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    throw new Error(`${script} failed: ${err.stderr?.toString().trim() || err.message}`);
  }
}
