/**
 * The sidecar's Configuration resource (`--config FILE`, kind Configuration,
 * apiVersion dapr.io/v1alpha1), as much of it as pillion acts on. Parsing
 * lives in load-configuration.ts; the blocks read this shape.
 */
import type { ApiAccessSpec } from "./api-access.js";
import type { SecretScope } from "./secret-scopes.js";

export interface SidecarConfiguration {
  /** The file it was read from; undefined for the default configuration. */
  readonly file?: string;
  /** metadata.name, when given. */
  readonly name?: string;
  /** spec.secrets.scopes, by store name. */
  readonly secretScopes: ReadonlyMap<string, SecretScope>;
  /** spec.api.allowed / spec.api.denied. */
  readonly api: ApiAccessSpec;
  /** spec.features that end up enabled, in file order (reported by the metadata API). */
  readonly enabledFeatures: readonly string[];
  readonly tracing: {
    /** spec.tracing.samplingRate; undefined when not given (daprd then samples at its default). */
    readonly samplingRate?: number;
  };
  /** What was read but has no effect in pillion, each naming file, line and field. */
  readonly warnings: readonly string[];
}

/** The configuration without --config: no scopes, no API lists, no features. */
export function defaultConfiguration(): SidecarConfiguration {
  return { secretScopes: new Map(), api: { allowed: [], denied: [] }, enabledFeatures: [], tracing: {}, warnings: [] };
}

/**
 * Whether the sidecar makes trace contexts (a `traceparent`) where none came
 * in. A sampling rate of exactly 0 turns tracing off in daprd, and with it
 * the trace contexts it would have made.
 */
export function generatesTraceContexts(c: SidecarConfiguration): boolean {
  return c.tracing.samplingRate !== 0;
}
