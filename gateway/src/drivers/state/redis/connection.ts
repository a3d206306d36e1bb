/**
 * The Redis connection of a component: ioredis options from Dapr's metadata
 * fields, a bounded first connect (so start-up fails clearly), automatic
 * reconnection afterwards, and errors that say why Redis is unreachable.
 */
import { Redis, type RedisOptions } from "ioredis";
import type { Logger } from "../../../util/logger.js";

export interface RedisConnectionConfig {
  readonly redisHost: string;
  readonly redisPort: number | undefined;
  readonly redisUsername: string | undefined;
  readonly redisPassword: string | undefined;
  readonly redisDB: number;
  readonly enableTLS: boolean;
  readonly insecureSkipTLSVerify: boolean;
  readonly clientCert: string | undefined;
  readonly clientKey: string | undefined;
  readonly redisMaxRetries: number;
  readonly redisMinRetryInterval: number;
  readonly redisMaxRetryInterval: number;
  readonly dialTimeout: number;
  readonly readTimeout: number;
}

/** host and port from redisHost ("host", "host:port", "[::1]:port") and redisPort, as Dapr resolves them. */
export function resolveAddress(redisHost: string, redisPort: number | undefined): { host: string; port: number } {
  const text = redisHost.trim();
  if (text.includes(",")) throw new Error(`redisHost "${text}" lists several hosts; only redisType "node" (one host) is supported`);
  const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(text) ?? /^([^:]+)(?::(\d+))?$/.exec(text);
  if (!m) throw new Error(`redisHost "${text}" is not a host or host:port`);
  const host = m[1]!;
  const inHost = m[2] === undefined ? undefined : Number(m[2]);
  if (inHost !== undefined && redisPort !== undefined && inHost !== redisPort) {
    throw new Error(`redis host "${text}" already contains port ${inHost}, but redisPort is set to ${redisPort}; remove one of them`);
  }
  return { host, port: inHost ?? redisPort ?? 6379 };
}

/**
 * A connected client; rejects (and closes the client) when Redis cannot be
 * reached within dialTimeout. `what` names the component kind in the error
 * ("redis store", "redis streams").
 */
export async function connectRedis(config: RedisConnectionConfig, logger: Logger, what = "redis store"): Promise<RedisConnection> {
  const { host, port } = resolveAddress(config.redisHost, config.redisPort);
  const address = `${host}:${port}`;
  const conn = new RedisConnection(address, options(config, host, port), logger);
  try {
    await withTimeout(conn.client.connect(), config.dialTimeout, `no answer within ${config.dialTimeout} ms`);
    await withTimeout(conn.client.ping(), config.dialTimeout, `no answer to PING within ${config.dialTimeout} ms`);
  } catch (e) {
    conn.client.disconnect();
    throw new Error(`${what}: error connecting to redis at ${address}: ${conn.connectionError ?? (e instanceof Error ? e.message : String(e))}`);
  }
  return conn;
}

export class RedisConnection {
  readonly client: Redis;
  private lastError: string | undefined;
  private warnedAt = 0;

  constructor(
    readonly address: string,
    opts: RedisOptions,
    private readonly logger: Logger,
  ) {
    this.client = new Redis(opts);
    this.client.on("error", (e: Error) => {
      this.lastError = e.message;
      // Reconnection errors repeat every retry; log them at most every 10 s.
      if (Date.now() - this.warnedAt > 10_000) {
        this.warnedAt = Date.now();
        this.logger.warn("redis connection error; reconnecting", { address, error: e.message });
      }
    });
    this.client.on("ready", () => {
      if (this.lastError !== undefined) this.logger.info("redis connection restored", { address });
      this.lastError = undefined;
    });
  }

  /** The last connection error, while the connection is not ready. */
  get connectionError(): string | undefined {
    return this.client.status === "ready" ? undefined : this.lastError;
  }

  /** A cause for an error, with the connection problem when there is one. */
  describe(e: unknown): string {
    const msg = e instanceof Error ? e.message : String(e);
    if (this.client.status !== "ready" && this.lastError !== undefined && !msg.includes(this.lastError)) {
      return `redis at ${this.address} is unreachable (${this.lastError}): ${msg}`;
    }
    return msg;
  }

  async close(): Promise<void> {
    try {
      await withTimeout(this.client.quit(), 2000, "quit timed out");
    } catch {
      // not connected: nothing to flush
    } finally {
      this.client.disconnect();
    }
  }
}

function options(c: RedisConnectionConfig, host: string, port: number): RedisOptions {
  const tls = c.enableTLS
    ? {
        servername: host,
        rejectUnauthorized: !c.insecureSkipTLSVerify,
        ...(c.clientCert && c.clientKey && { cert: c.clientCert, key: c.clientKey }),
      }
    : undefined;
  return {
    host,
    port,
    db: c.redisDB,
    ...(c.redisUsername && { username: c.redisUsername }),
    ...(c.redisPassword && { password: c.redisPassword }),
    ...(tls && { tls }),
    lazyConnect: true,
    connectTimeout: c.dialTimeout,
    ...(c.readTimeout > 0 && { commandTimeout: c.readTimeout }),
    // A command waits for at most this many reconnection attempts while Redis is away, then fails.
    maxRetriesPerRequest: Math.max(c.redisMaxRetries, 0),
    // Reconnect forever, with exponential backoff between the min and max intervals.
    retryStrategy: (times: number) => Math.min(Math.max(c.redisMinRetryInterval, 1) * 2 ** Math.min(times, 20), Math.max(c.redisMaxRetryInterval, 1)),
    enableReadyCheck: true,
    // The default error string ioredis prints for unhandled errors is replaced by our listener.
    showFriendlyErrorStack: false,
  };
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  p.catch(() => undefined); // a late rejection after the timeout is not unhandled
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
