/**
 * A real redis-server on a free port in a temp folder, for tests. It can be
 * stopped and started again on the same port and data (fault tests).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../harness/ports.js";
import { ensureBinary, startProcess, waitForPort, type ManagedProcess } from "./process.js";

export interface RedisServer {
  readonly host: string;
  readonly port: number;
  /** "127.0.0.1:port", the form of Dapr's redisHost. */
  readonly address: string;
  readonly dataDir: string;
  /** Stops the server (data is kept on disk). */
  stop(): Promise<void>;
  /** Starts it again on the same port and data dir. */
  start(): Promise<void>;
  /** Stops it and removes its folder. */
  close(): Promise<void>;
}

export interface RedisServerOptions {
  /** Extra redis.conf directives as command-line flags, e.g. ["--requirepass", "secret"]. */
  readonly args?: readonly string[];
}

export async function startRedis(opts: RedisServerOptions = {}): Promise<RedisServer> {
  const binary = ensureBinary({ name: "redis-server", debianPackage: "redis-server" });
  const dataDir = mkdtempSync(join(tmpdir(), "pillion-redis-"));
  const port = await freePort();
  let proc: ManagedProcess | undefined;
  const start = async () => {
    if (proc?.alive()) return;
    proc = await startProcess({
      name: "redis-server",
      command: binary,
      args: [
        "--port", String(port),
        "--bind", "127.0.0.1",
        "--dir", dataDir,
        "--daemonize", "no",
        // Keeps data across a stop/start (written on graceful shutdown), without snapshots.
        "--appendonly", "yes",
        "--save", "",
        "--protected-mode", "no",
        "--logfile", "",
        ...(opts.args ?? []),
      ],
      cwd: dataDir,
      ready: (p) => waitForPort(port, { alive: p.alive, what: "redis-server" }),
    });
  };
  await start();
  const server: RedisServer = {
    host: "127.0.0.1",
    port,
    address: `127.0.0.1:${port}`,
    dataDir,
    stop: async () => {
      await proc?.stop();
    },
    start,
    close: async () => {
      await proc?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}
