/**
 * The generated Python SDK (sdks/python) against the real pillion sidecar,
 * in its own toolchain: a cached virtualenv (node_modules/.cache/pillion)
 * with the package's dependencies and pytest, `python -m compileall` of the
 * package, then `pytest` in sdks/python/tests with the sidecar's ports in
 * the environment. The sidecar's app is the SDK's own App (a gRPC app the
 * tests serve on PILLION_APP_PORT).
 */
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { componentYaml } from "../conformance/state/index.js";
import { freePort } from "../harness/ports.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const sdk = join(root, "sdks", "python");
const cacheRoot = join(root, "node_modules", ".cache", "pillion");
/** pytest, pinned; the SDK's own dependencies come from its pyproject.toml. */
const PYTEST = "pytest==8.3.5";

/** The dependencies listed in sdks/python/pyproject.toml's [project] dependencies. */
function sdkDependencies(): string[] {
  const text = readFileSync(join(sdk, "pyproject.toml"), "utf8");
  const list = /^dependencies = \[([\s\S]*?)^\]/m.exec(text)?.[1] ?? "";
  return [...list.matchAll(/^\s*"([^"]+)"/gm)].map((m) => m[1]!);
}

/** A virtualenv with the SDK's dependencies and pytest, built once per dependency list; its python. */
function testVenv(): string {
  const requirements = [...sdkDependencies(), PYTEST];
  const stamp = requirements.join("\n");
  const dir = join(cacheRoot, `python-sdk-test-${createHash("sha256").update(stamp).digest("hex").slice(0, 12)}`);
  const python = join(dir, "bin", "python");
  const marker = join(dir, "installed.txt");
  if (existsSync(marker) && readFileSync(marker, "utf8") === stamp) return python;
  const probe = spawnSync("python3", ["-c", "import venv, ensurepip"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) throw new Error("python3 with the venv module is needed for the Python SDK tests: apt-get install -y python3 python3-venv");
  mkdirSync(cacheRoot, { recursive: true });
  const building = `${dir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  try {
    execFileSync("python3", ["-m", "venv", building], { stdio: ["ignore", "pipe", "pipe"] });
    execFileSync(join(building, "bin", "python"), ["-m", "pip", "install", "--disable-pip-version-check", "--quiet", ...requirements], { stdio: ["ignore", "pipe", "pipe"], timeout: 300_000 });
    writeFileSync(join(building, "installed.txt"), stamp);
    if (!existsSync(marker)) {
      rmSync(dir, { recursive: true, force: true });
      try {
        renameSync(building, dir);
      } catch (e) {
        if (!existsSync(marker)) throw e;
      }
    }
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    throw new Error(`could not build the Python SDK's test virtualenv: ${err.stderr?.toString().trim() || err.message}`);
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  return python;
}

/** Bytecode and caches go to the cache folder, not into the tree. */
const pythonEnv = { PYTHONPYCACHEPREFIX: join(cacheRoot, "pycache"), PYTHONPATH: join(sdk, "src") };

let python: string;
let sc: SidecarProcess;
let dir: ReturnType<typeof tempDir>;
let appPort: number;

beforeAll(async () => {
  python = testVenv();
  dir = tempDir();
  const secrets = dir.file("secrets.json", JSON.stringify({ "db-password": "s3cret", "api-key": "k-123" }));
  dir.file("statestore.yaml", componentYaml("statestore", "state.in-memory", {}));
  dir.file("pubsub.yaml", componentYaml("pubsub", "pubsub.in-memory", {}));
  dir.file("secretstore.yaml", componentYaml("secretstore", "secretstores.local.file", { secretsFile: secrets }));
  dir.file("configstore.yaml", componentYaml("configstore", "configuration.in-memory", { items: JSON.stringify({ greeting: "hello", limit: "10" }) }));
  dir.file("lockstore.yaml", componentYaml("lockstore", "lock.in-memory", {}));
  dir.file("files.yaml", componentYaml("files", "bindings.localstorage", { rootPath: `${dir.path}/files` }));
  appPort = await freePort();
  // The app (served by the tests) is not up yet: wait for the outbound probe only.
  sc = await startSidecar({ appId: "sdk-py", appPort, appProtocol: "grpc", resourcesPaths: [dir.path] });
}, 600_000);

afterAll(async () => {
  await sc?.stop();
  dir?.remove();
});

describe("the Python SDK", () => {
  it("compiles (python -m compileall)", () => {
    const r = spawnSync(python, ["-m", "compileall", "-q", join(sdk, "src"), join(sdk, "tests")], { env: { ...process.env, ...pythonEnv }, encoding: "utf8" });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it("passes its pytest suite against the live sidecar", async () => {
    const env = {
      ...process.env,
      ...pythonEnv,
      PILLION_GRPC_PORT: String(sc.grpcPort),
      PILLION_HTTP_PORT: String(sc.httpPort),
      PILLION_APP_PORT: String(appPort),
      PILLION_APP_ID: "sdk-py",
    };
    const result = await new Promise<{ code: number; out: string }>((resolve) => {
      execFile(python, ["-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs", "tests"], { cwd: sdk, env, timeout: 120_000 }, (err, stdout, stderr) => {
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, out: `${stdout}\n${stderr}` });
      });
    });
    expect(result.code, `${result.out}\n--- sidecar ---\n${sc.output().slice(-4000)}`).toBe(0);
    expect(result.out).toMatch(/passed/);
    expect(result.out).not.toMatch(/skipped/);
  }, 180_000);
});
