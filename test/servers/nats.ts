/**
 * A real nats-server with JetStream (file storage in a temp folder) on a free
 * port, for tests. It can be stopped and started again on the same port and
 * store (fault tests): streams and acknowledged messages survive.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../harness/ports.js";
import { ensureBinary, startProcess, waitForPort, type ManagedProcess } from "./process.js";

export interface NatsServer {
  readonly host: string;
  readonly port: number;
  /** nats://127.0.0.1:port, the form of Dapr's natsURL. */
  readonly url: string;
  readonly dataDir: string;
  /** Stops the server (the JetStream store is kept on disk). */
  stop(): Promise<void>;
  /** Starts it again on the same port and store. */
  start(): Promise<void>;
  /** Stops it and removes its folder. */
  close(): Promise<void>;
}

export async function startNats(): Promise<NatsServer> {
  const binary = ensureBinary({ name: "nats-server", debianPackage: "nats-server" });
  const dataDir = mkdtempSync(join(tmpdir(), "pillion-nats-"));
  const port = await freePort();
  let proc: ManagedProcess | undefined;
  const start = async () => {
    if (proc?.alive()) return;
    proc = await startProcess({
      name: "nats-server",
      command: binary,
      args: ["--addr", "127.0.0.1", "--port", String(port), "--jetstream", "--store_dir", dataDir, "--server_name", `pillion-${port}`],
      cwd: dataDir,
      ready: (p) => waitForPort(port, { alive: p.alive, what: "nats-server" }),
    });
  };
  await start();
  return {
    host: "127.0.0.1",
    port,
    url: `nats://127.0.0.1:${port}`,
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
}
