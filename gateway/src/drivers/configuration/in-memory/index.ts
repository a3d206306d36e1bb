import { defineDriver } from "../../../components/definition.js";
import { defineMetadata, MetadataError } from "../../../components/metadata-schema.js";
import { ItemsError, parseItems } from "./items.js";
import { InMemoryConfigurationStore } from "./store.js";

export const inMemoryConfiguration = defineDriver({
  kind: "configuration",
  type: "in-memory",
  versions: ["v1"],
  description:
    "Configuration items in the sidecar's memory, for development, tests and demos: initial items from the `items` metadata, changed at run time with pillion's admin route PUT /v1.0-alpha1/pillion/configuration/{store} (gRPC: pillion.runtime.v1.ConfigurationAdminService/SetConfiguration); subscribers get every change with its new version. Changes are lost on restart.",
  metadata: defineMetadata({
    items: {
      type: "string",
      default: "",
      description:
        'Initial items, as YAML or JSON: a mapping from key to a value, or to {value, version, metadata}, e.g. `{"greeting": "hello", "theme": {"value": "dark", "metadata": {"owner": "web"}}}`. Items without a version get version "1".',
    },
  }),
  features: ["WRITE"],
  create: (config, ctx) => {
    let items;
    try {
      items = parseItems(config.items);
    } catch (e) {
      if (e instanceof ItemsError) throw new MetadataError("items", e.message);
      throw e;
    }
    return new InMemoryConfigurationStore(items, ctx.logger);
  },
});
