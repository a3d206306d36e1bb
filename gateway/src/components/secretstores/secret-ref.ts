/**
 * Resolves a component's `secretKeyRef` metadata through the secret store its
 * `auth.secretStore` names, as daprd does: the store is asked for the secret
 * `name` (with the component's namespace as request metadata) and the value
 * under `key` (the name again when no key is given) is used.
 *
 * daprd in standalone mode has no default secret store: a component that
 * refers to a secret without auth.secretStore, or to a store that is not
 * loaded, just never loads, and a missing key leaves the field empty. pillion
 * refuses start-up instead, saying which of these it is.
 */
import type { ComponentStore } from "../component-store.js";
import type { SecretStoreDriver } from "./secret-store.js";

export interface SecretRef {
  /** auth.secretStore of the component; undefined when it names none. */
  readonly store: string | undefined;
  readonly name: string;
  readonly key: string;
  readonly namespace: string;
}

/** Why a reference could not be resolved, and which field of the component is at fault. */
export class SecretRefError extends Error {
  constructor(
    readonly field: "auth.secretStore" | "secretKeyRef" | "secretKeyRef.key",
    message: string,
  ) {
    super(message);
    this.name = "SecretRefError";
  }
}

export interface SecretStoreLookup {
  readonly components: ComponentStore;
  /** Secret stores declared but left out by their scopes, by name. */
  readonly scopedOut?: ReadonlySet<string>;
}

export async function resolveSecretRef(lookup: SecretStoreLookup, ref: SecretRef): Promise<string> {
  if (ref.store === undefined) {
    throw new SecretRefError(
      "secretKeyRef",
      `refers to secret "${ref.name}" but the component names no secret store: set auth.secretStore to the secret store that holds it (daprd in standalone mode has no default secret store and would never load this component)`,
    );
  }
  const c = lookup.components.get<SecretStoreDriver>("secretstores", ref.store);
  if (!c) {
    const why = lookup.scopedOut?.has(ref.store) ? "its scopes leave this app out" : "no secretstores component has that name";
    throw new SecretRefError("auth.secretStore", `secret store "${ref.store}" is not loaded for this app (${why})`);
  }
  if (!c.instance) throw new SecretRefError("auth.secretStore", `secret store "${ref.store}" failed to start: ${c.error ?? "unknown error"}`);
  let data;
  try {
    data = await c.instance.getSecret({ name: ref.name, metadata: { namespace: ref.namespace } });
  } catch (e) {
    throw new SecretRefError("secretKeyRef", `could not read secret "${ref.name}" from secret store "${ref.store}": ${e instanceof Error ? e.message : String(e)}`);
  }
  const value = data[ref.key];
  const field = ref.key === ref.name ? "secretKeyRef" : "secretKeyRef.key";
  if (value === undefined) {
    const keys = Object.keys(data);
    throw new SecretRefError(field, `secret "${ref.name}" in secret store "${ref.store}" has no key "${ref.key}"${keys.length ? ` (its keys: ${keys.join(", ")})` : ""}`);
  }
  if (value === "") throw new SecretRefError(field, `secret "${ref.name}" key "${ref.key}" in secret store "${ref.store}" is empty or not set (daprd would leave the field empty)`);
  return value;
}
