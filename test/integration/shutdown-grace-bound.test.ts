/**
 * The grace period bounds the whole stop, not only the drain: a component
 * whose close waits on work that cannot finish (here a state.postgresql
 * save blocked on a row lock another session holds, so the pool cannot end)
 * does not keep a SIGTERMed pillion alive past --dapr-graceful-shutdown-seconds.
 *
 * The component's own timeout is set far past the test timeout: a stop that
 * waited for the pool to end would wait it out, and the test would time out.
 */
import { once } from "node:events";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { startSidecar, type SidecarProcess } from "../harness/sidecar-process.js";
import { tempDir } from "../harness/temp-dir.js";
import { startPostgres, type PostgresServer } from "../servers/index.js";

let server: PostgresServer | undefined;
let locker: pg.Client | undefined;
let sc: SidecarProcess | undefined;
let dir: ReturnType<typeof tempDir> | undefined;

afterEach(async () => {
  await sc?.stop();
  await locker?.query("ROLLBACK").catch(() => undefined);
  await locker?.end().catch(() => undefined);
  await server?.close();
  dir?.remove();
  server = locker = sc = dir = undefined;
});

async function until(cond: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await cond())) await new Promise((r) => setTimeout(r, 50));
}

describe("SIGTERM while a component cannot close", () => {
  it("exits once the grace period is over, leaving a state.postgresql pool with a query still blocked", async () => {
    server = await startPostgres();
    dir = tempDir({
      "statestore.yaml": [
        "apiVersion: dapr.io/v1alpha1",
        "kind: Component",
        "metadata:",
        "  name: statestore",
        "spec:",
        "  type: state.postgresql",
        "  version: v1",
        "  metadata:",
        "    - name: connectionString",
        `      value: "${server.dsn}"`,
        "    - name: timeout",
        '      value: "10m"',
      ].join("\n"),
    });
    sc = await startSidecar({ appId: "grace-app", resourcesPaths: [dir.path], args: ["--dapr-graceful-shutdown-seconds", "1"] });
    const save = () => fetch(`${sc!.httpUrl}/v1.0/state/statestore`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify([{ key: "k", value: 1 }]) });
    expect((await save()).status).toBe(204);

    // Another session holds the row, so the next save waits for its lock.
    locker = new pg.Client({ host: server.host, port: server.port, user: server.user, database: server.database });
    await locker.connect();
    await locker.query("BEGIN");
    await locker.query("SELECT * FROM state WHERE key = $1 FOR UPDATE", ["grace-app||k"]);
    const blocked = save().then(
      (r) => r.status,
      () => "cut off",
    );
    await until(async () => {
      const r = await locker!.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted");
      return r.rows[0]!.n > 0;
    });

    sc.child.kill("SIGTERM");
    if (sc.child.exitCode === null && sc.child.signalCode === null) await once(sc.child, "exit");
    expect(sc.child.exitCode).toBe(0);
    expect(await blocked).toBe("cut off");
    expect(sc.output()).toContain("the graceful shutdown period is over");
    expect(sc.output()).toContain("pillion sidecar stopped");
  });
});
