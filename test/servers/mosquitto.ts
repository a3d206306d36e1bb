/**
 * A real mosquitto (MQTT 3.1.1/5 broker) on a free port, for tests, with
 * persistence in a temp folder so persistent sessions (clean session false)
 * and their queued messages survive a stop and start on the same port.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../harness/ports.js";
import { ensureBinary, startProcess, waitForPort, type ManagedProcess } from "./process.js";

export interface MosquittoServer {
  readonly host: string;
  readonly port: number;
  /** tcp://127.0.0.1:port, the form of Dapr's url. */
  readonly url: string;
  readonly dataDir: string;
  /** Stops the broker (sessions and queued messages are written to disk). */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops it and removes its folder. */
  close(): Promise<void>;
}

export async function startMosquitto(): Promise<MosquittoServer> {
  const binary = ensureBinary({ name: "mosquitto", debianPackage: "mosquitto" });
  const dataDir = mkdtempSync(join(tmpdir(), "pillion-mosquitto-"));
  const port = await freePort();
  const config = join(dataDir, "mosquitto.conf");
  writeFileSync(
    config,
    [
      `listener ${port} 127.0.0.1`,
      "allow_anonymous true",
      "persistence true",
      `persistence_location ${dataDir}/`,
      // Without it, mosquitto started as root drops to the "mosquitto" user, who cannot write the temp folder.
      ...(process.getuid?.() === 0 ? ["user root"] : []),
      // Enough room for the tests' bursts of unacknowledged QoS 1 messages per session.
      "max_queued_messages 100000",
      "log_dest stderr",
      "log_type error",
      "log_type warning",
    ].join("\n") + "\n",
  );
  let proc: ManagedProcess | undefined;
  const start = async () => {
    if (proc?.alive()) return;
    proc = await startProcess({
      name: "mosquitto",
      command: binary,
      args: ["-c", config],
      cwd: dataDir,
      ready: (p) => waitForPort(port, { alive: p.alive, what: "mosquitto" }),
    });
  };
  await start();
  return {
    host: "127.0.0.1",
    port,
    url: `tcp://127.0.0.1:${port}`,
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
