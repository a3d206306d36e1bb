/**
 * The state baseline: a minimal HTTP service that makes the same Redis call
 * per request as pillion's state.redis driver (the driver's own Lua scripts,
 * through ioredis, one round trip), with Dapr's key layout `<appId>||<key>`.
 *
 *   GET  /state/<key>                 200 with the stored bytes, 204 when absent
 *   POST /state   [{key, value}, ...] 204 once every item is written
 *
 * Run as a process: `node --import tsx bench/redis-direct.ts`
 * (APP_PORT, REDIS_ADDR host:port, APP_ID).
 */
import { createServer, type ServerResponse } from "node:http";
import { Redis } from "ioredis";
import { getScript, setScript } from "../gateway/src/drivers/state/redis/scripts.js";

const port = Number(process.env["APP_PORT"] ?? 0);
const [host, redisPort] = (process.env["REDIS_ADDR"] ?? "127.0.0.1:6379").split(":");
const prefix = `${process.env["APP_ID"] ?? "bench-app"}||`;

interface ScriptCommands {
  pillionGetBuffer(key: string): Promise<[Buffer | null, Buffer | null, number] | null>;
  pillionSet(key: string, etag: string, data: Buffer, firstWrite: string, ttl: string): Promise<number>;
}

const redis = new Redis({ host: host!, port: Number(redisPort), lazyConnect: false, enableAutoPipelining: false }) as Redis & ScriptCommands;
redis.defineCommand("pillionGet", { numberOfKeys: 1, lua: getScript, readOnly: true });
redis.defineCommand("pillionSet", { numberOfKeys: 1, lua: setScript });

function fail(res: ServerResponse, e: unknown): void {
  res.writeHead(500, { "content-type": "text/plain" });
  res.end(String(e));
}

const server = createServer({ keepAlive: true, keepAliveTimeout: 60_000 }, (req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const url = req.url ?? "/";
    if (req.method === "GET" && url.startsWith("/state/")) {
      redis.pillionGetBuffer(prefix + decodeURIComponent(url.slice(7))).then((r) => {
        if (!r || !r[0]) {
          res.writeHead(204).end();
          return;
        }
        res.writeHead(200, { "content-type": "application/json", "content-length": r[0].length });
        res.end(r[0]);
      }, (e: unknown) => fail(res, e));
      return;
    }
    if (req.method === "POST" && url === "/state") {
      let items: { key: string; value: unknown }[];
      try {
        items = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { key: string; value: unknown }[];
      } catch (e) {
        res.writeHead(400).end(String(e));
        return;
      }
      Promise.all(items.map((i) => redis.pillionSet(prefix + i.key, "", Buffer.from(JSON.stringify(i.value)), "0", ""))).then(
        () => res.writeHead(204).end(),
        (e: unknown) => fail(res, e),
      );
      return;
    }
    res.writeHead(404).end();
  });
});
server.keepAliveTimeout = 60_000;
server.listen(port, "127.0.0.1", () => {
  const addr = server.address();
  process.stdout.write(`listening ${typeof addr === "object" && addr ? addr.port : port}\n`);
});
process.on("SIGTERM", () => server.close(() => void redis.quit().finally(() => process.exit(0))));
