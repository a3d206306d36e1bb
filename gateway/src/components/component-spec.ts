import type { ComponentKind } from "./definition.js";
import type { RawResource } from "./resources.js";

/** A metadata entry of a Component: a value, a secret reference or an environment variable reference. */
export type MetadataValue =
  | { readonly kind: "value"; readonly value: string }
  | { readonly kind: "secret"; readonly secretName: string; readonly secretKey: string }
  | { readonly kind: "env"; readonly variable: string };

export interface ComponentSpec {
  readonly resource: RawResource;
  readonly name: string;
  readonly namespace: string;
  /** Full Dapr type, e.g. "state.redis". */
  readonly type: string;
  readonly kind: ComponentKind;
  readonly version: string;
  readonly ignoreErrors: boolean;
  readonly initTimeoutMs?: number;
  readonly metadata: readonly { readonly name: string; readonly value: MetadataValue; readonly index: number }[];
  /** auth.secretStore: the secret store that resolves secretKeyRef entries. */
  readonly secretStore?: string;
  /** App ids allowed to load the component; empty for all. */
  readonly scopes: readonly string[];
}

const kinds: readonly ComponentKind[] = ["state", "pubsub", "bindings", "secretstores", "configuration", "lock", "crypto", "workflows", "conversation", "middleware"];

/** Validates a Component resource's shape (types are checked later against the registry). */
export function parseComponent(r: RawResource): ComponentSpec {
  if (!/^dapr\.io\/v1alpha1$/.test(r.apiVersion)) throw r.error(["apiVersion"], `"${r.apiVersion}" is not a Component apiVersion (use dapr.io/v1alpha1)`);
  const spec = r.body["spec"];
  if (!spec || typeof spec !== "object" || Array.isArray(spec)) throw r.error(["spec"], "is required");
  const s = spec as Record<string, unknown>;
  const type = s["type"];
  if (typeof type !== "string" || !type.includes(".")) throw r.error(["spec", "type"], 'is required, e.g. "state.redis"');
  const kind = type.slice(0, type.indexOf(".")) as ComponentKind;
  if (!kinds.includes(kind)) throw r.error(["spec", "type"], `"${type}" has an unknown kind "${kind}" (known: ${kinds.join(", ")})`);
  const version = s["version"] ?? "v1";
  if (typeof version !== "string") throw r.error(["spec", "version"], "must be a string such as v1");
  const ignoreErrors = s["ignoreErrors"] ?? false;
  if (typeof ignoreErrors !== "boolean") throw r.error(["spec", "ignoreErrors"], "must be true or false");
  const meta = s["metadata"] ?? [];
  if (!Array.isArray(meta)) throw r.error(["spec", "metadata"], "must be a list of {name, value} entries");
  const seen = new Set<string>();
  const metadata = meta.map((m: unknown, index) => {
    const at = ["spec", "metadata", index];
    if (!m || typeof m !== "object") throw r.error(at, "must be a {name, value} mapping");
    const e = m as Record<string, unknown>;
    const name = e["name"];
    if (typeof name !== "string" || !name) throw r.error([...at, "name"], "is required");
    if (seen.has(name.toLowerCase())) throw r.error([...at, "name"], `"${name}" is given twice`);
    seen.add(name.toLowerCase());
    let value: MetadataValue;
    if (e["secretKeyRef"] !== undefined) {
      const ref = e["secretKeyRef"] as Record<string, unknown>;
      if (!ref || typeof ref !== "object" || typeof ref["name"] !== "string" || !ref["name"]) throw r.error([...at, "secretKeyRef", "name"], "is required");
      const key = ref["key"] ?? ref["name"];
      if (typeof key !== "string") throw r.error([...at, "secretKeyRef", "key"], "must be a string");
      value = { kind: "secret", secretName: ref["name"] as string, secretKey: key };
    } else if (e["envRef"] !== undefined) {
      if (typeof e["envRef"] !== "string" || !e["envRef"]) throw r.error([...at, "envRef"], "must name an environment variable");
      value = { kind: "env", variable: e["envRef"] };
    } else {
      const v = e["value"];
      if (v === undefined || v === null) throw r.error([...at, "value"], "is required (or use secretKeyRef / envRef)");
      if (typeof v === "object") value = { kind: "value", value: JSON.stringify(v) };
      else value = { kind: "value", value: String(v) };
    }
    return { name, value, index };
  });
  const auth = r.body["auth"] as Record<string, unknown> | undefined;
  const secretStore = auth && typeof auth["secretStore"] === "string" ? (auth["secretStore"] as string) : undefined;
  const scopes = r.body["scopes"] ?? [];
  if (!Array.isArray(scopes) || !scopes.every((x) => typeof x === "string")) throw r.error(["scopes"], "must be a list of app ids");
  const initTimeout = s["initTimeout"];
  const md = r.body["metadata"] as Record<string, unknown>;
  return {
    resource: r,
    name: r.name,
    namespace: typeof md["namespace"] === "string" ? (md["namespace"] as string) : "default",
    type,
    kind,
    version,
    ignoreErrors,
    ...(typeof initTimeout === "string" && { initTimeoutMs: parseInitTimeout(r, initTimeout) }),
    metadata,
    ...(secretStore && { secretStore }),
    scopes: scopes as string[],
  };
}

function parseInitTimeout(r: RawResource, text: string): number {
  const m = /^(\d+)(ms|s|m)$/.exec(text.trim());
  if (!m) throw r.error(["spec", "initTimeout"], `"${text}" is not a duration such as 5s`);
  return Number(m[1]) * (m[2] === "ms" ? 1 : m[2] === "s" ? 1000 : 60_000);
}
