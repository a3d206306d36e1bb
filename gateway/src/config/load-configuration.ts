/**
 * Reads a Configuration file (`--config`) the way daprd in standalone mode
 * does (environment variables expanded first, the first YAML document used)
 * and checks it field by field: a malformed field refuses start-up with the
 * file, the line and the field path; a section pillion reads but does not act
 * on becomes a warning naming its line. daprd ignores unknown fields
 * silently; pillion refuses them, since a misspelt `deniedSecrets` or
 * `secrets` would quietly open what the file meant to close.
 */
import { readFileSync } from "node:fs";
import type { Document, LineCounter } from "yaml";
import { ResourceError, yaml } from "../components/resources.js";
import { grpcEndpointGroups, httpEndpointOf, type ApiAccessRule, type ApiProtocol } from "./api-access.js";
import type { SidecarConfiguration } from "./configuration.js";
import { expandEnv } from "./expand-env.js";
import type { SecretScope } from "./secret-scopes.js";

type Path = readonly (string | number)[];
type Env = Readonly<Record<string, string | undefined>>;

/** Reads and checks a Configuration file; throws ResourceError naming file, line and field. */
export function loadConfiguration(file: string, env: Env = process.env): SidecarConfiguration {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : e instanceof Error ? e.message : String(e);
    throw new ResourceError(file, undefined, "", `cannot read the Configuration file (--config): ${reason}`);
  }
  return parseConfiguration(file, text, { env });
}

/** Daprd 1.18's Configuration spec fields that pillion reads but does not act on, and why. */
const unsupportedSections: Readonly<Record<string, string>> = {
  httpPipeline: "HTTP middleware pipelines are not supported by pillion; calls pass without these handlers",
  appHttpPipeline: "app middleware pipelines are not supported by pillion; calls to the app pass without these handlers",
  nameResolution: "name resolution components are not supported by pillion; it finds other apps through its local registry",
  mtls: "pillion has no mTLS between sidecars; this section has no effect",
  metric: "pillion exposes no metrics; this section has no effect",
  metrics: "pillion exposes no metrics; this section has no effect",
  accessControl: "service invocation access control is not enforced by pillion: every app may call this app's methods",
  components: "component deny lists are not supported by pillion; every component type may load",
  logging: "API logging is not supported by pillion; this section has no effect",
  wasm: "WebAssembly components are not supported by pillion; this section has no effect",
  workflow: "workflow settings are not supported by pillion; this section has no effect",
};

const specFields = ["secrets", "api", "features", "tracing", ...Object.keys(unsupportedSections)];

/** daprd's HTTP endpoint groups (the first path segment after the version), plus pillion's own. */
const httpGroups = ["invoke", "state", "publish", "bindings", "secrets", "actors", "metadata", "configuration", "lock", "unlock", "crypto", "subtlecrypto", "workflows", "healthz", "jobs", "shutdown", "conversation", "pillion"];

/** The preview features daprd 1.18 knows. */
const knownFeatures = ["ActorStateTTL", "HotReload", "WorkflowsClusteredDeployment", "WorkflowsRemoteActivityReminder", "WorkflowHistorySigning"];

/** Parses the text of a Configuration file (exported for tests). */
export function parseConfiguration(file: string, raw: string, opts: { env?: Env } = {}): SidecarConfiguration {
  const expanded = expandEnv(raw, opts.env ?? process.env);
  const { LineCounter, parseAllDocuments } = yaml();
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(expanded.text, { lineCounter }) as Document[];
  const warnings: string[] = [];
  const doc = docs.find((d) => d.errors.length > 0 || (d.contents !== null && d.toJS() != null));
  const r = new Located(file, doc, lineCounter, warnings);
  if (expanded.unset.length) {
    warnings.push(`${file}: the file names environment variables that are not set, which expand to nothing (as in daprd): ${expanded.unset.map((n) => `$${n}`).join(", ")}`);
  }
  if (!doc) throw new ResourceError(file, undefined, "", "the Configuration file is empty");
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new ResourceError(file, lineCounter.linePos(e.pos[0]).line, "", `invalid YAML: ${e.message.split("\n")[0]}`);
  }
  const later = docs.slice(docs.indexOf(doc) + 1).filter((d) => d.contents !== null && d.toJS() != null);
  if (later.length) warnings.push(`${file}: only the first YAML document is read (as daprd does); ${later.length} more ignored`);

  const root = r.mapping(doc.toJS(), []);
  if (!root) throw r.error([], "a Configuration must be a YAML mapping");
  r.only(root, [], ["apiVersion", "kind", "metadata", "spec"]);
  const apiVersion = r.string(root["apiVersion"], ["apiVersion"], { required: true });
  if (apiVersion !== "dapr.io/v1alpha1") throw r.error(["apiVersion"], `"${apiVersion}" is not a Configuration apiVersion (use dapr.io/v1alpha1)`);
  const kind = r.string(root["kind"], ["kind"], { required: true });
  if (kind !== "Configuration") throw r.error(["kind"], `"${kind}" is not a Configuration (pass components and other resources with --resources-path)`);
  const metadata = r.mapping(root["metadata"], ["metadata"]);
  const name = metadata ? r.string(metadata["name"], ["metadata", "name"]) : undefined;

  const spec = r.mapping(root["spec"], ["spec"]) ?? {};
  r.only(spec, ["spec"], specFields);
  for (const [field, why] of Object.entries(unsupportedSections)) {
    if (spec[field] !== undefined && spec[field] !== null) r.warn(["spec", field], why);
  }
  return {
    file,
    ...(name && { name }),
    secretScopes: secretScopes(r, spec["secrets"]),
    api: apiSpec(r, spec["api"]),
    enabledFeatures: features(r, spec["features"]),
    tracing: tracing(r, spec["tracing"]),
    warnings,
  };
}

function secretScopes(r: Located, value: unknown): Map<string, SecretScope> {
  const out = new Map<string, SecretScope>();
  const secrets = r.mapping(value, ["spec", "secrets"]);
  if (!secrets) return out;
  r.only(secrets, ["spec", "secrets"], ["scopes"]);
  r.list(secrets["scopes"], ["spec", "secrets", "scopes"]).forEach((item, i) => {
    const at = ["spec", "secrets", "scopes", i];
    const s = r.mapping(item, at, { required: true })!;
    r.only(s, at, ["storeName", "defaultAccess", "allowedSecrets", "deniedSecrets"]);
    const storeName = r.string(s["storeName"], [...at, "storeName"], { required: true })!;
    if (out.has(storeName)) throw r.error([...at, "storeName"], `${storeName} storeName is repeated in secrets configuration`);
    const access = (r.string(s["defaultAccess"], [...at, "defaultAccess"]) ?? "").toLowerCase();
    if (access !== "" && access !== "allow" && access !== "deny") throw r.error([...at, "defaultAccess"], `defaultAccess ${String(s["defaultAccess"])} can be either allow or deny`);
    const names = (field: string) => new Set(r.list(s[field], [...at, field]).map((v, j) => r.string(v, [...at, field, j], { required: true })!));
    out.set(storeName, { storeName, defaultAccess: access === "deny" ? "deny" : "allow", allowedSecrets: names("allowedSecrets"), deniedSecrets: names("deniedSecrets") });
  });
  return out;
}

function apiSpec(r: Located, value: unknown): { allowed: ApiAccessRule[]; denied: ApiAccessRule[] } {
  const api = r.mapping(value, ["spec", "api"]);
  if (!api) return { allowed: [], denied: [] };
  r.only(api, ["spec", "api"], ["allowed", "denied"]);
  const rules = (list: "allowed" | "denied") =>
    r.list(api[list], ["spec", "api", list]).map((item, i): ApiAccessRule => {
      const at = ["spec", "api", list, i];
      const m = r.mapping(item, at, { required: true })!;
      r.only(m, at, ["name", "version", "protocol"]);
      const name = r.string(m["name"], [...at, "name"], { required: true })!;
      const version = r.string(m["version"], [...at, "version"], { required: true })!;
      const given = r.string(m["protocol"], [...at, "protocol"]);
      if (given === undefined || given === "") throw r.error([...at, "protocol"], 'is required: "http" or "grpc" (daprd ignores a rule without it)');
      const protocol = given.toLowerCase();
      if (protocol !== "http" && protocol !== "grpc") throw r.error([...at, "protocol"], `"${given}" is not "http" or "grpc"`);
      if (given !== protocol && protocol === "grpc") r.warn([...at, "protocol"], `daprd ignores a gRPC rule unless it is spelt "grpc"; pillion applies it`);
      checkRuleMatches(r, at, name, version, protocol);
      return { name, version, protocol };
    });
  return { allowed: rules("allowed"), denied: rules("denied") };
}

/** Warns about a rule that names no API, which daprd (and pillion) ignore. */
function checkRuleMatches(r: Located, at: Path, name: string, version: string, protocol: ApiProtocol): void {
  if (protocol === "grpc") {
    if (!grpcEndpointGroups[`${name}.${version}`]) {
      const known = [...new Set(Object.keys(grpcEndpointGroups).map((k) => k.slice(0, k.indexOf("."))))].join(", ");
      r.warn(at, `no gRPC API is named "${name}" with version "${version}" (versions look like v1 or v1alpha1; names: ${known}); the rule matches nothing`);
    }
    return;
  }
  const groupVersion = /^v1(alpha1|alpha2|beta1)?$/.test(version);
  const pathVersion = httpEndpointOf(`/${version}/x`) !== undefined;
  if (!groupVersion && !pathVersion) {
    r.warn(at, `"${version}" is not an HTTP API version (v1, v1alpha1, v1alpha2, v1beta1, or the path forms v1.0, v1.0-alpha1, v1.0-alpha2, v1.0-beta1); the rule matches nothing`);
  } else if (!httpGroups.includes(name.split("/")[0]!)) {
    r.warn(at, `no HTTP API is named "${name}" (names: ${httpGroups.join(", ")}); the rule matches nothing`);
  }
}

function features(r: Located, value: unknown): string[] {
  const enabled: string[] = [];
  r.list(value, ["spec", "features"]).forEach((item, i) => {
    const at = ["spec", "features", i];
    const f = r.mapping(item, at, { required: true })!;
    r.only(f, at, ["name", "enabled"]);
    const name = r.string(f["name"], [...at, "name"], { required: true })!;
    const on = r.boolean(f["enabled"], [...at, "enabled"]) ?? false;
    // daprd's order: a later entry for the same feature overrides an earlier one.
    const idx = enabled.indexOf(name);
    if (idx >= 0) enabled.splice(idx, 1);
    if (on) {
      enabled.push(name);
      r.warn(at, `feature ${name} is enabled; pillion reports it in the metadata API but has no behaviour behind it${knownFeatures.includes(name) ? "" : ` (daprd 1.18's features: ${knownFeatures.join(", ")})`}`);
    }
  });
  return enabled;
}

function tracing(r: Located, value: unknown): { samplingRate?: number } {
  const t = r.mapping(value, ["spec", "tracing"]);
  if (!t) return {};
  r.only(t, ["spec", "tracing"], ["samplingRate", "stdout", "zipkin", "otel"]);
  for (const exporter of ["stdout", "zipkin", "otel"]) {
    if (t[exporter] !== undefined && t[exporter] !== null) r.warn(["spec", "tracing", exporter], "pillion exports no traces; it only passes trace contexts on (and makes them unless samplingRate is 0)");
  }
  const text = r.string(t["samplingRate"], ["spec", "tracing", "samplingRate"]);
  if (text === undefined || text === "") return {};
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text.trim()) || text.trim() !== text) {
    throw r.error(["spec", "tracing", "samplingRate"], `"${text}" is not a number such as "1" or "0.01" (daprd would quietly sample at its default instead)`);
  }
  const rate = Number(text);
  if (rate < 0) throw r.error(["spec", "tracing", "samplingRate"], `"${text}" is negative; use 0 to turn tracing off, 1 to sample everything`);
  return { samplingRate: rate };
}

/** A parsed document with helpers that read typed fields and point errors at their lines. */
class Located {
  constructor(
    private readonly file: string,
    private readonly doc: Document | undefined,
    private readonly lineCounter: LineCounter,
    private readonly warnings: string[],
  ) {}

  /** The line of a field: its key's line for a named field, the item's line for a list item. */
  private line(path: Path): number | undefined {
    if (!this.doc) return undefined;
    for (let n = path.length; n >= 0; n--) {
      const at = path.slice(0, n);
      const last = at.at(-1);
      if (typeof last === "string") {
        const parent = at.length === 1 ? this.doc.contents : this.doc.getIn(at.slice(0, -1), true);
        const { isMap, isScalar } = yaml();
        if (isMap(parent)) {
          const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
          const key = pair?.key as { range?: [number, number, number] } | undefined;
          if (key?.range) return this.lineCounter.linePos(key.range[0]).line;
        }
      }
      const node = (n === 0 ? this.doc.contents : this.doc.getIn(at, true)) as { range?: [number, number, number] } | null | undefined;
      if (node?.range) return this.lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  }

  private field(path: Path): string {
    return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i ? `.${p}` : p)).join("");
  }

  error(path: Path, detail: string): ResourceError {
    return new ResourceError(this.file, this.line(path), this.field(path), detail);
  }

  warn(path: Path, detail: string): void {
    const line = this.line(path);
    this.warnings.push(`${this.file}${line ? `:${line}` : ""}: ${this.field(path)}: ${detail}`);
  }

  /** Refuses fields not in `known`, pointing at the first unknown one. */
  only(obj: Record<string, unknown>, path: Path, known: readonly string[]): void {
    for (const k of Object.keys(obj)) {
      if (!known.includes(k)) {
        const hint = known.find((n) => n.toLowerCase() === k.toLowerCase());
        throw this.error([...path, k], `is not a field here${hint ? ` (did you mean ${hint}? names are case-sensitive)` : ""} (known: ${known.join(", ")})`);
      }
    }
  }

  mapping(value: unknown, path: Path, opts: { required?: boolean } = {}): Record<string, unknown> | undefined {
    if (value === undefined || value === null) {
      if (opts.required) throw this.error(path, "must be a mapping");
      return undefined;
    }
    if (typeof value !== "object" || Array.isArray(value)) throw this.error(path, `must be a mapping, not ${describe(value)}`);
    return value as Record<string, unknown>;
  }

  list(value: unknown, path: Path): unknown[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw this.error(path, `must be a list, not ${describe(value)}`);
    return value;
  }

  /** A string field; numbers and booleans are taken as their text, as daprd's YAML decoder does for string fields. */
  string(value: unknown, path: Path, opts: { required?: boolean } = {}): string | undefined {
    if (value === undefined || value === null || value === "") {
      if (opts.required) throw this.error(path, "is required");
      return value === "" ? "" : undefined;
    }
    if (typeof value === "string") return value;
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    throw this.error(path, `must be a string, not ${describe(value)}`);
  }

  boolean(value: unknown, path: Path): boolean | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "boolean") throw this.error(path, `must be true or false, not ${describe(value)}`);
    return value;
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${JSON.stringify(value)}`;
}
