import type { ComponentKind, DriverDefinition } from "./definition.js";
import { DriverRegistry, type LazyDriver } from "./registry.js";

/**
 * A driver whose module is imported on first use; the definitions' literal
 * types are erased here, as the registry keeps them. `aliases` are the other
 * names daprd registers the same component under (cmd/daprd/components/).
 */
function lazy(kind: ComponentKind, type: string, load: () => Promise<unknown>, aliases?: readonly string[]): LazyDriver {
  return { kind, type, load: load as () => Promise<DriverDefinition>, ...(aliases && { aliases }) };
}

/**
 * Every driver pillion ships, by kind and type. Each one's module (and the
 * client library it uses: ioredis, pg, amqplib, NATS, MQTT) is imported when
 * a component of that type is loaded, not when the sidecar starts; a sidecar
 * with the in-memory defaults loads none of the client libraries. The
 * README's driver reference is generated from this list (loadBuiltinDrivers).
 */
export const builtinDrivers: readonly LazyDriver[] = [
  lazy("state", "in-memory", async () => (await import("../drivers/state/in-memory/index.js")).inMemoryState),
  lazy("pubsub", "in-memory", async () => (await import("../drivers/pubsub/in-memory/index.js")).inMemoryPubSub),
  lazy("pubsub", "redis", async () => (await import("../drivers/pubsub/redis/index.js")).redisPubSub),
  lazy("pubsub", "rabbitmq", async () => (await import("../drivers/pubsub/rabbitmq/index.js")).rabbitmqPubSub),
  lazy("pubsub", "jetstream", async () => (await import("../drivers/pubsub/jetstream/index.js")).jetstreamPubSub),
  lazy("pubsub", "mqtt3", async () => (await import("../drivers/pubsub/mqtt3/index.js")).mqtt3PubSub, ["mqtt"]),
  lazy("state", "redis", async () => (await import("../drivers/state/redis/index.js")).redisState),
  lazy("state", "postgresql", async () => (await import("../drivers/state/postgresql/index.js")).postgresqlState, ["postgres"]),
  lazy("configuration", "in-memory", async () => (await import("../drivers/configuration/in-memory/index.js")).inMemoryConfiguration),
  lazy("configuration", "redis", async () => (await import("../drivers/configuration/redis/index.js")).redisConfiguration),
  lazy("configuration", "postgresql", async () => (await import("../drivers/configuration/postgresql/index.js")).postgresqlConfiguration, ["postgres"]),
  lazy("lock", "in-memory", async () => (await import("../drivers/lock/in-memory/index.js")).inMemoryLock),
  lazy("lock", "redis", async () => (await import("../drivers/lock/redis/index.js")).redisLock),
  lazy("bindings", "http", async () => (await import("../drivers/bindings/http/index.js")).httpBinding),
  lazy("bindings", "cron", async () => (await import("../drivers/bindings/cron/index.js")).cronBinding),
  lazy("bindings", "localstorage", async () => (await import("../drivers/bindings/localstorage/index.js")).localStorageBinding),
  lazy("bindings", "redis", async () => (await import("../drivers/bindings/redis/index.js")).redisBinding),
  lazy("bindings", "postgresql", async () => (await import("../drivers/bindings/postgresql/index.js")).postgresqlBinding, ["postgres"]),
  lazy("bindings", "rabbitmq", async () => (await import("../drivers/bindings/rabbitmq/index.js")).rabbitmqBinding),
  lazy("bindings", "mqtt3", async () => (await import("../drivers/bindings/mqtt3/index.js")).mqtt3Binding, ["mqtt"]),
  lazy("secretstores", "local.env", async () => (await import("../drivers/secretstores/local-env/index.js")).localEnvSecretStore),
  lazy("secretstores", "local.file", async () => (await import("../drivers/secretstores/local-file/index.js")).localFileSecretStore),
];

/** Every built-in driver's definition, all modules imported (for the driver reference). */
export function loadBuiltinDrivers(): Promise<DriverDefinition[]> {
  return Promise.all(builtinDrivers.map((d) => d.load()));
}

export function builtinRegistry(): DriverRegistry {
  return new DriverRegistry(builtinDrivers);
}
