/**
 * Secret scopes (Configuration spec.secrets.scopes): which secrets of a store
 * the app may read. Dapr's precedence, for one store's scope:
 *
 * 1. allowedSecrets not empty: only the listed keys (defaultAccess and
 *    deniedSecrets do not matter then);
 * 2. otherwise a key in deniedSecrets is denied;
 * 3. otherwise defaultAccess decides ("allow" unless it says "deny").
 *
 * A store without a scope allows every key. Keys match exactly (case-sensitive).
 */
export interface SecretScope {
  readonly storeName: string;
  readonly defaultAccess: "allow" | "deny";
  readonly allowedSecrets: ReadonlySet<string>;
  readonly deniedSecrets: ReadonlySet<string>;
}

export function isSecretAllowed(scope: SecretScope | undefined, key: string): boolean {
  if (!scope) return true;
  if (scope.allowedSecrets.size > 0) return scope.allowedSecrets.has(key);
  if (scope.deniedSecrets.has(key)) return false;
  return scope.defaultAccess === "allow";
}
