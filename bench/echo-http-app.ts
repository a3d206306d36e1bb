/**
 * The benchmark's HTTP app: a bare node:http server that answers every
 * request with its body (200, same content type). It keeps nothing per
 * request, so its own CPU per request is the floor of one node:http hop.
 * Run as a process: `node --import tsx bench/echo-http-app.ts` (APP_PORT).
 */
import { createServer } from "node:http";

const port = Number(process.env["APP_PORT"] ?? 0);

const server = createServer({ keepAlive: true, keepAliveTimeout: 60_000 }, (req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
    res.writeHead(200, { "content-type": req.headers["content-type"] ?? "application/octet-stream", "content-length": body.length });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(port, "127.0.0.1", () => {
  const addr = server.address();
  process.stdout.write(`listening ${typeof addr === "object" && addr ? addr.port : port}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
