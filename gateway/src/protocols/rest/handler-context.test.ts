import { once } from "node:events";
import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createContextValues } from "@connectrpc/connect";
import { afterEach, describe, expect, it } from "vitest";
import { Dapr } from "../../gen/dapr/proto/runtime/v1/dapr_pb.js";
import { RestHandlerContext, requestDone } from "./handler-context.js";

const getState = Dapr.methods.find((m) => m.localName === "getState")!;
const servers: ReturnType<typeof createServer>[] = [];

afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

/** Serves one real request and hands its req/res to `use`; resolves with what `use` returns once the client got its answer or went away. */
async function withRequest<T>(headers: Record<string, string | string[]>, use: (req: IncomingMessage, res: ServerResponse) => Promise<T>, opts: { clientAborts?: boolean } = {}): Promise<T> {
  let result!: Promise<T>;
  const server = createServer((req, res) => {
    result = use(req, res);
  });
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const port = (server.address() as AddressInfo).port;
  const clientReq = request({ host: "127.0.0.1", port, path: "/v1.0/state/s/k?x=1", headers });
  clientReq.on("error", () => {});
  clientReq.end();
  if (opts.clientAborts) {
    await once(server, "request");
    clientReq.destroy();
  } else {
    const [res] = (await once(clientReq, "response")) as [IncomingMessage];
    res.resume();
  }
  return await result;
}

function contextFor(req: IncomingMessage, res: ServerResponse, shutdownSignal = new AbortController().signal): RestHandlerContext {
  return new RestHandlerContext({ service: Dapr, method: getState, req, res, url: () => `http://sidecar${req.url}`, shutdownSignal, values: createContextValues() });
}

describe("RestHandlerContext", () => {
  it("gives the call's method, protocol, URL, request headers, and no timeout", async () => {
    const seen = await withRequest({ traceparent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "x-a": "1", "x-b": ["2", "3"] }, async (req, res) => {
      const ctx = contextFor(req, res);
      res.end();
      return { method: ctx.method.name, protocol: ctx.protocolName, verb: ctx.requestMethod, url: ctx.url, tp: ctx.requestHeader.get("traceparent"), a: ctx.requestHeader.get("x-a"), b: ctx.requestHeader.get("x-b"), timeout: ctx.timeoutMs() };
    });
    expect(seen).toEqual({ method: "GetState", protocol: "rest", verb: "GET", url: "http://sidecar/v1.0/state/s/k?x=1", tp: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", a: "1", b: "2, 3", timeout: undefined });
  });

  it("has no response headers until a service sets one", async () => {
    const seen = await withRequest({}, async (req, res) => {
      const ctx = contextFor(req, res);
      const before = ctx.responseHeadersSet();
      ctx.responseHeader.set("x-out", "v");
      res.end();
      return { before, after: ctx.responseHeadersSet()?.get("x-out") };
    });
    expect(seen).toEqual({ before: undefined, after: "v" });
  });

  it("aborts its signal with the done reason once the call is over, also when read afterwards", async () => {
    const seen = await withRequest({}, async (req, res) => {
      const held = contextFor(req, res);
      const signal = held.signal;
      const during = signal.aborted;
      res.end();
      held.done();
      const late = contextFor(req, res);
      late.done();
      return { during, after: signal.aborted, reason: signal.reason, late: late.signal.aborted, lateReason: late.signal.reason };
    });
    expect(seen).toEqual({ during: false, after: true, reason: requestDone, late: true, lateReason: requestDone });
  });

  it("aborts its signal when the sidecar shuts down, with the shutdown's reason", async () => {
    const shutdown = new AbortController();
    const seen = await withRequest({}, async (req, res) => {
      const ctx = contextFor(req, res, shutdown.signal);
      const signal = ctx.signal;
      shutdown.abort(new Error("stopping"));
      res.end();
      return { aborted: signal.aborted, reason: (signal.reason as Error).message, already: contextFor(req, res, shutdown.signal).signal.aborted };
    });
    expect(seen).toEqual({ aborted: true, reason: "stopping", already: true });
  });

  it("aborts its signal when the client goes away before the answer", async () => {
    const aborted = await withRequest(
      {},
      async (req, res) => {
        const ctx = contextFor(req, res);
        const signal = ctx.signal;
        if (!signal.aborted) await once(signal, "abort");
        return signal.reason === requestDone;
      },
      { clientAborts: true },
    );
    expect(aborted).toBe(true);
  });
});
