import type { SecretBulkGetRequest, SecretData, SecretGetRequest, SecretStoreDriver } from "../../../components/secretstores/secret-store.js";
import type { FileSecret } from "./secrets-file.js";

/** The secrets read from a secrets file at start-up (Dapr reads the file once, too). */
export class FileSecretStore implements SecretStoreDriver {
  constructor(private readonly secrets: ReadonlyMap<string, FileSecret>) {}

  async getSecret(req: SecretGetRequest): Promise<SecretData> {
    const secret = this.secrets.get(req.name);
    if (secret === undefined) throw new Error(`secret ${req.name} not found`);
    return typeof secret === "string" ? { [req.name]: secret } : { ...secret };
  }

  async bulkGetSecret(_req: SecretBulkGetRequest): Promise<Record<string, SecretData>> {
    const out: Record<string, SecretData> = {};
    for (const [name, secret] of this.secrets) out[name] = typeof secret === "string" ? { [name]: secret } : { ...secret };
    return out;
  }

  async close(): Promise<void> {}
}
