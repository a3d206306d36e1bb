import { describe, expect, it } from "vitest";
import { ResourceError } from "../components/resources.js";
import { generatesTraceContexts } from "./configuration.js";
import { parseConfiguration } from "./load-configuration.js";

const head = ["apiVersion: dapr.io/v1alpha1", "kind: Configuration", "metadata:", "  name: appconfig", "spec:"];
const parse = (lines: string[], env: Record<string, string> = {}) => parseConfiguration("cfg.yaml", [...head, ...lines].join("\n"), { env });
const refusal = (lines: string[]) => {
  try {
    parse(lines);
  } catch (e) {
    if (e instanceof ResourceError) return e.message;
    throw e;
  }
  throw new Error("expected the configuration to be refused");
};

describe("parseConfiguration", () => {
  it("reads secret scopes, API lists, features and the sampling rate", () => {
    const c = parse([
      "  secrets:",
      "    scopes:",
      "      - storeName: vault",
      "        defaultAccess: DENY",
      "        allowedSecrets: [db, 42]",
      "      - storeName: env",
      "        deniedSecrets: [root]",
      "  api:",
      "    allowed:",
      "      - { name: state, version: v1, protocol: http }",
      "      - { name: state, version: v1, protocol: grpc }",
      "    denied:",
      "      - { name: secrets, version: v1.0, protocol: HTTP }",
      "  features:",
      "    - { name: HotReload, enabled: true }",
      "    - { name: ActorStateTTL, enabled: true }",
      "    - { name: HotReload, enabled: false }",
      "    - { name: Other, enabled: false }",
      "  tracing:",
      '    samplingRate: "0.25"',
    ]);
    expect(c.name).toBe("appconfig");
    expect(c.secretScopes.get("vault")).toEqual({ storeName: "vault", defaultAccess: "deny", allowedSecrets: new Set(["db", "42"]), deniedSecrets: new Set() });
    expect(c.secretScopes.get("env")).toEqual({ storeName: "env", defaultAccess: "allow", allowedSecrets: new Set(), deniedSecrets: new Set(["root"]) });
    expect(c.api.allowed).toEqual([
      { name: "state", version: "v1", protocol: "http" },
      { name: "state", version: "v1", protocol: "grpc" },
    ]);
    expect(c.api.denied).toEqual([{ name: "secrets", version: "v1.0", protocol: "http" }]);
    expect(c.enabledFeatures).toEqual(["ActorStateTTL"]);
    expect(c.tracing.samplingRate).toBe(0.25);
    expect(generatesTraceContexts(c)).toBe(true);
  });

  it("takes a numeric sampling rate, and 0 turns trace contexts off", () => {
    const c = parse(["  tracing:", "    samplingRate: 0"]);
    expect(c.tracing.samplingRate).toBe(0);
    expect(generatesTraceContexts(c)).toBe(false);
    expect(generatesTraceContexts(parse(["  tracing: {}"]))).toBe(true);
  });

  it("expands environment variables first and warns about unset ones", () => {
    const c = parse(["  tracing:", "    samplingRate: ${RATE}", "  secrets:", "    scopes:", "      - storeName: $STORE$NOPE"], { RATE: "0", STORE: "vault" });
    expect(c.tracing.samplingRate).toBe(0);
    expect([...c.secretScopes.keys()]).toEqual(["vault"]);
    expect(c.warnings).toContain("cfg.yaml: the file names environment variables that are not set, which expand to nothing (as in daprd): $NOPE");
  });

  it("warns, naming the line, about sections pillion does not act on", () => {
    const c = parse(["  nameResolution:", "    component: consul", "  accessControl:", "    defaultAction: deny", "  tracing:", "    zipkin:", "      endpointAddress: http://z"]);
    expect(c.warnings).toContain("cfg.yaml:6: spec.nameResolution: name resolution components are not supported by pillion; it finds other apps through its local registry");
    expect(c.warnings).toContain("cfg.yaml:8: spec.accessControl: service invocation access control is not enforced by pillion: every app may call this app's methods");
    expect(c.warnings.some((w) => w.startsWith("cfg.yaml:11: spec.tracing.zipkin: pillion exports no traces"))).toBe(true);
  });

  it("warns about API rules that match nothing and about enabled features", () => {
    const c = parse(["  api:", "    allowed:", "      - { name: stat, version: v1, protocol: http }", "      - { name: state, version: v1.0, protocol: grpc }", "  features:", "    - { name: HotReload, enabled: true }"]);
    expect(c.warnings.some((w) => w.startsWith('cfg.yaml:8: spec.api.allowed[0]: no HTTP API is named "stat"'))).toBe(true);
    expect(c.warnings.some((w) => w.startsWith('cfg.yaml:9: spec.api.allowed[1]: no gRPC API is named "state" with version "v1.0"'))).toBe(true);
    expect(c.warnings.some((w) => w.startsWith("cfg.yaml:11: spec.features[0]: feature HotReload is enabled; pillion reports it"))).toBe(true);
  });

  it.each([
    [["  secret:", "    scopes: []"], "cfg.yaml:6: spec.secret: is not a field here"],
    [["  secrets:", "    scopes:", "      - storeName: a", "        deniedsecrets: [x]"], "cfg.yaml:9: spec.secrets.scopes[0].deniedsecrets: is not a field here (did you mean deniedSecrets? names are case-sensitive)"],
    [["  secrets:", "    scopes:", "      - storeName: a", "        defaultAccess: maybe"], "cfg.yaml:9: spec.secrets.scopes[0].defaultAccess: defaultAccess maybe can be either allow or deny"],
    [["  secrets:", "    scopes:", "      - storeName: a", "      - storeName: a"], "cfg.yaml:9: spec.secrets.scopes[1].storeName: a storeName is repeated in secrets configuration"],
    [["  secrets:", "    scopes:", "      - defaultAccess: deny"], "cfg.yaml:8: spec.secrets.scopes[0].storeName: is required"],
    [["  secrets:", "    scopes: vault"], "cfg.yaml:7: spec.secrets.scopes: must be a list, not string"],
    [["  secrets:", "    scopes:", "      - storeName: a", "        allowedSecrets: [[x]]"], "cfg.yaml:9: spec.secrets.scopes[0].allowedSecrets[0]: must be a string, not a list"],
    [["  api:", "    denied:", "      - { name: state, version: v1 }"], 'cfg.yaml:8: spec.api.denied[0].protocol: is required: "http" or "grpc"'],
    [["  api:", "    denied:", "      - { name: state, version: v1, protocol: tcp }"], 'cfg.yaml:8: spec.api.denied[0].protocol: "tcp" is not "http" or "grpc"'],
    [["  features:", "    - { name: X, enabled: yes }"], 'cfg.yaml:7: spec.features[0].enabled: must be true or false, not string "yes"'],
    [["  tracing:", "    samplingRate: often"], 'cfg.yaml:7: spec.tracing.samplingRate: "often" is not a number'],
    [["  tracing:", "    samplingRate: -1"], 'cfg.yaml:7: spec.tracing.samplingRate: "-1" is negative'],
  ])("refuses a malformed field: %j", (lines, message) => {
    expect(refusal(lines)).toContain(message);
  });

  it("refuses another kind or apiVersion, invalid YAML and an empty file", () => {
    expect(() => parseConfiguration("c.yaml", "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata: {name: x}\n", { env: {} })).toThrow('c.yaml:2: kind: "Component" is not a Configuration');
    expect(() => parseConfiguration("c.yaml", "apiVersion: v1\nkind: Configuration\n", { env: {} })).toThrow('c.yaml:1: apiVersion: "v1" is not a Configuration apiVersion');
    expect(() => parseConfiguration("c.yaml", "kind: Configuration\n", { env: {} })).toThrow("c.yaml:1: apiVersion: is required");
    expect(() => parseConfiguration("c.yaml", "apiVersion: dapr.io/v1alpha1\nkind: Configuration\nspec: [\n", { env: {} })).toThrow(/c\.yaml:\d+: invalid YAML/);
    expect(() => parseConfiguration("c.yaml", "# nothing\n", { env: {} })).toThrow("c.yaml: the Configuration file is empty");
  });

  it("reads only the first document, and says so", () => {
    const c = parseConfiguration("c.yaml", "apiVersion: dapr.io/v1alpha1\nkind: Configuration\n---\napiVersion: dapr.io/v1alpha1\nkind: Configuration\n", { env: {} });
    expect(c.warnings).toContain("c.yaml: only the first YAML document is read (as daprd does); 1 more ignored");
  });
});
