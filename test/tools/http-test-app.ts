/**
 * A small real HTTP app for tests, standing where a user's app would: it
 * subscribes to topics (GET /dapr/subscribe), records the events the sidecar
 * delivers, and echoes any other request back as JSON.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage["headers"];
  readonly body: string;
}

export interface HttpTestApp {
  readonly port: number;
  /** Every event delivered to a subscription route, parsed as JSON. */
  readonly events: { route: string; event: Record<string, unknown>; headers: IncomingMessage["headers"] }[];
  /** Every other request, in order. */
  readonly requests: ReceivedRequest[];
  close(): Promise<void>;
}

export interface HttpTestAppOptions {
  /** Programmatic subscriptions answered on GET /dapr/subscribe. */
  readonly subscriptions?: readonly { pubsubname: string; topic: string; route: string }[];
}

export async function startHttpTestApp(opts: HttpTestAppOptions = {}): Promise<HttpTestApp> {
  const subscriptions = opts.subscriptions ?? [];
  const routes = new Set(subscriptions.map((s) => s.route));
  const events: HttpTestApp["events"] = [];
  const requests: ReceivedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const path = (req.url ?? "/").split("?")[0]!;
      if (req.method === "GET" && path === "/dapr/subscribe") {
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(subscriptions));
        return;
      }
      if (req.method === "GET" && path === "/dapr/config") {
        res.writeHead(404).end();
        return;
      }
      if (routes.has(path)) {
        events.push({ route: path, event: JSON.parse(body) as Record<string, unknown>, headers: req.headers });
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ status: "SUCCESS" }));
        return;
      }
      requests.push({ method: req.method ?? "", path: req.url ?? "/", headers: req.headers, body });
      const echo = JSON.stringify({ method: req.method, path: req.url, contentType: req.headers["content-type"] ?? null, body });
      res.writeHead(200, { "content-type": "application/json", "x-echo": "yes" }).end(echo);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    events,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
