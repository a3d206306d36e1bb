/**
 * A real gRPC app for tests: serves Dapr's AppCallback (OnInvoke) and the
 * test EchoService (for gRPC proxy mode) with connect-node over an h2c
 * server, and records every call it gets.
 *
 * OnInvoke echoes the request: the data back with the request's content type
 * (text/plain when none), plus response header `x-app-header` and trailer
 * `x-app-trailer`. Methods with special meaning:
 *   fail/not-found     NotFound "no such thing" (with an ErrorInfo detail)
 *   fail/unavailable   Unavailable "try later"
 *   typed              the data as an Any with a type URL (StringValue)
 *   whoami             the app's name as data
 *   hold               answers only once release() is called
 *
 * EchoService: Echo answers {text, app} (Echo "fail" gives InvalidArgument),
 * Count streams `count` messages then sets trailer `x-count`, Collect joins
 * the texts it receives.
 *
 * Usable in-process (startGrpcApp) or as a process (`node --import tsx
 * test/apps/grpc-app.ts`, port from APP_PORT).
 */
import { createServer, type Http2Server } from "node:http2";
import { fileURLToPath } from "node:url";
import { create, type Message } from "@bufbuild/protobuf";
import { anyPack, StringValueSchema } from "@bufbuild/protobuf/wkt";
import { Code, ConnectError, type HandlerContext } from "@connectrpc/connect";
import { connectNodeAdapter } from "@connectrpc/connect-node";
import { InvokeResponseSchema, type InvokeRequest } from "../../gateway/src/gen/dapr/proto/common/v1/common_pb.js";
import { AppCallback } from "../../gateway/src/gen/dapr/proto/runtime/v1/appcallback_pb.js";
import { ErrorInfoSchema } from "../../gateway/src/gen/google/rpc/error_details_pb.js";
import { CountResponseSchema, EchoResponseSchema, EchoService, type CountRequest, type EchoRequest } from "./proto/echo-service.js";

export interface RecordedInvoke {
  readonly request: InvokeRequest;
  readonly headers: Headers;
}

export interface RecordedEcho {
  readonly method: string;
  readonly headers: Headers;
}

export interface GrpcApp {
  readonly port: number;
  readonly url: string;
  /** Every AppCallback.OnInvoke call, in order. */
  readonly invocations: RecordedInvoke[];
  /** Every EchoService call, in order. */
  readonly echoCalls: RecordedEcho[];
  /** The most concurrent OnInvoke calls seen at once. */
  readonly peakConcurrency: number;
  /** Count streams that ended before sending everything (the caller cancelled). */
  readonly cancelledStreams: number;
  /** Lets every held `hold` call answer. */
  release(): void;
  close(): Promise<void>;
}

export interface GrpcAppOptions {
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** A name the app answers `whoami` and Echo with. */
  readonly name?: string;
}

export async function startGrpcApp(opts: GrpcAppOptions = {}): Promise<GrpcApp> {
  const name = opts.name ?? "grpc-app";
  const invocations: RecordedInvoke[] = [];
  const echoCalls: RecordedEcho[] = [];
  let inFlight = 0;
  let peak = 0;
  let cancelled = 0;
  let held: (() => void)[] = [];
  const handler = connectNodeAdapter({
    routes: (router) => {
      router.service(AppCallback, {
        async onInvoke(req: InvokeRequest, ctx: HandlerContext) {
          invocations.push({ request: req, headers: new Headers(ctx.requestHeader) });
          inFlight++;
          peak = Math.max(peak, inFlight);
          try {
            if (req.method === "hold") await new Promise<void>((r) => held.push(r));
          } finally {
            inFlight--;
          }
          ctx.responseHeader.set("x-app-header", "yes");
          ctx.responseTrailer.set("x-app-trailer", "done");
          switch (req.method) {
            case "fail/not-found":
              throw new ConnectError("no such thing", Code.NotFound, undefined, [
                { desc: ErrorInfoSchema, value: { reason: "NOT_HERE", domain: "test.app", metadata: { method: req.method } } },
              ]);
            case "fail/unavailable":
              throw new ConnectError("try later", Code.Unavailable);
            case "typed":
              return create(InvokeResponseSchema, { data: anyPack(StringValueSchema, create(StringValueSchema, { value: "typed" })), contentType: "" });
            case "whoami":
              return create(InvokeResponseSchema, { data: { value: new TextEncoder().encode(name) }, contentType: "text/plain" });
          }
          return create(InvokeResponseSchema, {
            data: { value: req.data?.value ?? new Uint8Array(0) },
            contentType: req.contentType || "text/plain",
          });
        },
      });
      router.service(EchoService, {
        async echo(req: Message, ctx: HandlerContext) {
          echoCalls.push({ method: "Echo", headers: new Headers(ctx.requestHeader) });
          const { text } = req as unknown as EchoRequest;
          if (text === "fail") throw new ConnectError("echo failed on purpose", Code.InvalidArgument);
          ctx.responseHeader.set("x-echo-header", "1");
          ctx.responseTrailer.set("x-echo-trailer", "2");
          return create(EchoResponseSchema, { text, app: name } as never);
        },
        async *count(req: Message, ctx: HandlerContext) {
          echoCalls.push({ method: "Count", headers: new Headers(ctx.requestHeader) });
          const { count } = req as unknown as CountRequest;
          let index = 0;
          try {
            for (; index < count; index++) yield create(CountResponseSchema, { index } as never);
          } finally {
            if (index < count) cancelled++;
          }
          ctx.responseTrailer.set("x-count", String(count));
        },
        async collect(reqs: AsyncIterable<Message>, ctx: HandlerContext) {
          echoCalls.push({ method: "Collect", headers: new Headers(ctx.requestHeader) });
          const texts: string[] = [];
          for await (const r of reqs) texts.push((r as unknown as EchoRequest).text);
          return create(EchoResponseSchema, { text: texts.join(","), app: name } as never);
        },
      } as never);
    },
  });
  const server: Http2Server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  const sessions = new Set<import("node:http2").ServerHttp2Session>();
  server.on("session", (s) => {
    sessions.add(s);
    s.once("close", () => sessions.delete(s));
  });
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    invocations,
    echoCalls,
    get peakConcurrency() {
      return peak;
    },
    get cancelledStreams() {
      return cancelled;
    },
    release() {
      const waiting = held;
      held = [];
      for (const h of waiting) h();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sessions) s.destroy();
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const app = await startGrpcApp({ port: Number(process.env["APP_PORT"] ?? 0), name: process.env["APP_ID"] ?? "grpc-app" });
  console.log(`grpc test app listening on ${app.port}`);
  process.once("SIGTERM", () => void app.close().then(() => process.exit(0)));
}
