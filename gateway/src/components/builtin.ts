import type { DriverDefinition } from "./definition.js";
import { DriverRegistry } from "./registry.js";
import { cronBinding } from "../drivers/bindings/cron/index.js";
import { httpBinding } from "../drivers/bindings/http/index.js";
import { localStorageBinding } from "../drivers/bindings/localstorage/index.js";
import { mqtt3Binding } from "../drivers/bindings/mqtt3/index.js";
import { postgresqlBinding } from "../drivers/bindings/postgresql/index.js";
import { rabbitmqBinding } from "../drivers/bindings/rabbitmq/index.js";
import { redisBinding } from "../drivers/bindings/redis/index.js";
import { inMemoryConfiguration } from "../drivers/configuration/in-memory/index.js";
import { postgresqlConfiguration } from "../drivers/configuration/postgresql/index.js";
import { redisConfiguration } from "../drivers/configuration/redis/index.js";
import { inMemoryLock } from "../drivers/lock/in-memory/index.js";
import { redisLock } from "../drivers/lock/redis/index.js";
import { inMemoryPubSub } from "../drivers/pubsub/in-memory/index.js";
import { jetstreamPubSub } from "../drivers/pubsub/jetstream/index.js";
import { mqtt3PubSub } from "../drivers/pubsub/mqtt3/index.js";
import { rabbitmqPubSub } from "../drivers/pubsub/rabbitmq/index.js";
import { redisPubSub } from "../drivers/pubsub/redis/index.js";
import { localEnvSecretStore } from "../drivers/secretstores/local-env/index.js";
import { localFileSecretStore } from "../drivers/secretstores/local-file/index.js";
import { inMemoryState } from "../drivers/state/in-memory/index.js";
import { postgresqlState } from "../drivers/state/postgresql/index.js";
import { redisState } from "../drivers/state/redis/index.js";

/** Every driver pillion ships. The README's driver reference is generated from this list. */
export const builtinDrivers: readonly DriverDefinition[] = [
  inMemoryState as unknown as DriverDefinition,
  inMemoryPubSub as unknown as DriverDefinition,
  redisPubSub as unknown as DriverDefinition,
  rabbitmqPubSub as unknown as DriverDefinition,
  jetstreamPubSub as unknown as DriverDefinition,
  mqtt3PubSub as unknown as DriverDefinition,
  redisState as unknown as DriverDefinition,
  postgresqlState as unknown as DriverDefinition,
  inMemoryConfiguration as unknown as DriverDefinition,
  redisConfiguration as unknown as DriverDefinition,
  postgresqlConfiguration as unknown as DriverDefinition,
  inMemoryLock as unknown as DriverDefinition,
  redisLock as unknown as DriverDefinition,
  httpBinding as unknown as DriverDefinition,
  cronBinding as unknown as DriverDefinition,
  localStorageBinding as unknown as DriverDefinition,
  redisBinding as unknown as DriverDefinition,
  postgresqlBinding as unknown as DriverDefinition,
  rabbitmqBinding as unknown as DriverDefinition,
  mqtt3Binding as unknown as DriverDefinition,
  localEnvSecretStore as unknown as DriverDefinition,
  localFileSecretStore as unknown as DriverDefinition,
];

export function builtinRegistry(): DriverRegistry {
  return new DriverRegistry(builtinDrivers);
}
