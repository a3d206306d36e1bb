/**
 * A real HTTP server that records every request (method, path, headers, raw
 * body) and answers each path as a test tells it to. Used as the app behind a
 * sidecar (input binding events, job triggers) and as the outside system an
 * HTTP output binding calls.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  readonly method: string;
  /** Path without the query. */
  readonly path: string;
  /** Path with the query, as sent. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface Answer {
  readonly status: number;
  readonly body?: string | Buffer;
  readonly headers?: Record<string, string>;
  /** The answer waits for this promise. */
  readonly after?: Promise<void>;
}

export type Behaviour = (r: RecordedRequest, nth: number) => Answer;

export interface RecordingHttpServer {
  readonly port: number;
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Sets how `METHOD path` (or any method, with "*") is answered; unknown paths get 404. */
  on(method: string, path: string, behaviour: Behaviour): void;
  at(method: string, path: string): RecordedRequest[];
  waitFor(method: string, path: string, n: number, timeoutMs?: number): Promise<RecordedRequest[]>;
  close(): Promise<void>;
}

export async function startRecordingHttpServer(): Promise<RecordingHttpServer> {
  const requests: RecordedRequest[] = [];
  const behaviours = new Map<string, Behaviour>();
  const at = (method: string, path: string) => requests.filter((r) => (method === "*" || r.method === method) && r.path === path);
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = req.url ?? "/";
      const r: RecordedRequest = { method: req.method ?? "GET", path: url.split("?")[0]!, url, headers: req.headers, body: Buffer.concat(chunks) };
      requests.push(r);
      const behaviour = behaviours.get(`${r.method} ${r.path}`) ?? behaviours.get(`* ${r.path}`);
      const answer = behaviour ? behaviour(r, at(r.method, r.path).length) : { status: 404, body: "no such route" };
      const send = () => res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers }).end(answer.body ?? "");
      if (answer.after) void answer.after.then(send);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    requests,
    on: (method, path, behaviour) => behaviours.set(`${method} ${path}`, behaviour),
    at,
    waitFor: async (method, path, n, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      while (at(method, path).length < n) {
        if (Date.now() > deadline) throw new Error(`${method} ${path} got ${at(method, path).length} requests, not ${n}, within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return at(method, path);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
