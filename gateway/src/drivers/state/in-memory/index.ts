import { defineDriver } from "../../../components/definition.js";
import { defineMetadata } from "../../../components/metadata-schema.js";
import { InMemoryStateStore } from "./store.js";

export const inMemoryState = defineDriver({
  kind: "state",
  type: "in-memory",
  versions: ["v1"],
  description: "State kept in the sidecar's memory: fast, lost on restart. The default state store.",
  metadata: defineMetadata({
    cleanupInterval: {
      type: "duration",
      default: 1000,
      description: "How often expired (TTL) items are swept; reads never return an expired item either way.",
    },
    actorStateStore: { type: "boolean", default: false, description: "Use this store for actor state." },
  }),
  features: ["ETAG", "TRANSACTIONAL", "TTL", "QUERY_API", "ACTOR", "DELETE_WITH_PREFIX"],
  create: (config) => new InMemoryStateStore({ cleanupIntervalMs: config.cleanupInterval }),
});
