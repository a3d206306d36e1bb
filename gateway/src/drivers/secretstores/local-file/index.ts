import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { defineMetadata, MetadataError } from "../../../components/metadata-schema.js";
import { defineSecretStoreDriver } from "../../../components/secretstores/secret-store.js";
import { parseSecretsDocument, SecretsFileError } from "./secrets-file.js";
import { FileSecretStore } from "./store.js";

export const localFileSecretStore = defineSecretStoreDriver({
  type: "local.file",
  versions: ["v1"],
  description:
    "Secrets from a JSON file, read once at start-up. Nested keys become secret names joined with nestedSeparator; with multiValued each top-level entry is one secret with several keys. For development.",
  metadata: defineMetadata({
    secretsFile: {
      type: "string",
      required: true,
      description: "Path of the JSON file. A relative path is taken from the sidecar's working directory (as daprd does), not from the component file's folder.",
    },
    nestedSeparator: {
      type: "string",
      default: ":",
      description: 'Joins the keys of nested objects (and array indexes) into secret names: {"db": {"user": "u"}} holds "db:user". Empty means ":".',
    },
    multiValued: {
      type: "boolean",
      default: false,
      description:
        "Each top-level entry is one secret: a string holds one value, an object holds its (flattened) keys. Gives the store the MULTIPLE_KEY_VALUES_PER_SECRET feature.",
    },
  }),
  features: ["MULTIPLE_KEY_VALUES_PER_SECRET"],
  featuresFor: (config) => (config.multiValued ? ["MULTIPLE_KEY_VALUES_PER_SECRET"] : []),
  create: (config, ctx) => {
    const path = resolve(process.cwd(), config.secretsFile);
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : e instanceof Error ? e.message : String(e);
      throw new MetadataError("secretsFile", `cannot read ${path} (relative paths start from the working directory, ${process.cwd()}): ${reason}`);
    }
    let parsed;
    try {
      parsed = parseSecretsDocument(text, { separator: config.nestedSeparator || ":", multiValued: config.multiValued });
    } catch (e) {
      if (e instanceof SecretsFileError) throw new MetadataError("secretsFile", `${path} ${e.message}`);
      throw e;
    }
    for (const s of parsed.skipped) ctx.logger.warn(`secrets file ${path}: ${s}; it is skipped`);
    return new FileSecretStore(parsed.secrets);
  },
});
