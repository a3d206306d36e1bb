/**
 * A real RabbitMQ node for tests, started as lean as it goes: its own node
 * name, ports and private epmd, a temp folder for mnesia, logs and config,
 * and no plugins (no management UI). It can be stopped and started again on
 * the same port and data (fault tests): durable queues and persistent
 * messages survive.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../harness/ports.js";
import { ensureBinary, startProcess, waitForPort, type ManagedProcess } from "./process.js";

const realScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";

export interface RabbitMqServer {
  readonly host: string;
  readonly port: number;
  /** amqp://guest:guest@127.0.0.1:port, the form of Dapr's connectionString. */
  readonly url: string;
  readonly dataDir: string;
  /** Stops the node (durable queues and persistent messages are kept on disk). */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops it and its epmd, and removes its folder. */
  close(): Promise<void>;
}

export async function startRabbitMq(): Promise<RabbitMqServer> {
  // The Debian wrapper in /usr/sbin switches to the rabbitmq user and writes to /var/log; the real script does neither.
  const wrapper = ensureBinary({ name: "rabbitmq-server", debianPackage: "rabbitmq-server" });
  const script = existsSync(realScript) ? realScript : wrapper;
  const epmdBinary = ensureBinary({ name: "epmd", debianPackage: "erlang-base" });
  const dataDir = mkdtempSync(join(tmpdir(), "pillion-rabbitmq-"));
  const [port, distPort, epmdPort] = [await freePort(), await freePort(), await freePort()];
  const nodeName = `pillion-${port}@localhost`;
  writeFileSync(join(dataDir, "enabled_plugins"), "[].\n");
  writeFileSync(join(dataDir, "rabbitmq-env.conf"), "");
  writeFileSync(
    join(dataDir, "rabbitmq.conf"),
    [`listeners.tcp.default = 127.0.0.1:${port}`, "loopback_users = none", "log.console = true", "log.console.level = warning", "log.file = false"].join("\n") + "\n",
  );
  const env = {
    HOME: dataDir, // the Erlang cookie lives here
    RABBITMQ_CONF_ENV_FILE: join(dataDir, "rabbitmq-env.conf"),
    RABBITMQ_CONFIG_FILE: join(dataDir, "rabbitmq.conf"),
    RABBITMQ_ENABLED_PLUGINS_FILE: join(dataDir, "enabled_plugins"),
    RABBITMQ_NODENAME: nodeName,
    RABBITMQ_NODE_IP_ADDRESS: "127.0.0.1",
    RABBITMQ_NODE_PORT: String(port),
    RABBITMQ_DIST_PORT: String(distPort),
    ERL_EPMD_PORT: String(epmdPort),
    RABBITMQ_MNESIA_BASE: join(dataDir, "mnesia"),
    RABBITMQ_LOG_BASE: join(dataDir, "log"),
    RABBITMQ_PID_FILE: join(dataDir, "rabbitmq.pid"),
  };

  // A private epmd in the foreground, so it is stopped with the node and never outlives the tests.
  const epmd = await startProcess({
    name: "epmd",
    command: epmdBinary,
    args: ["-port", String(epmdPort), "-address", "127.0.0.1"],
    cwd: dataDir,
    ready: (p) => waitForPort(epmdPort, { alive: p.alive, what: "epmd" }),
  });

  let proc: ManagedProcess | undefined;
  const start = async () => {
    if (proc?.alive()) return;
    proc = await startProcess({
      name: "rabbitmq-server",
      command: script,
      args: [],
      cwd: dataDir,
      env,
      ready: (p) => waitForPort(port, { alive: p.alive, what: "rabbitmq-server", timeoutMs: 60_000 }),
    });
  };
  try {
    await start();
  } catch (e) {
    await epmd.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
  return {
    host: "127.0.0.1",
    port,
    url: `amqp://guest:guest@127.0.0.1:${port}`,
    dataDir,
    stop: async () => {
      await proc?.stop(30_000);
    },
    start,
    close: async () => {
      await proc?.stop(30_000);
      await epmd.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
