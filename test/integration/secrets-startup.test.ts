/**
 * Secrets at start-up, with real pillion processes: a component's
 * secretKeyRef that names a secret store that is not loaded (absent, or
 * scoped to another app), a secret the store does not have, or a key the
 * secret lacks refuses start-up with exit code 1, naming file, line and
 * field; so does a secrets file that is not JSON.
 */
import { afterEach, describe, expect, it } from "vitest";
import { runPillion } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";

const dirs: { remove(): void }[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) d.remove();
});

const fileStore = (secretsFile: string, extra: string[] = []) =>
  [
    "apiVersion: dapr.io/v1alpha1",
    "kind: Component",
    "metadata:",
    "  name: vault",
    "spec:",
    "  type: secretstores.local.file",
    "  version: v1",
    "  metadata:",
    "  - name: secretsFile",
    `    value: ${JSON.stringify(secretsFile)}`,
    ...extra,
  ].join("\n");

/** A state store whose `password` comes from secret `db`, key `key`, of store `store`. */
const consumer = (store: string, key: string) =>
  [
    "apiVersion: dapr.io/v1alpha1",
    "kind: Component",
    "metadata:",
    "  name: statestore",
    "spec:",
    "  type: state.in-memory",
    "  version: v1",
    "  metadata:",
    "  - name: actorStateStore",
    "    secretKeyRef:",
    "      name: db",
    `      key: ${key}`,
    "auth:",
    `  secretStore: ${store}`,
  ].join("\n");

async function start(files: Record<string, string>) {
  const dir = tempDir();
  dirs.push(dir);
  const secrets = dir.file("secrets.json", JSON.stringify({ db: { password: "true" } }));
  for (const [name, text] of Object.entries(files)) dir.file(name, text.replaceAll("SECRETS_FILE", secrets).replaceAll("DIR", dir.path));
  const r = await runPillion(["run", "--app-id", "secrets-startup", "--dapr-http-port", "0", "--dapr-grpc-port", "0", "--resources-path", dir.path]);
  return { ...r, dir: dir.path };
}

describe("a secretKeyRef that cannot be resolved refuses start-up, naming file, line and field", () => {
  it("a secret store that no component declares", async () => {
    const r = await start({ "state.yaml": consumer("nostore", "password") });
    expect(r.code, r.output).toBe(1);
    expect(r.output).toContain(`${r.dir}/state.yaml:14: auth.secretStore: secret store "nostore" is not loaded for this app (no secretstores component has that name)`);
  });

  it("a secret store scoped to another app", async () => {
    const r = await start({ "vault.yaml": fileStore("SECRETS_FILE", ["scopes:", "  - someone-else"]), "state.yaml": consumer("vault", "password") });
    expect(r.code, r.output).toBe(1);
    expect(r.output).toContain(`${r.dir}/state.yaml:14: auth.secretStore: secret store "vault" is not loaded for this app (its scopes leave this app out)`);
  });

  it("a key the secret does not have", async () => {
    const r = await start({ "vault.yaml": fileStore("SECRETS_FILE", ["  - name: multiValued", '    value: "true"']), "state.yaml": consumer("vault", "nokey") });
    expect(r.code, r.output).toBe(1);
    expect(r.output).toContain(`${r.dir}/state.yaml:12: spec.metadata[0].secretKeyRef.key: secret "db" in secret store "vault" has no key "nokey" (its keys: password)`);
  });

  it("a secret the store does not have", async () => {
    const r = await start({ "vault.yaml": fileStore("SECRETS_FILE"), "state.yaml": consumer("vault", "password") });
    expect(r.code, r.output).toBe(1);
    expect(r.output).toContain(`${r.dir}/state.yaml:11: spec.metadata[0].secretKeyRef: could not read secret "db" from secret store "vault": secret db not found`);
  });

  it("a secrets file that is not JSON, or not there", async () => {
    const r = await start({ "vault.yaml": fileStore("DIR/broken.json"), "broken.json": '{\n  "a": "b",\n}' });
    expect(r.code, r.output).toBe(1);
    expect(r.output).toMatch(/vault\.yaml:10: spec\.metadata\[0\]\.value: secretsFile: \S*broken\.json is not valid JSON: .*line 3, column 1/);
    const missing = await start({ "vault.yaml": fileStore("./no-such-secrets.json") });
    expect(missing.code, missing.output).toBe(1);
    expect(missing.output).toContain(`${missing.dir}/vault.yaml:10: spec.metadata[0].value: secretsFile: cannot read`);
  });
});
