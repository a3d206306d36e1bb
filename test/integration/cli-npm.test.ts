/**
 * pillion through npm, from the repository root: `npx pillion --version`
 * (the package's own bin) and `npm start` (the sidecar on Dapr's default
 * ports 3500 / 50001 with the embedded in-memory components).
 */
import { createClient } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { Dapr } from "../../gateway/src/gen/dapr/proto/runtime/v1/dapr_pb.js";
import { answers, spawnCaptured, waitFor, type Spawned } from "../tools/processes.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const packageVersion = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

/** Whether nothing listens on 127.0.0.1:port right now. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
  });
}

const defaultPortsFree = (await portIsFree(3500)) && (await portIsFree(50001));

describe("pillion through npm", () => {
  it("npx pillion --version prints the package version from the repository root", async () => {
    const p = spawnCaptured(npx, ["--no-install", "pillion", "--version"], { cwd: root });
    const { code } = await p.exited;
    expect(code, p.output()).toBe(0);
    expect(p.output()).toMatch(new RegExp(`^${packageVersion.replace(/\./g, "\\.")}$`, "m"));
  });

  describe.skipIf(!defaultPortsFree)("npm start (skipped when 3500 or 50001 is already taken on this machine)", () => {
    let started: Spawned | undefined;
    afterAll(async () => {
      // npm runs the sidecar in a child shell: signal the whole process group.
      if (started?.child.pid && started.child.exitCode === null) {
        try {
          process.kill(-started.child.pid, "SIGTERM");
        } catch {
          // gone already
        }
        const t = setTimeout(() => started?.kill(), 10_000);
        await started.exited;
        clearTimeout(t);
      }
    });

    it("runs the sidecar on 3500 and 50001 with the embedded default components, and stops on SIGTERM", async () => {
      started = spawnCaptured(npm, ["start"], { cwd: root, detached: true });
      const p = started;
      await waitFor(`npm start to serve on 3500\n${p.output()}`, async () => {
        if (p.child.exitCode !== null) throw new Error(`npm start exited with ${p.child.exitCode}:\n${p.output()}`);
        try {
          return (await fetch("http://127.0.0.1:3500/v1.0/healthz/outbound")).status === 204 ? true : undefined;
        } catch {
          return undefined;
        }
      });
      const meta = (await (await fetch("http://127.0.0.1:3500/v1.0/metadata")).json()) as { id: string; components?: { name: string; type: string }[] };
      expect(meta.id).toBe("pillion");
      expect(meta.components).toContainEqual(expect.objectContaining({ name: "statestore", type: "state.in-memory" }));

      const grpc = createClient(Dapr, createGrpcTransport({ baseUrl: "http://127.0.0.1:50001" }));
      const viaGrpc = await grpc.getMetadata({});
      expect(viaGrpc.id).toBe("pillion");

      process.kill(-p.child.pid!, "SIGTERM");
      await p.exited;
      // npm may exit before the sidecar has drained and closed its listeners: wait for both ports to be let go.
      await waitFor("the sidecar to free 3500 and 50001 after SIGTERM", async () => ((await portIsFree(3500)) && (await portIsFree(50001)) ? true : undefined));
      expect(await answers("http://127.0.0.1:3500/v1.0/healthz")).toBe(false);
    });
  });
});
