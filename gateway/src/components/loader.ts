import { parseComponent, type ComponentSpec } from "./component-spec.js";
import type { DriverContext, DriverDefinition } from "./definition.js";
import { ComponentStore, type LoadedComponent } from "./component-store.js";
import { MetadataError, parseMetadata } from "./metadata-schema.js";
import type { DriverRegistry } from "./registry.js";
import { readResourceFile, resourceFiles, resourceFromObject, ResourceError, type RawResource } from "./resources.js";
import { resolveSecretRef, SecretRefError, type SecretRef } from "./secretstores/secret-ref.js";
import type { Logger } from "../util/logger.js";

export interface LoadOptions {
  readonly appId: string;
  readonly namespace: string;
  readonly registry: DriverRegistry;
  readonly logger: Logger;
  readonly signal: AbortSignal;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Default timeout for a driver's create(), unless spec.initTimeout says otherwise. */
  readonly initTimeoutMs?: number;
}

/** All resources found under the resources paths, by kind. */
export interface ResourceSet {
  readonly components: readonly ComponentSpec[];
  /** Other resource kinds (Subscription, Configuration, Resiliency, ...) for the blocks that read them. */
  readonly others: readonly RawResource[];
}

/** Reads and validates every resource file; throws ResourceError naming file, line and field. */
export function readResources(paths: readonly string[]): ResourceSet {
  const components: ComponentSpec[] = [];
  const others: RawResource[] = [];
  for (const file of resourceFiles(paths)) {
    for (const r of readResourceFile(file)) {
      if (r.kind === "Component") components.push(parseComponent(r));
      else others.push(r);
    }
  }
  return { components, others };
}

/**
 * Resolves a secretKeyRef; by default through the secret stores loaded so
 * far (components/secretstores/secret-ref.ts). Throws SecretRefError to point
 * at the field at fault.
 */
export type SecretResolver = (ref: SecretRef) => Promise<string>;

/**
 * Creates the components the app may use (scopes), secret stores first so
 * that the others can resolve secretKeyRef. A component that fails stops
 * start-up with its file and field, unless it says spec.ignoreErrors.
 */
export async function loadComponents(specs: readonly ComponentSpec[], opts: LoadOptions, resolveSecret?: SecretResolver): Promise<ComponentStore> {
  const store = new ComponentStore();
  const mine = specs.filter((s) => s.scopes.length === 0 || s.scopes.includes(opts.appId));
  for (const s of specs) if (!mine.includes(s)) opts.logger.debug("component not in scope for this app", { component: s.name, scopes: s.scopes });
  const ordered = [...secretStoresInDependencyOrder(mine.filter((s) => s.kind === "secretstores")), ...mine.filter((s) => s.kind !== "secretstores")];
  const scopedOut = new Set(specs.filter((s) => s.kind === "secretstores" && !mine.includes(s)).map((s) => s.name));
  const resolve = resolveSecret ?? ((ref: SecretRef) => resolveSecretRef({ components: store, scopedOut }, ref));
  for (const spec of ordered) {
    let def: DriverDefinition | string;
    let at: "type" | "version" = "type";
    try {
      def = await opts.registry.resolve(spec.type, spec.version);
      if (typeof def === "string" && def.includes("version")) at = "version";
    } catch (e) {
      // The driver's module (or the client library it imports) failed to load.
      def = `the driver of ${spec.type} could not be loaded: ${messageOf(e)}`;
    }
    if (typeof def === "string") {
      const field = spec.resource.error(["spec", at], def);
      if (!spec.ignoreErrors) throw field;
      opts.logger.warn("component failed to start; continuing because spec.ignoreErrors is true", { name: spec.name, error: field.message });
      store.add(failed(spec, field.message));
      continue;
    }
    try {
      const metadata = await resolveMetadata(spec, opts, resolve);
      const { instance, definition } = await createDriver(def, spec, metadata, opts);
      store.add({ name: spec.name, kind: spec.kind, type: spec.type, version: spec.version, definition, instance, metadata, source: spec.resource.file });
      opts.logger.info("component loaded", { name: spec.name, type: `${spec.type}/${spec.version}` });
    } catch (e) {
      const err =
        e instanceof ResourceError
          ? e
          : e instanceof MetadataError
            ? metadataFieldError(spec, e)
            : spec.resource.error(["spec"], `component "${spec.name}" (${spec.type}/${spec.version}) failed to start: ${messageOf(e)}`);
      if (!spec.ignoreErrors) throw err;
      opts.logger.warn("component failed to start; continuing because spec.ignoreErrors is true", { name: spec.name, error: err.message });
      store.add({ ...failed(spec, err.message), definition: def });
    }
  }
  return store;
}

function failed(spec: ComponentSpec, error: string): LoadedComponent {
  return {
    name: spec.name,
    kind: spec.kind,
    type: spec.type,
    version: spec.version,
    definition: { kind: spec.kind, type: spec.type, versions: [spec.version], description: "", metadata: {}, features: [], create: () => undefined },
    error,
    metadata: {},
    source: spec.resource.file,
  };
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Secret stores whose own metadata refers to another secret store come after
 * that store; the order is otherwise kept. A cycle keeps file order (and its
 * references then fail, naming the store that is not loaded yet).
 */
function secretStoresInDependencyOrder(stores: readonly ComponentSpec[]): ComponentSpec[] {
  const names = new Set(stores.map((s) => s.name));
  const needs = (s: ComponentSpec) => (s.metadata.some((m) => m.value.kind === "secret") && s.secretStore !== undefined && s.secretStore !== s.name && names.has(s.secretStore) ? s.secretStore : undefined);
  const out: ComponentSpec[] = [];
  const pending = [...stores];
  while (pending.length) {
    const i = pending.findIndex((s) => {
      const dep = needs(s);
      return dep === undefined || out.some((o) => o.name === dep) || !pending.some((p) => p.name === dep);
    });
    out.push(...pending.splice(i >= 0 ? i : 0, 1));
  }
  return out;
}

/** A MetadataError as a ResourceError pointing at the metadata entry it names. */
function metadataFieldError(spec: ComponentSpec, e: MetadataError): ResourceError {
  const entry = spec.metadata.find((m) => m.name.toLowerCase() === e.field.toLowerCase());
  return spec.resource.error(entry ? ["spec", "metadata", entry.index, "value"] : ["spec", "metadata"], e.message.replace(/^spec\.metadata\./, ""));
}

async function resolveMetadata(spec: ComponentSpec, opts: LoadOptions, resolveSecret: SecretResolver): Promise<Record<string, string>> {
  const env = opts.env ?? process.env;
  const out: Record<string, string> = {};
  for (const m of spec.metadata) {
    const at = ["spec", "metadata", m.index];
    switch (m.value.kind) {
      case "value":
        out[m.name] = m.value.value;
        break;
      case "env": {
        const v = env[m.value.variable];
        if (v === undefined) throw spec.resource.error([...at, "envRef"], `environment variable ${m.value.variable} is not set`);
        out[m.name] = v;
        break;
      }
      case "secret":
        try {
          out[m.name] = await resolveSecret({ store: spec.secretStore, name: m.value.secretName, key: m.value.secretKey, namespace: spec.namespace });
        } catch (e) {
          if (!(e instanceof SecretRefError)) throw spec.resource.error([...at, "secretKeyRef"], messageOf(e));
          const path = e.field === "auth.secretStore" ? ["auth", "secretStore"] : e.field === "secretKeyRef.key" ? [...at, "secretKeyRef", "key"] : [...at, "secretKeyRef"];
          throw spec.resource.error(path, e.message);
        }
        break;
    }
  }
  return out;
}

/** Creates the driver; the definition comes back narrowed to the features this component has (featuresFor). */
async function createDriver(
  def: DriverDefinition,
  spec: ComponentSpec,
  metadata: Record<string, string>,
  opts: LoadOptions,
): Promise<{ instance: unknown; definition: DriverDefinition }> {
  let parsed;
  try {
    parsed = parseMetadata(def.metadata, metadata);
  } catch (e) {
    if (e instanceof MetadataError) throw metadataFieldError(spec, e);
    throw e;
  }
  const definition = def.featuresFor ? { ...def, features: def.featuresFor(parsed.config as never) } : def;
  const ctx: DriverContext = {
    name: spec.name,
    appId: opts.appId,
    namespace: spec.namespace,
    logger: opts.logger.child(spec.name),
    extraMetadata: parsed.rest,
    signal: opts.signal,
  };
  const timeout = spec.initTimeoutMs ?? opts.initTimeoutMs ?? 30_000;
  let timer: NodeJS.Timeout | undefined;
  try {
    const instance = await Promise.race([
      Promise.resolve(def.create(parsed.config as never, ctx)),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`did not start within ${timeout} ms`)), timeout);
      }),
    ]);
    return { instance, definition };
  } finally {
    clearTimeout(timer);
  }
}

/** The embedded default: an in-memory state store "statestore" and an in-memory pubsub "pubsub" (built without YAML, so a sidecar on its defaults never loads the YAML library). */
export function embeddedDefaults(_registry?: DriverRegistry): ComponentSpec[] {
  const component = (name: string, spec: Record<string, unknown>) =>
    parseComponent(resourceFromObject("(embedded default)", { apiVersion: "dapr.io/v1alpha1", kind: "Component", metadata: { name }, spec }));
  return [
    component("statestore", { type: "state.in-memory", version: "v1", metadata: [{ name: "actorStateStore", value: "true" }] }),
    component("pubsub", { type: "pubsub.in-memory", version: "v1" }),
  ];
}
