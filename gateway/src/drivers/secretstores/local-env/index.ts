import { defineMetadata } from "../../../components/metadata-schema.js";
import { defineSecretStoreDriver } from "../../../components/secretstores/secret-store.js";
import { EnvSecretStore } from "./store.js";

export const localEnvSecretStore = defineSecretStoreDriver({
  type: "local.env",
  versions: ["v1"],
  description:
    "Secrets from the sidecar's environment variables, one value per secret. DAPR_* variables and APP_API_TOKEN are never given out. For development.",
  metadata: defineMetadata({
    prefix: {
      type: "string",
      default: "",
      description:
        'Only variables whose name starts with this text are secrets, and their secret names leave it out (prefix "MYAPP_": secret "DB" is MYAPP_DB). Matched case-sensitively.',
    },
  }),
  create: (config, ctx) => new EnvSecretStore({ prefix: config.prefix, logger: ctx.logger }),
});
