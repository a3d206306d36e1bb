/**
 * Bad component files: start-up is refused with exit code 1 and a message
 * naming the file, the line and the field; with spec.ignoreErrors: true the
 * sidecar starts anyway and the metadata API marks the failed component.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runPillion, startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";

const dirs: { remove(): void }[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) d.remove();
});

const header = (name: string) => ["apiVersion: dapr.io/v1alpha1", "kind: Component", "metadata:", `  name: ${name}`].join("\n");

/** Runs pillion on one resource file and returns its exit code and output. */
async function startWith(file: string, text: string, env: Record<string, string> = {}) {
  const dir = tempDir({ [file]: text });
  dirs.push(dir);
  const res = await runPillion(["run", "--app-id", "bad-components", "--dapr-http-port", "0", "--dapr-grpc-port", "0", "--resources-path", dir.path], { env });
  return { ...res, path: `${dir.path}/${file}` };
}

describe("a bad component file refuses start-up with exit code 1, naming file, line and field", () => {
  it("missing spec.type", async () => {
    const r = await startWith("no-type.yaml", [header("store"), "spec:", "  version: v1", "  metadata: []"].join("\n"));
    expect(r.code, r.output).toBe(1);
    expect(r.output).toContain(`${r.path}:6: spec.type: is required`);
  });

  it("an unknown type, listing the known types of that kind", async () => {
    const r = await startWith("unknown.yaml", [header("store"), "spec:", "  type: state.nosuch", "  version: v1"].join("\n"));
    expect(r.code, r.output).toBe(1);
    expect(r.output).toMatch(new RegExp(`${escape(r.path)}:6: spec\\.type: unknown component type "state\\.nosuch" \\(known state types: [^)]*state\\.in-memory`));
  });

  it("an unknown kind, listing the known kinds", async () => {
    const r = await startWith("kind.yaml", [header("store"), "spec:", "  type: storage.disk", "  version: v1"].join("\n"));
    expect(r.code, r.output).toBe(1);
    expect(r.output).toContain(`${r.path}:6: spec.type: "storage.disk" has an unknown kind "storage" (known: state, pubsub`);
  });

  it("an unknown version", async () => {
    const r = await startWith("version.yaml", [header("store"), "spec:", "  type: state.in-memory", "  version: v9"].join("\n"));
    expect(r.code, r.output).toBe(1);
    expect(r.output).toContain(`${r.path}:7: spec.version: state.in-memory has no version "v9"`);
  });

  it("a bad value for a driver's metadata field", async () => {
    const text = [header("store"), "spec:", "  type: state.in-memory", "  version: v1", "  metadata:", "  - name: actorStateStore", '    value: "true"', "  - name: cleanupInterval", "    value: soon"].join("\n");
    const r = await startWith("bad-value.yaml", text);
    expect(r.code, r.output).toBe(1);
    expect(r.output).toContain(`${r.path}:12: spec.metadata[1].value: cleanupInterval: "soon" is not a duration`);
  });

  it("a secretKeyRef without a secret store", async () => {
    const text = [header("store"), "spec:", "  type: state.in-memory", "  version: v1", "  metadata:", "  - name: password", "    secretKeyRef:", "      name: db", "      key: password"].join("\n");
    const r = await startWith("secret.yaml", text);
    expect(r.code, r.output).toBe(1);
    expect(r.output).toContain(`${r.path}:11: spec.metadata[0].secretKeyRef: refers to secret "db" but the component names no secret store: set auth.secretStore`);
  });

  it("an envRef to a variable that is not set", async () => {
    const text = [header("store"), "spec:", "  type: state.in-memory", "  version: v1", "  metadata:", "  - name: cleanupInterval", "    envRef: PILLION_TEST_UNSET_VARIABLE"].join("\n");
    const r = await startWith("env.yaml", text);
    expect(r.code, r.output).toBe(1);
    expect(r.output).toContain(`${r.path}:10: spec.metadata[0].envRef: environment variable PILLION_TEST_UNSET_VARIABLE is not set`);
  });

  it("invalid YAML", async () => {
    const r = await startWith("broken.yaml", [header("store"), "spec:", "  type: state.in-memory", "  metadata: [ { name: a, value: b }", "  version: v1"].join("\n"));
    expect(r.code, r.output).toBe(1);
    expect(r.output).toMatch(new RegExp(`${escape(r.path)}:\\d+: invalid YAML`));
  });

  it("two components with the same name", async () => {
    const one = [header("store"), "spec:", "  type: state.in-memory", "  version: v1"].join("\n");
    const r = await startWith("twice.yaml", `${one}\n---\n${one}\n`);
    expect(r.code, r.output).toBe(1);
    expect(r.output).toContain("store");
    expect(r.output).toMatch(/exists already|twice/);
  });

  it("a missing metadata.name", async () => {
    const r = await startWith("noname.yaml", ["apiVersion: dapr.io/v1alpha1", "kind: Component", "metadata:", "  namespace: default", "spec:", "  type: state.in-memory"].join("\n"));
    expect(r.code, r.output).toBe(1);
    expect(r.output).toContain(`${r.path}:4: metadata.name: is required`);
  });

  it("uses the value of a set envRef variable (the same file starts)", async () => {
    const text = [header("store"), "spec:", "  type: state.in-memory", "  version: v1", "  metadata:", "  - name: cleanupInterval", "    envRef: PILLION_TEST_CLEANUP"].join("\n");
    const dir = tempDir({ "env.yaml": text });
    dirs.push(dir);
    const sc = await startSidecar({ resourcesPaths: [dir.path], env: { PILLION_TEST_CLEANUP: "2s" } });
    try {
      const meta = (await (await fetch(`${sc.httpUrl}/v1.0/metadata`)).json()) as { components: { name: string }[] };
      expect(meta.components.map((c) => c.name)).toContain("store");
    } finally {
      await sc.stop();
    }
  });
});

describe("spec.ignoreErrors: true", () => {
  let sc: SidecarProcess;
  const dir = tempDir();
  beforeAll(async () => {
    dir.file("good.yaml", [header("good"), "spec:", "  type: state.in-memory", "  version: v1"].join("\n"));
    dir.file("unknown.yaml", [header("ghost"), "spec:", "  type: state.nosuch", "  version: v1", "  ignoreErrors: true"].join("\n"));
    dir.file("bad-value.yaml", [header("flaky"), "spec:", "  type: state.in-memory", "  version: v1", "  ignoreErrors: true", "  metadata:", "  - name: cleanupInterval", "    value: soon"].join("\n"));
    sc = await startSidecar({ resourcesPaths: [dir.path] });
  });
  afterAll(async () => {
    await sc?.stop();
    dir.remove();
  });

  it("starts and logs why each failed component was skipped", () => {
    const lines = sc.output().split("\n");
    const logged = (name: string) => lines.find((l) => l.includes("ignoreErrors") && l.includes(`name=${name}`)) ?? "";
    expect(logged("ghost")).toMatch(/unknown\.yaml:6: spec\.type: unknown component type \\?"state\.nosuch\\?"/);
    expect(logged("flaky")).toMatch(/bad-value\.yaml:11: spec\.metadata\[0\]\.value: cleanupInterval: \\?"soon\\?" is not a duration/);
  });

  it("still lists every component in GET /v1.0/metadata, the failed ones without capabilities and marked pillion.notReady", async () => {
    const meta = (await (await fetch(`${sc.httpUrl}/v1.0/metadata`)).json()) as {
      components: { name: string; type: string; capabilities?: string[] }[];
      extended?: Record<string, string>;
    };
    expect(meta.components.map((c) => c.name).sort()).toEqual(["flaky", "ghost", "good"]);
    const byName = Object.fromEntries(meta.components.map((c) => [c.name, c]));
    expect(byName["good"]!.capabilities).toContain("ETAG");
    expect(byName["ghost"]).toMatchObject({ type: "state.nosuch" });
    expect(byName["ghost"]!.capabilities ?? []).toEqual([]);
    expect(byName["flaky"]!.capabilities ?? []).toEqual([]);
    expect(meta.extended?.["pillion.notReady.state/ghost"]).toContain('unknown component type "state.nosuch"');
    expect(meta.extended?.["pillion.notReady.state/flaky"]).toContain('"soon" is not a duration');
    expect(meta.extended?.["pillion.notReady.state/good"]).toBeUndefined();
  });

  it("answers calls to a failed store with an error saying it is not ready, and keeps serving", async () => {
    for (const name of ["ghost", "flaky"]) {
      const res = await fetch(`${sc.httpUrl}/v1.0/state/${name}/k`);
      const body = (await res.json()) as { errorCode: string; message: string };
      expect(res.status, name).toBe(500);
      expect(body.errorCode).toBe("ERR_STATE_GET");
      expect(body.message).toContain(`state store ${name} is not ready`);
    }
    expect((await fetch(`${sc.httpUrl}/v1.0/healthz`)).status).toBe(204);
  });

  it("serves the component that started", async () => {
    const save = await fetch(`${sc.httpUrl}/v1.0/state/good`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify([{ key: "k", value: 1 }]) });
    expect(save.status).toBe(204);
    expect(await (await fetch(`${sc.httpUrl}/v1.0/state/good/k`)).json()).toBe(1);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
