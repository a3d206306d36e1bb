/**
 * The floor of pillion's HTTP invocation design, as a reference: the least
 * a node:http server that forwards each request to the app through an
 * undici pool (keep-alive) can do. No routing, no header mapping, no
 * errors: every request goes to the app's /echo and the answer comes back.
 * Run as a process: `node --import tsx bench/bare-proxy.ts` (APP_PORT,
 * TARGET_PORT).
 */
import { createServer } from "node:http";
import { Pool } from "undici";

const port = Number(process.env["APP_PORT"] ?? 0);
const pool = new Pool(`http://127.0.0.1:${process.env["TARGET_PORT"]}`, { connections: 128, pipelining: 1 });

const server = createServer({ keepAlive: true, keepAliveTimeout: 60_000 }, (req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
    pool.request({ method: "POST", path: "/echo", headers: { "content-type": req.headers["content-type"] ?? "application/octet-stream" }, body }).then(
      async (up) => {
        const answer = Buffer.from(await up.body.arrayBuffer());
        res.writeHead(up.statusCode, { "content-type": String(up.headers["content-type"] ?? "application/octet-stream"), "content-length": answer.length });
        res.end(answer);
      },
      (e: unknown) => {
        res.writeHead(502).end(String(e));
      },
    );
  });
});
server.keepAliveTimeout = 60_000;
server.listen(port, "127.0.0.1", () => {
  const addr = server.address();
  process.stdout.write(`listening ${typeof addr === "object" && addr ? addr.port : port}\n`);
});
process.on("SIGTERM", () => server.close(() => void pool.close().finally(() => process.exit(0))));
