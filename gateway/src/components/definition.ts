import type { Logger } from "../util/logger.js";
import type { ConfigOf, MetadataSchema } from "./metadata-schema.js";

/** The building-block kinds a component can be, from the first part of spec.type. */
export type ComponentKind =
  | "state"
  | "pubsub"
  | "bindings"
  | "secretstores"
  | "configuration"
  | "lock"
  | "crypto"
  | "workflows"
  | "conversation"
  | "middleware";

/** What a driver gets when the sidecar creates it. */
export interface DriverContext {
  /** The component's name (metadata.name). */
  readonly name: string;
  readonly appId: string;
  readonly namespace: string;
  readonly logger: Logger;
  /** Metadata names the schema does not declare, passed through as given. */
  readonly extraMetadata: Readonly<Record<string, string>>;
  /** Aborted when the sidecar shuts down. */
  readonly signal: AbortSignal;
}

/**
 * One driver, declared once: its Dapr type name, metadata schema, the
 * optional features it has (as data the runtime, the metadata API and the
 * conformance suite all read), and a factory.
 */
export interface DriverDefinition<K extends ComponentKind = ComponentKind, S extends MetadataSchema = MetadataSchema, I = unknown, F extends string = string> {
  readonly kind: K;
  /** Dapr's type name without the kind, e.g. "redis" for state.redis, "in-memory" for state.in-memory. */
  readonly type: string;
  /** Accepted spec.version values, e.g. ["v1"]. */
  readonly versions: readonly string[];
  readonly description: string;
  readonly metadata: S;
  /** Optional capabilities, in Dapr's names (ETAG, TRANSACTIONAL, TTL, QUERY_API, ...). */
  readonly features: readonly F[];
  /**
   * The features one component has, when they depend on its settings (a
   * subset of `features`); the loader keeps them as that component's features.
   */
  featuresFor?(config: ConfigOf<S>): readonly F[];
  create(config: ConfigOf<S>, ctx: DriverContext): Promise<I> | I;
}

/** Identity helper that keeps a definition's literal types. */
export function defineDriver<K extends ComponentKind, const S extends MetadataSchema, I, const F extends string = never>(
  def: DriverDefinition<K, S, I, F>,
): DriverDefinition<K, S, I, F> {
  return def;
}

/** `state.redis` style name of a definition. */
export function fullType(def: Pick<DriverDefinition, "kind" | "type">): string {
  return `${def.kind}.${def.type}`;
}
