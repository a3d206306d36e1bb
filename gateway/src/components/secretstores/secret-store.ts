/**
 * The secret store contract (Dapr's secrets building block).
 *
 * A secret has a name and holds one or more key/value pairs. Most stores hold
 * one value per secret, which they answer as `{ <name>: <value> }`; a store
 * that holds several pairs under one name says so with the feature
 * MULTIPLE_KEY_VALUES_PER_SECRET (Dapr's name, reported by the metadata API).
 *
 * A driver implements two calls; everything Dapr-specific (store lookup,
 * secret scopes from the Configuration resource, error codes, the HTTP and
 * gRPC answers) lives once in the secrets block (services/secrets):
 *
 * - `getSecret(req)` answers the pairs of the secret `req.name`. A secret the
 *   store does not have is an error (thrown); the block answers it with
 *   ERR_SECRET_GET and the error's message, as Dapr does.
 * - `bulkGetSecret(req)` answers every secret the store holds, by name.
 *
 * `req.metadata` carries the caller's `metadata.*` query parameters (gRPC:
 * the request's metadata map), e.g. a version id, as the store defines them.
 * When a component's `secretKeyRef` is resolved, it carries `namespace`.
 */
import type { DriverContext, DriverDefinition } from "../definition.js";
import type { ConfigOf, MetadataSchema } from "../metadata-schema.js";

/** Optional features of a secret store, in Dapr's names. */
export type SecretStoreFeature = "MULTIPLE_KEY_VALUES_PER_SECRET";

export interface SecretGetRequest {
  readonly name: string;
  readonly metadata: Readonly<Record<string, string>>;
}

export interface SecretBulkGetRequest {
  readonly metadata: Readonly<Record<string, string>>;
}

/** The key/value pairs of one secret. */
export type SecretData = Readonly<Record<string, string>>;

/** What a secret store driver implements. */
export interface SecretStoreDriver {
  getSecret(req: SecretGetRequest): Promise<SecretData>;
  bulkGetSecret(req: SecretBulkGetRequest): Promise<Readonly<Record<string, SecretData>>>;
  close(): Promise<void>;
}

/**
 * Declares a secret store driver. `features` lists what the driver can do;
 * when that depends on the component's settings (local.file has
 * MULTIPLE_KEY_VALUES_PER_SECRET only with multiValued: true),
 * `featuresFor(config)` says which of them a component has.
 */
export function defineSecretStoreDriver<const S extends MetadataSchema, I extends SecretStoreDriver>(def: {
  readonly type: string;
  readonly versions: readonly string[];
  readonly description: string;
  readonly metadata: S;
  readonly features?: readonly SecretStoreFeature[];
  featuresFor?(config: ConfigOf<S>): readonly SecretStoreFeature[];
  create(config: ConfigOf<S>, ctx: DriverContext): Promise<I> | I;
}): DriverDefinition<"secretstores", S, I, SecretStoreFeature> {
  return {
    kind: "secretstores",
    type: def.type,
    versions: def.versions,
    description: def.description,
    metadata: def.metadata,
    features: def.features ?? [],
    ...(def.featuresFor && { featuresFor: def.featuresFor }),
    create: def.create,
  };
}
