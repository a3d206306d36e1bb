/**
 * A real HTTP app for tests: records every request it gets and answers
 * according to the path:
 *
 *   /status/<code>   that status, body "app answered <code>" (text/plain)
 *   /headers         200 with x-app-one, two set-cookie headers, and a
 *                    Connection-nominated hop-by-hop header (x-hop) that a
 *                    proxy must drop
 *   /stream          200, chunked, five chunks "chunk-<i>\n"
 *   /hold            waits until release() (for concurrency tests), then 200
 *   /whoami          the app's name
 *   anything else    echo: 200, the request body as is, the request's
 *                    content type (application/octet-stream when none),
 *                    x-echo-method and x-echo-url headers
 *
 * Usable in-process (startHttpEchoApp) or as a process (`node --import tsx
 * test/apps/http-echo-app.ts`, port from APP_PORT).
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { fileURLToPath } from "node:url";

export interface RecordedRequest {
  readonly method: string;
  /** Path and query as received. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly rawHeaders: readonly string[];
  readonly body: Buffer;
}

export interface HttpEchoApp {
  readonly port: number;
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** The most concurrent requests seen at once. */
  readonly peakConcurrency: number;
  /** Requests in progress right now. */
  readonly inFlight: number;
  /** Lets every held /hold request answer. */
  release(): void;
  close(): Promise<void>;
}

export interface HttpEchoAppOptions {
  /** 0 (default) picks a free port. */
  readonly port?: number;
  readonly name?: string;
}

export async function startHttpEchoApp(opts: HttpEchoAppOptions = {}): Promise<HttpEchoApp> {
  const name = opts.name ?? "http-echo-app";
  const requests: RecordedRequest[] = [];
  let inFlight = 0;
  let peak = 0;
  let held: (() => void)[] = [];
  const server: Server = createServer({ keepAlive: true }, (req, res) => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    res.once("close", () => inFlight--);
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, rawHeaders: req.rawHeaders, body });
      answer(req, res, body);
    });
  });

  function answer(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const path = (req.url ?? "/").split("?")[0]!;
    const status = /^\/status\/(\d{3})$/.exec(path);
    if (status) {
      const text = `app answered ${status[1]}`;
      res.writeHead(Number(status[1]), { "content-type": "text/plain", "x-app-status": status[1] });
      res.end(text);
      return;
    }
    switch (path) {
      case "/headers":
        res.writeHead(200, [
          ["content-type", "text/plain"],
          ["x-app-one", "1"],
          ["set-cookie", "a=1"],
          ["set-cookie", "b=2"],
          ["x-hop", "must not pass"],
          ["connection", "keep-alive, x-hop"],
        ].flat());
        res.end("headers");
        return;
      case "/stream":
        res.writeHead(200, { "content-type": "text/plain" });
        for (let i = 0; i < 5; i++) res.write(`chunk-${i}\n`);
        res.end();
        return;
      case "/hold":
        held.push(() => {
          res.writeHead(200, { "content-type": "text/plain" });
          res.end("released");
        });
        return;
      case "/whoami":
        res.writeHead(200, { "content-type": "text/plain" });
        res.end(name);
        return;
    }
    const headers: Record<string, string | number> = {
      "content-type": req.headers["content-type"] ?? "application/octet-stream",
      "x-echo-method": req.method ?? "",
      "x-echo-url": req.url ?? "",
      "content-length": body.length,
    };
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    requests,
    get peakConcurrency() {
      return peak;
    },
    get inFlight() {
      return inFlight;
    },
    release() {
      const waiting = held;
      held = [];
      for (const h of waiting) h();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const app = await startHttpEchoApp({ port: Number(process.env["APP_PORT"] ?? 0), name: process.env["APP_ID"] ?? "http-echo-app" });
  console.log(`http echo test app listening on ${app.port}`);
  process.once("SIGTERM", () => void app.close().then(() => process.exit(0)));
}
