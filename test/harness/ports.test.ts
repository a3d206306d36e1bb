import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { freePort } from "./ports.js";

describe("freePort", () => {
  it("hands out distinct ports below the ephemeral range that can be listened on", async () => {
    const ports: number[] = [];
    for (let i = 0; i < 50; i++) ports.push(await freePort());
    expect(new Set(ports).size).toBe(ports.length);
    for (const p of ports) {
      expect(p).toBeGreaterThanOrEqual(20_000);
      expect(p).toBeLessThan(32_768);
    }
    const srv = createServer();
    await new Promise<void>((resolve, reject) => srv.once("error", reject).listen(ports[0], "127.0.0.1", resolve));
    await new Promise((r) => srv.close(r));
  });

  it("skips a port something already listens on", async () => {
    const first = await freePort();
    // Occupy the next few ports of the walk; freePort must step over them.
    const held = await Promise.all(
      [1, 2, 3].map(
        (d) =>
          new Promise<ReturnType<typeof createServer> | null>((resolve) => {
            const s = createServer();
            s.once("error", () => resolve(null)).listen(first + d, "127.0.0.1", () => resolve(s));
          }),
      ),
    );
    const next = await freePort();
    for (const [i, s] of held.entries()) if (s) expect(next).not.toBe(first + i + 1);
    await Promise.all(held.map((s) => s && new Promise((r) => s.close(r))));
  });
});
