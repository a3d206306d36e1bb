import { defineLockDriver } from "../../../components/lock/lock-store.js";
import { defineMetadata } from "../../../components/metadata-schema.js";
import { InMemoryLockStore } from "./store.js";

export const inMemoryLock = defineLockDriver({
  type: "in-memory",
  versions: ["v1"],
  description:
    "Locks kept in the sidecar's memory: they hold between the apps of this sidecar only (other sidecars have their own), and are gone on restart. For development and tests.",
  metadata: defineMetadata({
    cleanupInterval: {
      type: "duration",
      default: 1000,
      description: "How often expired locks are dropped from memory; an expired lock is free at once either way.",
    },
  }),
  create: (config) => new InMemoryLockStore({ cleanupIntervalMs: config.cleanupInterval }),
});
