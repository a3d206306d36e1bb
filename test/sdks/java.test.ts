/**
 * The generated Java SDK (sdks/java) against live pillion sidecars: this
 * test starts one sidecar with the TypeScript SDK's PillionApp as its app
 * (for the client tests) and one with --app-protocol grpc whose app is the
 * Java SDK's own PillionApp, served by the JUnit tests (AppTest) on the
 * port the sidecar expects; it runs the SDK's JUnit tests with `mvn -q
 * test`, passing the sidecars' ports and app ids as system properties.
 * Then it compiles and runs the README's examples: the client one against
 * the first sidecar, the app-side one as the app of `pillion run
 * --app-protocol grpc -- java AppExample`.
 */
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PillionApp, type AppListener, type TopicEvent } from "../../sdks/typescript/src/node.js";
import { componentYaml } from "../conformance/state/index.js";
import { freePort } from "../harness/ports.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { startRedis, type RedisServer } from "../servers/index.js";
import { waitFor } from "../tools/processes.js";

const run = promisify(execFile);
const javaDir = fileURLToPath(new URL("../../sdks/java/", import.meta.url));
const received: TopicEvent[] = [];
let listener: AppListener;
let sc: SidecarProcess;
let dir: ReturnType<typeof tempDir>;
/** The sidecar whose gRPC app is AppTest's PillionApp, on appPort. */
let appSc: SidecarProcess;
let appPort: number;
/** The resources of the gRPC-app sidecars. */
let appDir: ReturnType<typeof tempDir>;
let redis: RedisServer;

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
  // "retrying" delivers an event answered RETRY again (the in-memory pubsub does not).
  redis = await startRedis();
  appDir = tempDir();
  appDir.file("pubsub.yaml", componentYaml("pubsub", "pubsub.in-memory", {}));
  appDir.file("retrying.yaml", componentYaml("retrying", "pubsub.redis", { redisHost: redis.address, processingTimeout: "1s", redeliverInterval: "250ms" }));
  appPort = await freePort();
  // The app (served by AppTest) is not up yet: wait for the outbound probe only.
  [sc, appSc] = await Promise.all([
    startSidecar({ appId: "sdk-java", appPort: listener.port, appProtocol: "http", resourcesPaths: [dir.path], waitForApp: true }),
    startSidecar({ appId: "sdk-java-app", appPort, appProtocol: "grpc", resourcesPaths: [appDir.path] }),
  ]);
}, 120_000);

afterAll(async () => {
  await Promise.all([sc?.stop(), appSc?.stop()]);
  await listener?.close();
  await redis?.close();
  dir?.remove();
  appDir?.remove();
});

/** Runs mvn in sdks/java; its output is in the error when it fails. */
async function mvn(args: string[]): Promise<string> {
  try {
    const { stdout } = await run("mvn", ["-q", "-B", ...args], { cwd: javaDir, timeout: 540_000, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    const sidecars = [sc, appSc].map((p) => (p.child.exitCode !== null || p.child.signalCode !== null ? `a sidecar exited (${p.child.exitCode ?? p.child.signalCode}):\n${p.output().slice(-4000)}` : "a sidecar is still running"));
    throw new Error(`mvn ${args.join(" ")} failed: ${err.message}\n${err.stdout ?? ""}\n${err.stderr ?? ""}\n${sidecars.join("\n")}`);
  }
}

let classpathOnce: Promise<string> | undefined;

/** The SDK's classes and its dependencies, as a java classpath (mvn resolves it once per run). */
function sdkClasspath(): Promise<string> {
  classpathOnce ??= (async () => {
    const work = tempDir();
    try {
      const cpFile = join(work.path, "cp.txt");
      await mvn(["org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath", `-Dmdep.outputFile=${cpFile}`]);
      return [join(javaDir, "target/classes"), readFileSync(cpFile, "utf8").trim()].join(":");
    } finally {
      work.remove();
    }
  })();
  return classpathOnce;
}

/** The first ```java block after the marker in sdks/java/README.md. */
function readmeExample(marker: string): string {
  const readme = readFileSync(join(javaDir, "README.md"), "utf8");
  const at = readme.indexOf(marker);
  expect(at).toBeGreaterThan(0);
  return /```java\n([\s\S]*?)```/.exec(readme.slice(at))![1]!;
}

describe("the Java SDK", () => {
  it("passes its JUnit tests against the sidecar", async () => {
    await mvn(["test", `-Dpillion.grpcPort=${sc.grpcPort}`, "-Dpillion.appId=sdk-java", `-Dpillion.app.grpcPort=${appSc.grpcPort}`, `-Dpillion.app.port=${appPort}`, `-Dpillion.app.httpPort=${appSc.httpPort}`, "-Dpillion.app.id=sdk-java-app"]);
    const reports = join(javaDir, "target/surefire-reports");
    const summary = readdirSync(reports)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(join(reports, f), "utf8"))
      .join("\n");
    const counts = [...summary.matchAll(/Tests run: (\d+), Failures: (\d+), Errors: (\d+), Skipped: (\d+)/g)].map((m) => m.slice(1).map(Number));
    // SidecarTest 9, AppTest 8, PillionAppTest 7, DataTest 8.
    expect(counts.reduce((a, c) => a + c[0]!, 0)).toBeGreaterThanOrEqual(32);
    expect(counts.every((c) => c[1] === 0 && c[2] === 0 && c[3] === 0)).toBe(true);
    // The event the JUnit test published reached the app.
    const event = await waitFor("the app to receive the Java SDK's event", () => received.find((e) => (e.data as { item?: string }).item === "java"));
    expect(event.data).toEqual({ id: 7, item: "java" });
  }, 600_000);

  it("runs the README's example", async () => {
    const source = readmeExample("<!-- example: tested by test/sdks/java.test.ts -->");
    const work = tempDir({ "Example.java": source });
    try {
      const classpath = [await sdkClasspath(), work.path].join(":");
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

  it("runs the README's app-side example as the app of pillion run --app-protocol grpc", async () => {
    const source = readmeExample("<!-- app-side example: tested by test/sdks/java.test.ts -->");
    const work = tempDir({ "AppExample.java": source });
    let app: SidecarProcess | undefined;
    try {
      const classpath = [await sdkClasspath(), work.path].join(":");
      await run("javac", ["-cp", classpath, "-d", work.path, join(work.path, "AppExample.java")], { timeout: 120_000 });
      // pillion run starts the app with APP_PORT; the sidecar is ready once the app listens.
      app = await startSidecar({
        appId: "java-readme-app",
        appPort: await freePort(),
        appProtocol: "grpc",
        resourcesPaths: [appDir.path],
        waitForApp: true,
        app: ["java", "-cp", classpath, "AppExample"],
      });
      // It reads the app's subscriptions (ListTopicSubscriptions) right after.
      await waitFor("the sidecar to read the app's subscriptions", async () => {
        const meta = (await (await fetch(`${app!.httpUrl}/v1.0/metadata`)).json()) as { subscriptions?: { pubsubname: string; topic: string }[] };
        return meta.subscriptions?.find((s) => s.pubsubname === "pubsub" && s.topic === "orders");
      });
      const published = await fetch(`${app.httpUrl}/v1.0/publish/pubsub/orders`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ id: 3, item: "tea" }) });
      expect(published.status).toBe(204);
      await waitFor("the app to print the order", () => /^order \{id=3, item=tea\}$/m.test(app!.output()) || undefined);

      const invoked = await fetch(`${app.httpUrl}/v1.0/invoke/java-readme-app/method/greet`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "tea" }) });
      expect(invoked.status).toBe(200);
      expect(invoked.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await invoked.json()).toEqual({ greeting: "hello tea" });

      const scheduled = await fetch(`${app.httpUrl}/v1.0-alpha1/jobs/nightly-report`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ dueTime: "1s" }) });
      expect(scheduled.status).toBe(204);
      await waitFor("the app to print the job", () => /^job nightly-report$/m.test(app!.output()) || undefined);
    } finally {
      await app?.stop();
      work.remove();
    }
  }, 300_000);
});
