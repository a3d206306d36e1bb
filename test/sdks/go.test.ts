/**
 * The generated Go SDK (sdks/go) against the real pillion sidecar, in its
 * own toolchain: `go vet ./...`, then `go test ./...` in sdks/go with the
 * sidecar's ports in the environment (GOFLAGS=-mod=mod; modules and builds
 * come from Go's own caches). The sidecar's app is the SDK's own App (a gRPC
 * app the Go tests serve on PILLION_APP_PORT).
 */
import { execFile, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { componentYaml } from "../conformance/state/index.js";
import { freePort } from "../harness/ports.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";

const sdk = fileURLToPath(new URL("../../sdks/go/", import.meta.url));
const goEnv = { ...process.env, GOFLAGS: "-mod=mod", GOTOOLCHAIN: "local" };

let sc: SidecarProcess;
let dir: ReturnType<typeof tempDir>;
let appPort: number;

beforeAll(async () => {
  const probe = spawnSync("go", ["version"], { encoding: "utf8" });
  if (probe.error) throw new Error("go is needed for the Go SDK tests (https://go.dev/dl/, 1.25 or later)");
  dir = tempDir();
  const secrets = dir.file("secrets.json", JSON.stringify({ "db-password": "s3cret", "api-key": "k-123" }));
  dir.file("statestore.yaml", componentYaml("statestore", "state.in-memory", {}));
  dir.file("pubsub.yaml", componentYaml("pubsub", "pubsub.in-memory", {}));
  dir.file("secretstore.yaml", componentYaml("secretstore", "secretstores.local.file", { secretsFile: secrets }));
  dir.file("configstore.yaml", componentYaml("configstore", "configuration.in-memory", { items: JSON.stringify({ greeting: "hello", limit: "10" }) }));
  dir.file("lockstore.yaml", componentYaml("lockstore", "lock.in-memory", {}));
  dir.file("files.yaml", componentYaml("files", "bindings.localstorage", { rootPath: `${dir.path}/files` }));
  appPort = await freePort();
  // The app (served by the Go tests) is not up yet: wait for the outbound probe only.
  sc = await startSidecar({ appId: "sdk-go", appPort, appProtocol: "grpc", resourcesPaths: [dir.path] });
}, 120_000);

afterAll(async () => {
  await sc?.stop();
  dir?.remove();
});

function go(args: string[], env: NodeJS.ProcessEnv, timeout: number): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile("go", args, { cwd: sdk, env, timeout, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, out: `${stdout}\n${stderr}` });
    });
  });
}

describe("the Go SDK", () => {
  it("passes go vet", async () => {
    const r = await go(["vet", "./..."], goEnv, 300_000);
    expect(r.code, r.out).toBe(0);
  }, 300_000);

  it("passes its go test suite against the live sidecar", async () => {
    const env = { ...goEnv, PILLION_GRPC_PORT: String(sc.grpcPort), PILLION_HTTP_PORT: String(sc.httpPort), PILLION_APP_PORT: String(appPort), PILLION_APP_ID: "sdk-go" };
    const r = await go(["test", "-count=1", "-v", "."], env, 300_000);
    expect(r.code, `${r.out}\n--- sidecar ---\n${sc.output().slice(-4000)}`).toBe(0);
    expect(r.out).toMatch(/--- PASS: TestStateRoundTripWithETags/);
    expect(r.out).toMatch(/--- PASS: TestReadmeExample/);
    expect(r.out).toMatch(/--- PASS: TestAJobScheduledThroughTheHTTPAPIArrivesDecoded/);
    expect(r.out).not.toMatch(/--- (SKIP|FAIL)/);
  }, 300_000);
});
