/**
 * The generated Java SDK (sdks/java) against a live pillion sidecar: this
 * test starts the sidecar (with the TypeScript SDK's PillionApp as its
 * app) and runs the SDK's JUnit tests with `mvn -q test`, passing the
 * sidecar's gRPC port and app id as system properties; then it compiles
 * and runs the README's example against the same sidecar.
 */
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PillionApp, type AppListener, type TopicEvent } from "../../sdks/typescript/src/node.js";
import { componentYaml } from "../conformance/state/index.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { waitFor } from "../tools/processes.js";

const run = promisify(execFile);
const javaDir = fileURLToPath(new URL("../../sdks/java/", import.meta.url));
const received: TopicEvent[] = [];
let listener: AppListener;
let sc: SidecarProcess;
let dir: ReturnType<typeof tempDir>;

beforeAll(async () => {
  listener = await new PillionApp()
    .subscribe("pubsub", "orders", (e) => void received.push(e))
    .onInvoke<{ name?: string }>("greet", (req) => ({ greeting: `hello ${req.data?.name ?? "nobody"}` }))
    .listen();
  dir = tempDir();
  const secrets = dir.file("secrets.json", JSON.stringify({ "db-password": "s3cret" }));
  dir.file("statestore.yaml", componentYaml("statestore", "state.in-memory", {}));
  dir.file("pubsub.yaml", componentYaml("pubsub", "pubsub.in-memory", {}));
  dir.file("secretstore.yaml", componentYaml("secretstore", "secretstores.local.file", { secretsFile: secrets }));
  dir.file("configstore.yaml", componentYaml("configstore", "configuration.in-memory", { items: JSON.stringify({ greeting: "hello" }) }));
  dir.file("lockstore.yaml", componentYaml("lockstore", "lock.in-memory", {}));
  sc = await startSidecar({ appId: "sdk-java", appPort: listener.port, appProtocol: "http", resourcesPaths: [dir.path], waitForApp: true });
});

afterAll(async () => {
  await sc?.stop();
  await listener?.close();
  dir?.remove();
});

/** Runs mvn in sdks/java; its output is in the error when it fails. */
async function mvn(args: string[]): Promise<string> {
  try {
    const { stdout } = await run("mvn", ["-q", "-B", ...args], { cwd: javaDir, timeout: 540_000, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    const sidecar = sc.child.exitCode !== null || sc.child.signalCode !== null ? `the sidecar exited (${sc.child.exitCode ?? sc.child.signalCode}):\n${sc.output().slice(-4000)}` : "the sidecar is still running";
    throw new Error(`mvn ${args.join(" ")} failed: ${err.message}\n${err.stdout ?? ""}\n${err.stderr ?? ""}\n${sidecar}`);
  }
}

describe("the Java SDK", () => {
  it("passes its JUnit tests against the sidecar", async () => {
    await mvn(["test", `-Dpillion.grpcPort=${sc.grpcPort}`, "-Dpillion.appId=sdk-java"]);
    const reports = join(javaDir, "target/surefire-reports");
    const summary = readdirSync(reports)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(join(reports, f), "utf8"))
      .join("\n");
    const counts = [...summary.matchAll(/Tests run: (\d+), Failures: (\d+), Errors: (\d+), Skipped: (\d+)/g)].map((m) => m.slice(1).map(Number));
    expect(counts.reduce((a, c) => a + c[0]!, 0)).toBeGreaterThanOrEqual(9);
    expect(counts.every((c) => c[1] === 0 && c[2] === 0 && c[3] === 0)).toBe(true);
    // The event the JUnit test published reached the app.
    const event = await waitFor("the app to receive the Java SDK's event", () => received.find((e) => (e.data as { item?: string }).item === "java"));
    expect(event.data).toEqual({ id: 7, item: "java" });
  }, 600_000);

  it("runs the README's example", async () => {
    const readme = readFileSync(join(javaDir, "README.md"), "utf8");
    const at = readme.indexOf("<!-- example: tested by test/sdks/java.test.ts -->");
    expect(at).toBeGreaterThan(0);
    const source = /```java\n([\s\S]*?)```/.exec(readme.slice(at))![1]!;
    const work = tempDir({ "Example.java": source });
    try {
      const cpFile = join(work.path, "cp.txt");
      await mvn(["org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath", `-Dmdep.outputFile=${cpFile}`]);
      const classpath = [join(javaDir, "target/classes"), readFileSync(cpFile, "utf8").trim(), work.path].join(":");
      await run("javac", ["-cp", classpath, "-d", work.path, join(work.path, "Example.java")], { timeout: 120_000 });
      const { stdout } = await run("java", ["-cp", classpath, "Example"], {
        timeout: 60_000,
        env: { ...process.env, DAPR_GRPC_PORT: String(sc.grpcPort), DAPR_GRPC_ENDPOINT: "" },
      });
      const [saved, failed] = stdout.trim().split("\n");
      expect(saved).toMatch(/^tea \S+$/);
      expect(failed).toMatch(/^INVALID_ARGUMENT DAPR_STATE_NOT_FOUND .*no-such-store/);
      const event = await waitFor("the app to receive the README's event", () => received.find((e) => (e.data as { item?: string }).item === "tea"));
      expect(event.data).toEqual({ id: 1, item: "tea" });
    } finally {
      work.remove();
    }
  }, 300_000);
});
