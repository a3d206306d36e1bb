import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { Redis } from "ioredis";
import { canConnect, ensureBinary } from "./process.js";
import { startMosquitto } from "./mosquitto.js";
import { startNats } from "./nats.js";
import { startRabbitMq } from "./rabbitmq.js";
import { startPostgres, type PostgresServer } from "./postgres.js";
import { startRedis, type RedisServer } from "./redis.js";

describe("ensureBinary", () => {
  it("finds a binary on PATH", () => {
    expect(ensureBinary({ name: "sh", debianPackage: "dash" })).toMatch(/\/sh$/);
  });

  it("finds a binary in a versioned folder", () => {
    expect(ensureBinary({ name: "postgres", debianPackage: "postgresql", extraDirs: ["/usr/lib/postgresql/*/bin"] })).toMatch(/\/postgres$/);
  });

  it("names the command to run when a package cannot be installed", () => {
    const spec = { name: "pillion-no-such-binary", debianPackage: "pillion-no-such-package", install: false };
    expect(() => ensureBinary(spec)).toThrow(/apt-get install -y pillion-no-such-package/);
  });
});

describe("redis-server fixture", () => {
  let redis: RedisServer | undefined;
  afterAll(() => redis?.close());

  it("serves, stops, and starts again on the same port with its data", async () => {
    redis = await startRedis();
    const client = new Redis({ host: redis.host, port: redis.port, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => 100 });
    try {
      await client.connect();
      await client.set("k", "v");
      await redis.stop();
      await expect(client.get("k")).rejects.toThrow();
      await redis.start();
      await expect.poll(() => client.get("k").catch(() => "not yet"), { timeout: 10_000 }).toBe("v");
    } finally {
      client.disconnect();
    }
  });
});

describe("postgres fixture", () => {
  let server: PostgresServer | undefined;
  afterAll(() => server?.close());

  it("serves, stops, and starts again on the same port with its data", async () => {
    server = await startPostgres();
    const query = async (sql: string) => {
      const c = new pg.Client({ connectionString: server!.url });
      await c.connect();
      try {
        return (await c.query(sql)).rows;
      } finally {
        await c.end();
      }
    };
    await query("CREATE TABLE t (v text); INSERT INTO t VALUES ('kept')");
    await server.stop();
    await expect(query("SELECT 1")).rejects.toThrow();
    await server.start();
    expect(await query("SELECT v FROM t")).toEqual([{ v: "kept" }]);
  });
});

describe.each([
  { name: "rabbitmq-server", start: startRabbitMq },
  { name: "nats-server", start: startNats },
  { name: "mosquitto", start: startMosquitto },
])("$name fixture", ({ start }) => {
  let server: { host: string; port: number; stop(): Promise<void>; start(): Promise<void>; close(): Promise<void> } | undefined;
  afterAll(() => server?.close());

  it("serves, stops, and starts again on the same port", async () => {
    server = await start();
    expect(await canConnect("127.0.0.1", server.port)).toBe(true);
    await server.stop();
    expect(await canConnect("127.0.0.1", server.port)).toBe(false);
    await server.start();
    expect(await canConnect("127.0.0.1", server.port)).toBe(true);
    // Two starts: each may take up to its own 60 s readiness wait on a loaded machine (RabbitMQ boots an Erlang VM).
  }, 150_000);
});
