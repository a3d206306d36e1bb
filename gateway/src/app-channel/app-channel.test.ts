import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../util/logger.js";
import { AppChannel } from "./app-channel.js";

const logger = createLogger({ level: "error", json: false, scope: "test" });
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function listen(port: number): Promise<Server> {
  return new Promise((resolve) => {
    const s = createServer((sock) => sock.destroy()).listen(port, "127.0.0.1", () => resolve(s));
  });
}

describe("AppChannel readiness", () => {
  it("keeps waiting for the app when one caller gives up, and resolves the others once the app listens", async () => {
    const port = await freePort();
    const channel = new AppChannel({ protocol: "http", host: "127.0.0.1", port, maxConcurrency: -1, logger, probeIntervalMs: 10 });
    cleanups.push(() => channel.close());
    const impatient = new AbortController();
    const first = channel.waitUntilReady(impatient.signal);
    const second = channel.waitUntilReady();
    impatient.abort(new Error("caller went away"));
    await expect(first).rejects.toThrow("caller went away");
    expect(channel.ready).toBe(false);
    const server = await listen(port);
    cleanups.push(() => new Promise<void>((r) => server.close(() => r())));
    await second;
    expect(channel.ready).toBe(true);
    await channel.waitUntilReady(AbortSignal.abort()); // ready wins over an aborted signal once known
  });

  it("rejects waiting callers when the channel closes", async () => {
    const port = await freePort();
    const channel = new AppChannel({ protocol: "grpc", host: "127.0.0.1", port, maxConcurrency: 2, logger, probeIntervalMs: 10 });
    const waiting = channel.waitUntilReady();
    await channel.close();
    await expect(waiting).rejects.toThrow("closed");
  });
});
