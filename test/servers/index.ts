/**
 * Real servers for tests, one file per server, all built on process.ts
 * (ensureBinary, startProcess, waitForPort). To add one: ensureBinary with
 * its Debian package, a free port and a temp folder, startProcess with a
 * `ready` probe, and a stop()/start()/close() handle like RedisServer's.
 */
export { startRedis, type RedisServer, type RedisServerOptions } from "./redis.js";
export { startPostgres, type PostgresServer } from "./postgres.js";
export { startRabbitMq, type RabbitMqServer } from "./rabbitmq.js";
export { startNats, type NatsServer } from "./nats.js";
export { startMosquitto, type MosquittoServer } from "./mosquitto.js";
export { ensureBinary, startProcess, waitForPort, canConnect, type ManagedProcess, type StartProcessOptions, type BinarySpec } from "./process.js";
