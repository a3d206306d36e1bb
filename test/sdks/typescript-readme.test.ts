/**
 * The TypeScript SDK as its README tells users to use it: the package is
 * built (tsc, as `npm pack` does) and installed into an app folder under
 * node_modules/@pillion/sdk, and the README's example, taken from the
 * README itself, runs as that app's script (tsx) against a live sidecar
 * whose ports it finds in DAPR_GRPC_PORT / DAPR_HTTP_PORT. The README's
 * app-side example runs as the app of `pillion run --app-protocol http`,
 * which gets an event, an invocation and a due job.
 */
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PillionApp, type AppListener, type TopicEvent } from "../../sdks/typescript/src/node.js";
import { componentYaml } from "../conformance/state/index.js";
import { freePort } from "../harness/ports.js";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { waitFor } from "../tools/processes.js";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
const sdkDir = join(root, "sdks/typescript");

/** A tested example of the README: the first ```ts block after its marker. */
function readmeExample(marker = "<!-- example: tested by test/sdks/typescript-readme.test.ts -->"): string {
  const readme = readFileSync(join(sdkDir, "README.md"), "utf8");
  const at = readme.indexOf(marker);
  expect(at).toBeGreaterThan(0);
  const m = /```ts\n([\s\S]*?)```/.exec(readme.slice(at));
  return m![1]!;
}

let sc: SidecarProcess;
let listener: AppListener;
let dir: ReturnType<typeof tempDir>;
const received: TopicEvent[] = [];

beforeAll(async () => {
  // Build the package (dist/, what `npm pack` ships) while the sidecar starts.
  const build = run(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(sdkDir, "tsconfig.json")]);
  listener = await new PillionApp().subscribe("pubsub", "orders", (e) => void received.push(e)).listen();
  dir = tempDir();
  dir.file("statestore.yaml", componentYaml("statestore", "state.in-memory", {}));
  dir.file("pubsub.yaml", componentYaml("pubsub", "pubsub.in-memory", {}));
  sc = await startSidecar({ appId: "readme-app", appPort: listener.port, appProtocol: "http", resourcesPaths: [dir.path], waitForApp: true });
  await build;
}, 120_000);

afterAll(async () => {
  await sc?.stop();
  await listener?.close();
  dir?.remove();
});

/** An app folder under the temp dir with the SDK installed (node_modules/@pillion/sdk); its path. */
function appFolder(name: string): string {
  const app = join(dir.path, name);
  mkdirSync(join(app, "node_modules/@pillion"), { recursive: true });
  symlinkSync(sdkDir, join(app, "node_modules/@pillion/sdk"), "dir");
  dir.file(`${name}/package.json`, JSON.stringify({ name: "readme-app", type: "module", private: true }));
  return app;
}

describe("the TypeScript SDK's README example", () => {
  it("runs as an installed package against the sidecar", async () => {
    const app = appFolder("app");
    dir.file("app/example.ts", readmeExample());

    const { stdout } = await run(join(root, "node_modules/.bin/tsx"), ["example.ts"], {
      cwd: app,
      env: { ...process.env, DAPR_GRPC_PORT: String(sc.grpcPort), DAPR_HTTP_PORT: String(sc.httpPort), DAPR_GRPC_ENDPOINT: "", DAPR_HTTP_ENDPOINT: "" },
      timeout: 60_000,
    });
    const [saved, failed] = stdout.trim().split("\n");
    expect(saved).toMatch(/^tea \S+$/);
    expect(failed).toMatch(/^InvalidArgument DAPR_STATE_NOT_FOUND .*no-such-store/);
    const event = await waitFor("the app to receive the README's event", () => received[0]);
    expect(event.data).toEqual({ id: 1, item: "tea" });
  });

  it("runs the app-side example as the app of pillion run --app-protocol http", async () => {
    appFolder("app-side");
    const script = dir.file("app-side/app.ts", readmeExample("<!-- app-side example: tested by test/sdks/typescript-readme.test.ts -->"));
    let app: SidecarProcess | undefined;
    try {
      // pillion run starts the app with APP_PORT; the sidecar is ready once the app listens.
      app = await startSidecar({
        appId: "readme-app-side",
        appPort: await freePort(),
        appProtocol: "http",
        resourcesPaths: [dir.path],
        waitForApp: true,
        app: [join(root, "node_modules/.bin/tsx"), script],
      });
      await waitFor("the sidecar to read the app's subscriptions", async () => {
        const meta = (await (await fetch(`${app!.httpUrl}/v1.0/metadata`)).json()) as { subscriptions?: { pubsubname: string; topic: string }[] };
        return meta.subscriptions?.find((s) => s.pubsubname === "pubsub" && s.topic === "orders");
      });
      const published = await fetch(`${app.httpUrl}/v1.0/publish/pubsub/orders`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ id: 3, item: "tea" }) });
      expect(published.status).toBe(204);
      await waitFor("the app to print the order", () => /^order 3$/m.test(app!.output()) || undefined);

      const invoked = await fetch(`${app.httpUrl}/v1.0/invoke/readme-app-side/method/greet`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "tea" }) });
      expect(invoked.status).toBe(200);
      expect(await invoked.json()).toEqual({ greeting: "hello tea" });

      const scheduled = await fetch(`${app.httpUrl}/v1.0-alpha1/jobs/nightly-report`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ dueTime: "0s", data: { report: "weekly" } }),
      });
      expect(scheduled.status).toBe(204);
      await waitFor("the app to print the job", () => /^job nightly-report weekly$/m.test(app!.output()) || undefined);
    } finally {
      await app?.stop();
    }
  }, 120_000);
});

describe("the TypeScript SDK's browser entry point", () => {
  it("imports nothing of Node: the modules reachable from dist/index.js use fetch-based transports only", () => {
    const seen = new Set<string>();
    const foreign: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*"([^"]+)"|import\("([^"]+)"\)/g)) {
        const spec = m[1] ?? m[2]!;
        if (spec.startsWith(".")) visit(resolve(dirname(file), spec));
        else if (spec.startsWith("node:") || spec === "@connectrpc/connect-node" || /^(fs|http|http2|net|path|url|os|child_process)$/.test(spec)) foreign.push(`${file}: ${spec}`);
      }
    };
    visit(join(sdkDir, "dist/index.js"));
    expect(seen.size).toBeGreaterThan(10);
    expect(foreign).toEqual([]);
    // The Node entry point does reach connect-node (the check above can see it).
    const nodeEntry = readFileSync(join(sdkDir, "dist/node.js"), "utf8");
    expect(nodeEntry).toContain("@connectrpc/connect-node");
  });
});
