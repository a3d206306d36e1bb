/**
 * Secrets from the sidecar's environment variables, as Dapr's
 * secretstores.local.env reads them:
 *
 * - A secret's name is the variable's name after the prefix: with prefix
 *   "MYAPP_", secret "DB" is the variable MYAPP_DB. A variable that is not
 *   set answers an empty value (not an error), as in Dapr.
 * - Variables whose name starts with DAPR_ (any case), and APP_API_TOKEN,
 *   are never given out: reading one answers an empty value and logs a
 *   warning; bulk reads leave them out.
 * - Bulk reads list every variable that starts with the prefix (matched
 *   case-sensitively, as Dapr does outside Windows), named without it.
 */
import type { SecretBulkGetRequest, SecretData, SecretGetRequest, SecretStoreDriver } from "../../../components/secretstores/secret-store.js";
import type { Logger } from "../../../util/logger.js";

export interface EnvSecretStoreOptions {
  readonly prefix: string;
  readonly logger: Logger;
  /** The variables to read; the process environment by default. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export class EnvSecretStore implements SecretStoreDriver {
  private readonly env: Readonly<Record<string, string | undefined>>;

  constructor(private readonly opts: EnvSecretStoreOptions) {
    this.env = opts.env ?? process.env;
  }

  async getSecret(req: SecretGetRequest): Promise<SecretData> {
    const variable = this.opts.prefix + req.name;
    if (!isAllowed(variable)) {
      this.opts.logger.warn(`access to the environment variable ${variable} is forbidden (DAPR_* and APP_API_TOKEN are never given out)`);
      return { [req.name]: "" };
    }
    return { [req.name]: this.env[variable] ?? "" };
  }

  async bulkGetSecret(_req: SecretBulkGetRequest): Promise<Record<string, SecretData>> {
    const { prefix } = this.opts;
    const out: Record<string, SecretData> = {};
    for (const [variable, value] of Object.entries(this.env)) {
      if (value === undefined) continue;
      if (prefix && (variable.length <= prefix.length || !variable.startsWith(prefix))) continue;
      if (!isAllowed(variable)) continue;
      const name = variable.slice(prefix.length);
      out[name] = { [name]: value };
    }
    return out;
  }

  async close(): Promise<void> {}
}

/** Dapr's deny list: the sidecar's own settings and the app's API token. */
function isAllowed(variable: string): boolean {
  const upper = variable.toUpperCase();
  return upper !== "APP_API_TOKEN" && !upper.startsWith("DAPR_");
}
