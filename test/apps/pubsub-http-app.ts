/**
 * A real HTTP app for pub/sub tests: answers GET /dapr/subscribe with the
 * subscriptions it is given, records every delivery (headers and raw body),
 * and answers each route as a test tells it to (status, body, or holding the
 * request until released).
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface HttpDelivery {
  readonly route: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  readonly json: Record<string, unknown> | undefined;
  /** 1 for the first delivery to this route, 2 for the next, ... */
  readonly nth: number;
}

export interface HttpAnswer {
  readonly status: number;
  readonly body?: string;
  /** The answer waits for this promise (to hold a delivery open). */
  readonly after?: Promise<void>;
}

export type RouteBehaviour = (d: HttpDelivery) => HttpAnswer;

export interface PubSubHttpApp {
  readonly port: number;
  readonly deliveries: HttpDelivery[];
  /** Headers of each GET /dapr/subscribe. */
  readonly subscribeCalls: IncomingHttpHeaders[];
  on(route: string, behaviour: RouteBehaviour): void;
  /** Deliveries to a route so far. */
  at(route: string): HttpDelivery[];
  /** Waits until `route` has had `n` deliveries (polling; fails after `timeoutMs`). */
  waitFor(route: string, n: number, timeoutMs?: number): Promise<HttpDelivery[]>;
  close(): Promise<void>;
}

export async function startPubSubHttpApp(subscriptions: readonly unknown[]): Promise<PubSubHttpApp> {
  const deliveries: HttpDelivery[] = [];
  const subscribeCalls: IncomingHttpHeaders[] = [];
  const behaviours = new Map<string, RouteBehaviour>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = (req.url ?? "/").split("?")[0]!;
      if (req.method === "GET" && path === "/dapr/subscribe") {
        subscribeCalls.push(req.headers);
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(subscriptions));
        return;
      }
      const body = Buffer.concat(chunks);
      let json: Record<string, unknown> | undefined;
      try {
        json = JSON.parse(body.toString("utf8")) as Record<string, unknown>;
      } catch {
        json = undefined;
      }
      const d: HttpDelivery = { route: path, headers: req.headers, body, json, nth: deliveries.filter((x) => x.route === path).length + 1 };
      deliveries.push(d);
      const behaviour = behaviours.get(path);
      const answer = behaviour ? behaviour(d) : { status: 404, body: "no such route" };
      const send = () => res.writeHead(answer.status, { "content-type": "application/json" }).end(answer.body ?? "");
      if (answer.after) void answer.after.then(send);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const at = (route: string) => deliveries.filter((d) => d.route === route);
  return {
    port: (server.address() as AddressInfo).port,
    deliveries,
    subscribeCalls,
    on: (route, behaviour) => behaviours.set(route, behaviour),
    at,
    waitFor: async (route, n, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      while (at(route).length < n) {
        if (Date.now() > deadline) throw new Error(`${route} got ${at(route).length} deliveries, not ${n}, within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return at(route);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
