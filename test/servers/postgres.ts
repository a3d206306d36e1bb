/**
 * A real PostgreSQL server (initdb + postgres) on a free port in a temp
 * folder, for tests. PostgreSQL refuses to run as root, so when the tests run
 * as root the server runs as the `postgres` system user in a folder it owns.
 * It can be stopped and started again on the same port and data (fault tests).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "../harness/ports.js";
import { ensureBinary, ownedDir, sleep, startProcess, systemUser, type ManagedProcess, type RunAs } from "./process.js";

const run = promisify(execFile);
const pgDirs = ["/usr/lib/postgresql/*/bin"];

export interface PostgresServer {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly database: string;
  /** postgres://user@127.0.0.1:port/database */
  readonly url: string;
  /** The libpq keyword/value form Dapr's docs use: "host=... port=... user=... database=...". */
  readonly dsn: string;
  readonly dataDir: string;
  /** Stops the server (fast shutdown: open sessions are ended; data is kept). */
  stop(): Promise<void>;
  /** Starts it again on the same port and data dir. */
  start(): Promise<void>;
  /** Stops it and removes its folder. */
  close(): Promise<void>;
}

export async function startPostgres(): Promise<PostgresServer> {
  const postgres = ensureBinary({ name: "postgres", debianPackage: "postgresql", extraDirs: pgDirs });
  // initdb and pg_isready live beside the real binary (PATH may hold a symlink).
  const binDir = dirname(realpathSync(postgres));
  const initdb = join(binDir, "initdb");
  const pgIsReady = join(binDir, "pg_isready");
  const runAs = runAsUser();
  const root = ownedDir(mkdtempSync(join(tmpdir(), "pillion-postgres-")), runAs);
  const dataDir = join(root, "data");
  const port = await freePort();
  const user = "postgres";
  const database = "postgres";

  await run(initdb, ["-D", dataDir, "-U", user, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], {
    ...(runAs && { uid: runAs.uid, gid: runAs.gid }),
    env: { ...process.env, ...(runAs && { HOME: runAs.home }) },
    cwd: root,
  }).catch((e: { stderr?: string; message: string }) => {
    throw new Error(`initdb failed: ${e.stderr || e.message}`);
  });

  let proc: ManagedProcess | undefined;
  const start = async () => {
    if (proc?.alive()) return;
    proc = await startProcess({
      name: "postgres",
      command: postgres,
      args: [
        "-D", dataDir,
        "-h", "127.0.0.1",
        "-p", String(port),
        "-k", root,
        // A test database: speed over durability.
        "-c", "fsync=off",
        "-c", "synchronous_commit=off",
        "-c", "full_page_writes=off",
        "-c", "max_connections=50",
      ],
      cwd: root,
      ...(runAs && { runAs }),
      // SIGINT is PostgreSQL's "fast" shutdown; SIGTERM would wait for every client to disconnect.
      stopSignal: "SIGINT",
      ready: async (p) => {
        const deadline = Date.now() + 30_000;
        for (;;) {
          if (!p.alive()) throw new Error("postgres exited during start-up");
          const ok = await run(pgIsReady, ["-h", "127.0.0.1", "-p", String(port), "-U", user, "-d", database]).then(
            () => true,
            () => false,
          );
          if (ok) return;
          if (Date.now() > deadline) throw new Error(`postgres did not accept connections on 127.0.0.1:${port} within 30 s`);
          await sleep(100);
        }
      },
    });
  };
  await start();
  return {
    host: "127.0.0.1",
    port,
    user,
    database,
    url: `postgres://${user}@127.0.0.1:${port}/${database}`,
    dsn: `host=127.0.0.1 port=${port} user=${user} database=${database} connect_timeout=5`,
    dataDir,
    stop: async () => {
      await proc?.stop();
    },
    start,
    close: async () => {
      await proc?.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** PostgreSQL will not run as root: as root, use the postgres system user. */
function runAsUser(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const u = systemUser("postgres");
  if (!u) throw new Error('the tests run as root and PostgreSQL refuses root: create the "postgres" system user (apt-get install -y postgresql does)');
  return u;
}
